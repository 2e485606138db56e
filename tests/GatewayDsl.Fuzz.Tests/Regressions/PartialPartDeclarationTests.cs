using System.Threading.Tasks;
using Xunit;

namespace GatewayDsl.Fuzz.Tests.Regressions;

/// <summary>
/// Found by the fuzzer's generated-code check: the generated part always said <c>partial class</c> and dropped type
/// parameters. A definition nested in a <c>record struct</c> or an <c>interface</c> got generated code that does not
/// compile (CS0261), and one in (or being) a generic class got its constants in a second, non-generic class of the same
/// name, so <c>Outer&lt;T&gt;.ContosoEdge.ConnectionString</c> did not exist. Fixed in DefinitionReader: each part repeats
/// the type's kind, name and type parameters.
/// </summary>
public sealed class PartialPartDeclarationTests
{
    [Theory]
    [InlineData("public partial record struct Outer<@int, U>", "Outer<int, string>")]
    [InlineData("public partial interface IOuter", "IOuter")]
    [InlineData("public partial class Outer<T> where T : class", "Outer<string>")]
    [InlineData("public partial record Outer", "Outer")]
    public async Task Definition_nested_in_any_partial_type_gets_its_generated_members(string container, string use)
    {
        var source = NestedIn(container, use);
        Assert.Equal(1, (await RegressionCase.AssertHandledAsync(source)).GeneratedSources);
        RegressionCase.AssertGeneratedCodeIsUsable(source);
    }

    [Fact]
    public void Generic_definition_class_gets_its_generated_members() => RegressionCase.AssertGeneratedCodeIsUsable(
        RegressionCase.Sample(("public static partial class ContosoEdge", "public static partial class ContosoEdge<T>"))
        + "\nstatic class Use { static string Connection => ContosoGateway.ContosoEdge<int>.ConnectionString; }\n");

    private static string NestedIn(string container, string use) =>
        RegressionCase.Sample(("namespace ContosoGateway;", "namespace ContosoGateway;\n\n" + container + "\n{")).TrimEnd()
        + "\n}\n\nstatic class Use { static string Connection => ContosoGateway." + use + ".ContosoEdge.ConnectionString; }\n";
}
