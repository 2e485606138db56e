using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using GatewayDsl.Benchmarks.Inputs;
using GatewayDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace GatewayDsl.Benchmarks;

/// <summary>
/// The generator in one compilation of N definitions and 10 ordinary files: a cold run (a fresh driver, as a command-line
/// build) and a warm run (the driver has run; one ordinary file is edited, as in the IDE; the driver runs again).
/// Each run checks that exactly one file per definition was generated and that the generator reported nothing.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const int UnrelatedFiles = 10;

    private CSharpCompilation compilation = null!;
    private GeneratorDriver warmDriver = null!;
    private SyntaxTree unrelated = null!;
    private SyntaxTree edited = null!;

    /// <summary>How many definitions the compilation has.</summary>
    [Params(1, 10, 100, 1000)]
    public int Definitions { get; set; }

    /// <summary>Parses the files; runs the driver once for the warm benchmark; prepares the edited file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        compilation = TestCompilations.Create(TestCompilations.Files(Definitions, UnrelatedFiles));
        warmDriver = CreateDriver().RunGenerators(compilation);
        Check(warmDriver, compilation.AddSyntaxTrees(warmDriver.GetRunResult().GeneratedTrees), warmDriver.GetRunResult().Diagnostics);

        // The edit of a method body in the last ordinary file, as an incremental reparse (as the IDE does it).
        unrelated = compilation.SyntaxTrees.Last();
        var text = unrelated.GetText();
        edited = unrelated.WithChangedText(SourceText.From(SyntheticSources.EditUnrelated(text.ToString(), 1)));
    }

    /// <summary>A fresh driver on a fresh copy of the compilation: a command-line build.</summary>
    [Benchmark(Baseline = true)]
    public int Cold()
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation.Clone(), out var output, out var diagnostics);
        return Check(driver, output, diagnostics);
    }

    /// <summary>The driver that already ran, on the compilation after an edit of an ordinary file: a keystroke in the IDE.</summary>
    [Benchmark]
    public int Warm()
    {
        var driver = warmDriver.RunGeneratorsAndUpdateCompilation(compilation.ReplaceSyntaxTree(unrelated, edited), out var output, out var diagnostics);
        return Check(driver, output, diagnostics);
    }

    private static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create([new GatewayGenerator().AsSourceGenerator()], parseOptions: TestCompilations.ParseOptions);

    private int Check(GeneratorDriver driver, Compilation output, ImmutableArray<Diagnostic> diagnostics)
    {
        var generated = output.SyntaxTrees.Count() - compilation.SyntaxTrees.Length;
        if (generated != Definitions || !diagnostics.IsEmpty)
        {
            var failure = driver.GetRunResult().Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
            throw new InvalidOperationException($"Expected {Definitions} generated files and no diagnostics, got {generated} and {diagnostics.Length}. {failure}");
        }

        return generated;
    }
}
