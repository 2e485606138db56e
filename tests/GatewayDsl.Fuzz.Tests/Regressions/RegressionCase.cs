using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using GatewayDsl.Fuzz.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GatewayDsl.Fuzz.Tests.Regressions;

/// <summary>Runs a minimal source found by the fuzzer the way a fuzz case runs, as an ordinary test.</summary>
public static class RegressionCase
{
    /// <summary>The valid non-forwarding sample with edits (so the generator gets to emit).</summary>
    public static string Sample(params (string Find, string Replace)[] edits) => SampleSource.NonForwarding(edits);

    /// <summary>Asserts that every component handles <paramref name="source"/> without a problem; returns what the case reached.</summary>
    public static async Task<CaseResult> AssertHandledAsync(string source)
    {
        var runner = await FuzzHost.RunnerAsync();
        var result = await runner.RunAsync(source, CancellationToken.None);
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        return result;
    }

    /// <summary>
    /// Runs the generators and compiles the user's code with the generated code: <paramref name="source"/> may use the
    /// generated members (as the samples' Program.cs does), which proves they landed in the user's own class.
    /// </summary>
    public static void AssertGeneratedCodeIsUsable(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Regression",
            new[] { CSharpSyntaxTree.ParseText(source, CaseRunner.ParseOptions, "/fuzz/Regression.cs") },
            CaseRunner.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(DslComponents.Discover().Generators, parseOptions: CaseRunner.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.True(output.SyntaxTrees.Count() > 1, "nothing was generated");
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
    }
}
