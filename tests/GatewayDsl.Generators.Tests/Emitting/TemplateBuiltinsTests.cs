using System.Linq;
using GatewayDsl.Generators.Emitting;
using Scriban.Runtime;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>
/// Scriban's built-in functions: the embedded templates share one read-only set (made once per process); a user's
/// replacement template gets a set of its own, so what it changes there stays in its own render. (The embedded templates
/// use <c>array</c>, <c>string</c> and <c>object</c> functions: the golden files cover the shared set.)
/// </summary>
public sealed class TemplateBuiltinsTests
{
    [Fact]
    public void A_replacement_that_changes_a_builtin_changes_its_own_render_only()
    {
        var changed = TemplateRenderer.Render("{{ date.format = '%Y' }}{{ date.format }}", "x", sourceName: "First.scriban");
        var next = TemplateRenderer.Render("{{ date.format }}", "x", sourceName: "Second.scriban");

        Assert.Equal("%Y", changed);
        Assert.Equal("%d %b %Y", next);
    }

    [Fact]
    public void The_shared_builtins_of_the_embedded_templates_cannot_be_written()
    {
        // Shared by every embedded render in the process (also across projects in a compiler server): the set itself and
        // every function object in it (array, string, date, ...) refuse writes.
        var builtins = TemplateRenderer.SharedBuiltins;
        var functionObjects = builtins.Values.OfType<ScriptObject>().ToList();

        Assert.True(builtins.IsReadOnly);
        Assert.Contains(functionObjects, f => f is Scriban.Functions.DateTimeFunctions);
        Assert.All(functionObjects, f => Assert.True(f.IsReadOnly, f.GetType().Name + " is writable"));
    }
}
