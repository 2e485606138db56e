using GatewayDsl.Generators.Emitting;
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
}
