using System;
using System.Diagnostics;
using System.Linq;
using GatewayDsl.Benchmarks.Inputs;
using GatewayDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace GatewayDsl.Benchmarks;

/// <summary>
/// A Stopwatch profile of the generator's pipeline (<c>--steps N</c>): runs it cold and then warm after an unrelated
/// edit, with step tracking on, and prints the time and run reasons of every tracked step, Roslyn's own included.
/// It shows where a run's time goes; the benchmarks give the numbers to compare with the budgets.
/// </summary>
public static class StepTimes
{
    /// <summary>Prints the step profile for <paramref name="definitions"/> definitions (after two warm-up rounds).</summary>
    public static void Print(int definitions)
    {
        var compilation = TestCompilations.Create(TestCompilations.Files(definitions, 10));
        var unrelated = compilation.SyntaxTrees.Last();
        for (var round = 0; round < 3; round++)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                [new GatewayGenerator().AsSourceGenerator()],
                parseOptions: TestCompilations.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            var clock = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation.Clone());
            var cold = clock.Elapsed;
            if (round == 2)
            {
                Report($"Cold run, {definitions} definitions: {cold.TotalMilliseconds:F1} ms", driver.GetRunResult());
            }

            var edited = compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(SourceText.From(SyntheticSources.EditUnrelated(unrelated.ToString(), round))));
            clock.Restart();
            driver = driver.RunGenerators(edited);
            var warm = clock.Elapsed;
            if (round == 2)
            {
                Report($"Warm run after an unrelated edit: {warm.TotalMilliseconds:F1} ms ({100 * warm / cold:F1}% of cold)", driver.GetRunResult());
            }
        }
    }

    private static void Report(string title, GeneratorDriverRunResult result)
    {
        Console.WriteLine(title);
        Console.WriteLine($"  {"step",-60} {"ms",10}  reasons");
        foreach (var (name, steps) in result.Results.Single().TrackedSteps.OrderByDescending(s => s.Value.Sum(r => r.ElapsedTime.Ticks)))
        {
            var reasons = steps.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Key} x{g.Count()}");
            Console.WriteLine($"  {name,-60} {steps.Sum(s => s.ElapsedTime.TotalMilliseconds),10:F1}  {string.Join(", ", reasons)}");
        }

        Console.WriteLine();
    }
}
