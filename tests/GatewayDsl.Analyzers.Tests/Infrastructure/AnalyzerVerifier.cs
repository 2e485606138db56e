using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace GatewayDsl.Analyzers.Tests.Infrastructure;

/// <summary>Runs <see cref="GatewayDefinitionAnalyzer"/> on markup sources (<c>{|GW2004:20|}</c> marks the exact span).</summary>
public static class AnalyzerVerifier
{
    /// <summary>Verifies that exactly the marked diagnostics are reported; compiler errors must be marked too.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => Create(source, expected, CompilerDiagnostics.Errors).RunAsync();

    /// <summary>Verifies the marked GW diagnostics on code that does not compile (half-typed code); compiler errors are ignored.</summary>
    public static Task VerifyIgnoringCompilerErrorsAsync(string source, params DiagnosticResult[] expected) => Create(source, expected, CompilerDiagnostics.None).RunAsync();

    /// <summary>A configured test, for callers that need more files or options.</summary>
    public static CSharpAnalyzerTest<GatewayDefinitionAnalyzer, DefaultVerifier> Create(string source, DiagnosticResult[] expected, CompilerDiagnostics compilerDiagnostics)
    {
        var test = new CSharpAnalyzerTest<GatewayDefinitionAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = TestReferences.None,
            CompilerDiagnostics = compilerDiagnostics,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Net100);
        test.TestState.AdditionalReferences.Add(TestReferences.GatewayDsl);
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }
}
