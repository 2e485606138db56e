using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>The runner shared by all tests of this assembly (one workspace, one set of components), warmed up once.</summary>
public static class FuzzHost
{
    private static readonly Lazy<Task<CaseRunner>> Warm = new(async () =>
    {
        var runner = new CaseRunner(DslComponents.Discover());

        // JIT and load everything once, outside any case's timeout: the first case otherwise pays seconds of start-up.
        // A valid sample reaches the generator's templates; a huge argument the paths that only huge values take.
        var sample = FuzzCorpus.Samples.First(s => s.Name.EndsWith("ContosoEdge.cs", StringComparison.Ordinal)).Text;
        await runner.RunAsync(sample, CancellationToken.None).ConfigureAwait(false);
        await runner.RunAsync(sample.Replace("\"GatewayVM1.contoso.com\"", Mutation.ArgumentValues.Huge[0](), StringComparison.Ordinal), CancellationToken.None).ConfigureAwait(false);
        return runner;
    });

    /// <summary>The warmed-up runner.</summary>
    public static Task<CaseRunner> RunnerAsync() => Warm.Value;

    /// <summary>Runs <paramref name="cases"/> on the shared runner.</summary>
    public static async Task<FuzzReport> RunAsync(System.Collections.Generic.IEnumerable<FuzzCase> cases, FuzzSettings settings)
    {
        var runner = await RunnerAsync().ConfigureAwait(false);
        return await FuzzDriver.RunAsync(cases, (c, token) => runner.RunAsync(c.Source, token), settings).ConfigureAwait(false);
    }

    /// <summary>The assertion message of a failed run: the first failures in full, then one line for each of the others.</summary>
    public static string Describe(FuzzReport report, int seed, int parallelism)
    {
        var text = new StringBuilder();
        text.AppendLine(report.Summary(seed, parallelism));
        foreach (var failure in report.Failures.Take(5))
        {
            text.AppendLine().Append(failure);
        }

        foreach (var failure in report.Failures.Skip(5))
        {
            text.AppendLine($"also failed: {failure.Case.Family} {failure.Case.Index} of {failure.Case.Input} ({failure.Problems.FirstOrDefault()?.Split('\n')[0]}), saved to {failure.SavedTo}");
        }

        return text.ToString();
    }
}
