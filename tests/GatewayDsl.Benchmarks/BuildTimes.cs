using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using GatewayDsl.Analyzers.Parsing;
using GatewayDsl.Benchmarks.Inputs;
using GatewayDsl.Core.Common;
using GatewayDsl.Generators;
using GatewayDsl.Generators.Caching;
using GatewayDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GatewayDsl.Benchmarks;

/// <summary>
/// A Stopwatch profile of what a build pays for the generator (<c>--build N</c>): the ContosoEdge sample plus N ordinary
/// files, compiled as the compiler server compiles them (every build parses the files again and makes a new compilation
/// over the same metadata references). Prints the median and minimum of the generator's whole run and of its parts (and the median GC pause inside each), and of the
/// compile (emit) with and without the generator, so that the generator's share can be split into what it alone pays
/// and what the compile would pay anyway.
/// </summary>
public static class BuildTimes
{
    private const int WarmUps = 8;

    /// <summary>
    /// Warm-ups plus 12 measured builds; <c>GATEWAYDSL_BUILD_ROUNDS</c> measures more (e.g. 300 under a sampling profiler,
    /// whose 100 Hz sampling sees a 5 ms part in one build out of two).
    /// </summary>
    private static readonly int Rounds = WarmUps + (int.TryParse(Environment.GetEnvironmentVariable("GATEWAYDSL_BUILD_ROUNDS"), out var rounds) && rounds > 0 ? rounds : 12);

    /// <summary>Prints the profile for the sample plus <paramref name="ordinaryFiles"/> ordinary files (after 8 warm-up rounds: the benchmark process runs Roslyn from NuGet, not ready-to-run as csc is, so hot paths must reach tier-1 JIT first).</summary>
    public static void Print(int ordinaryFiles)
    {
        var sources = new[] { ("ContosoEdge.cs", SyntheticSources.Sample("ContosoEdge")) }
            .Concat(Enumerable.Range(0, ordinaryFiles).Select(SyntheticSources.Unrelated))
            .ToArray();
        var times = new Dictionary<string, List<double>>();
        var pauses = new Dictionary<string, List<double>>();
        string? generated = null;
        for (var round = 0; round < Rounds; round++)
        {
            var measure = round >= WarmUps;
            void Time(string name, Action action)
            {
                var pause = GC.GetTotalPauseDuration();
                var clock = Stopwatch.StartNew();
                action();
                if (measure)
                {
                    (times.TryGetValue(name, out var list) ? list : times[name] = new List<double>()).Add(clock.Elapsed.TotalMilliseconds);
                    (pauses.TryGetValue(name, out var gc) ? gc : pauses[name] = new List<double>()).Add((GC.GetTotalPauseDuration() - pause).TotalMilliseconds);
                }
            }

            // 1. A build with the generator: the generator's run, then the compile of its output.
            var compilation = Fresh(sources);
            Compilation output = compilation;
            Time("generator run (driver, everything)", () => CSharpGeneratorDriver.Create([new GatewayGenerator().AsSourceGenerator()], parseOptions: TestCompilations.ParseOptions)
                .RunGeneratorsAndUpdateCompilation(compilation, out output, out _));
            generated ??= output.SyntaxTrees.Last().ToString();
            Time("emit after the generator", () => Emit(output));

            // 2. The same compile without the generator: the generated file given as source, and with no generated file.
            var withSource = Fresh(sources.Append(("ContosoEdge.g.cs", generated)));
            Time("emit, generated file as source", () => Emit(withSource));
            var without = Fresh(sources);
            Time("emit, no generated file", () => Emit(without));

            // 3. The generator's parts, each in a new compilation as in a build.
            var parts = Fresh(sources);
            var tree = parts.SyntaxTrees[0];
            var declaration = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
            INamedTypeSymbol type = null!;
            Time("part: find [Gateway] (declared symbol + attributes)", () =>
            {
                type = (INamedTypeSymbol)parts.GetSemanticModel(tree).GetDeclaredSymbol(declaration)!;
                _ = type.GetAttributes();
            });
            var method = type.GetMembers().OfType<IMethodSymbol>().Single(m => m.Name == "Define");
            var syntax = (MethodDeclarationSyntax)method.DeclaringSyntaxReferences[0].GetSyntax();
            IOperation? body = null;
            Time("part: bind the definition method", () => body = Body(parts.GetSemanticModel(tree).GetOperation(syntax)));
            var sameMetadata = parts.AddSyntaxTrees(CSharpSyntaxTree.ParseText("// another compilation over the same reference manager\n", TestCompilations.ParseOptions));
            Time("part: bind it again, metadata loaded", () => Body(sameMetadata.GetSemanticModel(tree).GetOperation(syntax)));
            GatewayModel model = null!;
            Time("part: parse + reduce + rules", () =>
            {
                var parsed = DefinitionParser.Parse(KnownTypes.TryCreate(parts)!, body, Location.None, CancellationToken.None);
                model = DefinitionReader.Validate(new DefinitionSteps(DefinitionReader.Describe(type, "ContosoEdge.cs"), parsed.Steps.ToEquatableArray()), CancellationToken.None);
            });
            Time("part: render every artifact and the class", () => GeneratedClass.Render(model, EquatableArray<TemplateOverride>.Empty, CancellationToken.None));
            Time("part: parse the generated file", () => CSharpSyntaxTree.ParseText(generated, TestCompilations.ParseOptions).GetRoot());
            var files = Fresh(sources).SyntaxTrees.Select(t => t.GetRoot()).ToArray();
            Time("part: declaration fingerprints of every file (cache)", () =>
            {
                foreach (var file in files)
                {
                    DeclarationFingerprint.Compute(file.SyntaxTree, CancellationToken.None);
                }
            });
        }

        Console.WriteLine($"ContosoEdge + {ordinaryFiles} ordinary files, median of {Rounds - WarmUps} builds after {WarmUps} warm-ups (ms):");
        Console.WriteLine($"  {"",-56} {"median",9} {"min",9} {"GC pause",9}");
        foreach (var (name, list) in times)
        {
            list.Sort();
            var gc = pauses[name];
            gc.Sort();
            Console.WriteLine($"  {name,-56} {list[list.Count / 2],9:F2} {list[0],9:F2} {gc[gc.Count / 2],9:F2}");
        }
    }

    private static CSharpCompilation Fresh(IEnumerable<(string Path, string Text)> files) => TestCompilations.Create(files);

    private static void Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
    }

    private static IOperation? Body(IOperation? operation) =>
        operation is IMethodBodyOperation body ? (IOperation?)body.ExpressionBody ?? body.BlockBody : throw new InvalidOperationException("No body.");
}
