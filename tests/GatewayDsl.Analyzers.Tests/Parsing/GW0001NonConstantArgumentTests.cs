using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Parsing;

/// <summary>GW0001: a non-constant argument is reported on that argument, and no other rule reports the unknown value.</summary>
public sealed class GW0001NonConstantArgumentTests
{
    private const string Valid = """Gateway.Named("GW01")""";

    [Fact]
    public async Task Method_call_argument_Triggers_on_the_argument()
    {
        var source = """
            using GatewayDsl;

            [Gateway]
            public static partial class Contoso
            {
                static string Domain() => "contoso.com";

                public static GatewayDefinition Define() => Gateway.Named("GW01").InDomain({|GW0001:Domain()|});
            }
            """;
        var test = AnalyzerVerifier.Create(source, [], Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.Errors);
        test.DisabledDiagnostics.AddRange(RuleIds.AllExcept("GW0001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Static_readonly_field_Triggers_and_hides_value_rules()
    {
        // A 20-character name in a static readonly field would be GW3001 if it were read; it must not be.
        var source = DefinitionSource.Wrap(
            "Gateway.Named({|GW0001:Name|})",
            "    static readonly string Name = \"CONTOSO-GATEWAY-0001\";\n");
        var test = AnalyzerVerifier.Create(source, [], Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.Errors);
        test.DisabledDiagnostics.AddRange(RuleIds.AllExcept("GW0001", "GW3001", "GW3002", "GW3003"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Non_constant_params_item_Triggers_on_that_item()
    {
        var source = DefinitionSource.Wrap(
            Valid + ".OnHostCluster(\"c.contoso.com\", c => c.Nodes(\"HV01.contoso.com\", {|GW0001:System.Environment.MachineName|}))");
        var test = AnalyzerVerifier.Create(source, [], Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.Errors);
        test.DisabledDiagnostics.AddRange(RuleIds.AllExcept("GW0001"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Constants_DoNotTrigger()
    {
        var source = DefinitionSource.Wrap(
            "Gateway.Named(Name).InDomain($\"{Domain}\").MaxVmNetworks(Max).ServiceTemplate(GatewayTemplate.TwoNic, t => t.EvaluationDeployment())",
            "    const string Name = \"GW01\"; const string Domain = \"contoso.com\"; const int Max = 10;\n");
        var test = AnalyzerVerifier.Create(source, [], Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.Errors);
        test.DisabledDiagnostics.AddRange(RuleIds.AllExcept("GW0001", "GW0002"));
        await test.RunAsync();
    }
}
