extern alias AnalyzerAssembly;

using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using GatewayDsl.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using GatewayDefinitionAnalyzer = AnalyzerAssembly::GatewayDsl.Analyzers.GatewayDefinitionAnalyzer;

namespace GatewayDsl.Benchmarks;

/// <summary>
/// What our analyzer adds to a build: the compiler's own diagnostics plus the analyzer's, on a fresh copy of a
/// 1,000-file compilation, with our analyzer and with an empty one (the baseline). Each run checks the exact number of
/// diagnostics: one CS0219 per ordinary file (so the compiler bound every method body) and one GW3001 per definition.
/// One run takes seconds, so this class measures 5 iterations (instead of 7) after 3 warm-ups: with 1, the class's first
/// case (the empty analyzer on <see cref="Project.NoDefinitions"/>) still paid for Roslyn's JIT warm-up in the process
/// and came out 1.7× the same work's time in the next case (docs/performance.md).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(3)]
[IterationCount(5)]
public class AnalyzerBenchmarks
{
    private CSharpCompilation compilation = null!;
    private int expectedCompilerWarnings;
    private int expectedGatewayDiagnostics;

    /// <summary>The project being analysed.</summary>
    public enum Project
    {
        /// <summary>1,000 ordinary files in a project that references GatewayDsl but has no definition (the analyzer is on).</summary>
        NoDefinitions,

        /// <summary>1,000 ordinary files in a project that does not reference GatewayDsl (the analyzer returns at compilation start).</summary>
        NoDslReference,

        /// <summary>900 ordinary files and 100 definitions, each with exactly one finding (GW3001).</summary>
        HundredDefinitions,
    }

    /// <summary>The project being analysed.</summary>
    [Params(Project.NoDefinitions, Project.NoDslReference, Project.HundredDefinitions)]
    public Project Files { get; set; }

    /// <summary>Parses the files once; every run analyses a fresh copy of the compilation (no bound state survives).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var definitions = Files == Project.HundredDefinitions ? 100 : 0;
        expectedCompilerWarnings = 1000 - definitions;
        expectedGatewayDiagnostics = definitions;
        compilation = TestCompilations.Create(TestCompilations.Files(definitions, 1000 - definitions, withFindings: true), referenceDsl: Files != Project.NoDslReference);
    }

    /// <summary>The compiler with an analyzer that does nothing.</summary>
    [Benchmark(Baseline = true)]
    public int EmptyAnalyzer() => Analyze(new EmptyAnalyzer(), expectedGw: 0);

    /// <summary>The compiler with <c>GatewayDefinitionAnalyzer</c>.</summary>
    [Benchmark]
    public int GatewayAnalyzer() => Analyze(new GatewayDefinitionAnalyzer(), expectedGatewayDiagnostics);

    private int Analyze(DiagnosticAnalyzer analyzer, int expectedGw)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = compilation.Clone().WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        var warnings = diagnostics.Count(d => d.Id == "CS0219");
        var gateway = diagnostics.Count(d => d.Id == "GW3001");
        if (warnings != expectedCompilerWarnings || gateway != expectedGw || diagnostics.Length != warnings + gateway)
        {
            throw new InvalidOperationException(
                $"Expected {expectedCompilerWarnings} CS0219 and {expectedGw} GW3001, got: " +
                string.Join(", ", diagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key} x{g.Count()}")));
        }

        return diagnostics.Length;
    }
}
