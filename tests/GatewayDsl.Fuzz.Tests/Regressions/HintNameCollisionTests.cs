using System.Threading.Tasks;
using Xunit;

namespace GatewayDsl.Fuzz.Tests.Regressions;

/// <summary>
/// Found while fixing the keyword crash: hint names were built from display names with '.' for nesting and no arity, so
/// a valid definition nested in class <c>N.Outer</c> and one in namespace <c>N.Outer</c> both got
/// <c>N.Outer.ContosoEdge.g.cs</c>, as did <c>ContosoEdge</c> and <c>ContosoEdge&lt;T&gt;</c>, and the second AddSource
/// threw (CS8785; the first pair is also CS0101, but generators run on code with errors too). Fixed: metadata names
/// ('+' for nesting, '`1' for arity) keep hint names unique.
/// </summary>
public sealed class HintNameCollisionTests
{
    [Fact]
    public async Task Nested_class_and_namespace_of_the_same_name_are_handled()
    {
        var nested = RegressionCase.Sample(("namespace ContosoGateway;", "namespace N\n{\npublic static partial class Outer\n{")).TrimEnd() + "\n}\n}\n";
        var inNamespace = RegressionCase.Sample(("using GatewayDsl;", string.Empty), ("namespace ContosoGateway;", "namespace N.Outer\n{")).TrimEnd() + "\n}\n";
        Assert.Equal(2, (await RegressionCase.AssertHandledAsync(nested + inNamespace)).GeneratedSources);
    }

    [Fact]
    public async Task Generic_and_plain_class_of_the_same_name_are_handled()
    {
        var plain = RegressionCase.Sample(("namespace ContosoGateway;", "namespace N\n{")).TrimEnd() + "\n}\n";
        var generic = RegressionCase.Sample(
            ("using GatewayDsl;", string.Empty),
            ("namespace ContosoGateway;", "namespace N\n{"),
            ("public static partial class ContosoEdge", "public static partial class ContosoEdge<T>")).TrimEnd() + "\n}\n";
        Assert.Equal(2, (await RegressionCase.AssertHandledAsync(plain + generic)).GeneratedSources);
    }
}
