using System.Linq;
using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Parsing;

/// <summary>
/// The analyzer's behaviour as a Roslyn citizen: skipped in generated code, suppressible with #pragma and
/// [SuppressMessage] (the testing framework's default behaviours check both), configurable in .editorconfig.
/// </summary>
public sealed class AnalyzerBehaviorTests
{
    private static readonly string Broken = SampleSource.NonForwarding(("Gateway.Named(\"CONTOSO-GW01\")", "Gateway.Named({|GW3001:\"CONTOSO-EDGE-GW01\"|})"));

    [Fact]
    public async Task Generated_code_and_suppression_behaviours_hold()
    {
        // Default TestBehaviors: the framework re-runs the case as generated code (no diagnostics expected) and with
        // the diagnostics suppressed by #pragma (all suppressed).
        var test = AnalyzerVerifier.Create(Broken, [], CompilerDiagnostics.Errors);
        await test.RunAsync();
    }

    [Fact]
    public async Task Pragma_disables_a_rule()
    {
        var source = "#pragma warning disable GW3001\n" + Broken.Replace("{|GW3001:", string.Empty).Replace("\"CONTOSO-EDGE-GW01\"|}", "\"CONTOSO-EDGE-GW01\"");
        await AnalyzerVerifier.Create(source, [], CompilerDiagnostics.Errors).RunAsync();
    }

    [Fact]
    public async Task SuppressMessage_attribute_disables_a_rule()
    {
        var source = Broken.Replace("{|GW3001:", string.Empty).Replace("\"CONTOSO-EDGE-GW01\"|}", "\"CONTOSO-EDGE-GW01\"")
            .Replace("[Gateway]", "[Gateway]\n[System.Diagnostics.CodeAnalysis.SuppressMessage(\"GatewayDsl.Identity\", \"GW3001\")]");
        await AnalyzerVerifier.Create(source, [], CompilerDiagnostics.Errors).RunAsync();
    }

    [Fact]
    public async Task Editorconfig_changes_a_rules_severity()
    {
        var test = AnalyzerVerifier.Create(
            Broken.Replace("{|GW3001:", "{|#0:").Replace("\"CONTOSO-EDGE-GW01\"|}", "\"CONTOSO-EDGE-GW01\"|}"),
            [new DiagnosticResult("GW3001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "Gateway name 'CONTOSO-EDGE-GW01' has 17 characters; NetBIOS names allow at most 15. Shorten it, e.g. 'CONTOSO-EDGE-GW'.")],
            CompilerDiagnostics.Errors);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.GW3001.severity = warning\n"));
        test.TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;
        await test.RunAsync();
    }

    [Fact]
    public async Task Projects_without_the_dsl_get_no_diagnostics()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<GatewayDefinitionAnalyzer, DefaultVerifier>
        {
            TestCode = "class Program { static void Main() { } }",
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Net100.ToArray());
        await test.RunAsync();
    }
}
