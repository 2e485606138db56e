using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>
/// Runs cases with a bounded degree of parallelism and a timeout per case. A case that overruns its timeout is
/// cancelled; whether it then stops (a slow case) or not (a hang: the task is abandoned and keeps its thread), it is a
/// failure that names the case, and the run goes on with the other cases.
/// </summary>
public static class FuzzDriver
{
    /// <summary>Where the cases being run are saved while they run (<c>fuzz-in-flight/</c> beside the test assembly).</summary>
    public static readonly string InFlightFolder = Path.Combine(AppContext.BaseDirectory, "fuzz-in-flight");

    /// <summary>How long a cancelled case may take to stop before it counts as hung.</summary>
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="cases"/>; failures are saved to <c>fuzz-failures/</c>.</summary>
    public static async Task<FuzzReport> RunAsync(IEnumerable<FuzzCase> cases, Func<FuzzCase, CancellationToken, Task<CaseResult>> run, FuzzSettings settings)
    {
        var failures = new ConcurrentBag<FuzzFailure>();
        var families = new ConcurrentDictionary<FuzzFamily, int>();
        int total = 0, skipped = 0, compilerErrors = 0, gatewayDiagnostics = 0, generated = 0, codeActions = 0;
        var slowest = (Case: string.Empty, Time: TimeSpan.Zero);
        var slowestLock = new object();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism }, async (fuzzCase, _) =>
        {
            Interlocked.Increment(ref total);
            families.AddOrUpdate(fuzzCase.Family, 1, (_, n) => n + 1);
            // A case that kills the test host (a stack overflow cannot be caught) leaves this file behind, with the seed,
            // the index and the exact source, so even that failure can be reproduced.
            var inFlight = new FuzzFailure(fuzzCase, settings.Seed, new[] { "IN FLIGHT: the test host died while this case ran (e.g. a stack overflow)." });
            inFlight.Save(InFlightFolder);
            var started = Stopwatch.GetTimestamp();
            var (result, problems) = await RunOneAsync(fuzzCase, run, settings.CaseTimeout).ConfigureAwait(false);
            var time = Stopwatch.GetElapsedTime(started);
            File.Delete(inFlight.SavedTo!);
            lock (slowestLock)
            {
                if (time > slowest.Time)
                {
                    slowest = ($"{fuzzCase.Family} {fuzzCase.Index} of {fuzzCase.Input}", time);
                }
            }

            if (result is not null)
            {
                if (result.Skipped is not null)
                {
                    Interlocked.Increment(ref skipped);
                }

                if (result.HasCompilerErrors)
                {
                    Interlocked.Increment(ref compilerErrors);
                }

                if (result.GatewayDiagnostics > 0)
                {
                    Interlocked.Increment(ref gatewayDiagnostics);
                }

                if (result.GeneratedSources > 0)
                {
                    Interlocked.Increment(ref generated);
                }

                Interlocked.Add(ref codeActions, result.CodeActions);
            }

            if (problems.Count > 0)
            {
                var failure = new FuzzFailure(fuzzCase, settings.Seed, problems);
                failure.Save();
                failures.Add(failure);
            }
        }).ConfigureAwait(false);

        return new FuzzReport
        {
            Failures = failures.OrderBy(f => f.Case.Family).ThenBy(f => f.Case.Input, StringComparer.Ordinal).ThenBy(f => f.Case.Index).ToArray(),
            Cases = total,
            Skipped = skipped,
            CasesByFamily = families.ToDictionary(p => p.Key, p => p.Value),
            WithCompilerErrors = compilerErrors,
            WithGatewayDiagnostics = gatewayDiagnostics,
            WithGeneratedSource = generated,
            CodeActions = codeActions,
            Elapsed = clock.Elapsed,
            Slowest = slowest,
        };
    }

    /// <summary>Runs one case under its timeout; the problems include a timeout or hang and any exception that escaped.</summary>
    public static async Task<(CaseResult? Result, IReadOnlyList<string> Problems)> RunOneAsync(FuzzCase fuzzCase, Func<FuzzCase, CancellationToken, Task<CaseResult>> run, TimeSpan timeout, TimeSpan? grace = null)
    {
        var allowed = timeout + (grace ?? DefaultGrace);
        using var cancellation = new CancellationTokenSource(timeout);
        var task = Task.Run(() => run(fuzzCase, cancellation.Token));
        var finished = await Task.WhenAny(task, Task.Delay(allowed)).ConfigureAwait(false);
        if (finished != task)
        {
            // Observe the abandoned task's eventual exception so it does not surface as an unobserved one.
            _ = task.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            return (null, new[] { $"HANG: no result {allowed.TotalSeconds:F1} s after start, and cancellation at {timeout.TotalSeconds:F1} s was not honoured." });
        }

        try
        {
            var result = await task.ConfigureAwait(false);
            return (result, result.Problems);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return (null, new[] { $"TIMEOUT: the case took more than {timeout.TotalSeconds:F1} s (it stopped when cancelled)." });
        }
        catch (Exception exception)
        {
            return (null, new[] { "exception escaped the case: " + exception });
        }
    }
}
