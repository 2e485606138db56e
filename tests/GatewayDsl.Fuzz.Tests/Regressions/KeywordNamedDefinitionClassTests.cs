using System.Threading.Tasks;
using Xunit;

namespace GatewayDsl.Fuzz.Tests.Regressions;

/// <summary>
/// Found by the fuzzer: a [Gateway] class (or namespace) named with an escaped keyword, e.g. <c>@class</c>, crashed the
/// generator (CS8785: "The hintName '@namespace.@class.class.g.cs' contains an invalid character '@'"), and would have
/// generated <c>partial class class</c>. Fixed in DefinitionReader: the hint name is built from metadata names, and the
/// declaration escapes keywords.
/// </summary>
public sealed class KeywordNamedDefinitionClassTests
{
    private static readonly string Source = RegressionCase.Sample(
        ("namespace ContosoGateway;", "namespace @namespace.@class;"),
        ("public static partial class ContosoEdge", "public static partial class @class"))
        + "\nstatic class Use { static string Connection => global::@namespace.@class.@class.ConnectionString; }\n";

    [Fact]
    public async Task Keyword_named_class_and_namespace_are_handled() =>
        Assert.Equal(1, (await RegressionCase.AssertHandledAsync(Source)).GeneratedSources);

    [Fact]
    public void Keyword_named_class_gets_its_generated_members() => RegressionCase.AssertGeneratedCodeIsUsable(Source);
}
