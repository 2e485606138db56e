using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>The outcome of a run: failures and what the cases reached.</summary>
public sealed class FuzzReport
{
    /// <summary>The failed cases, by family and index.</summary>
    public IReadOnlyList<FuzzFailure> Failures { get; init; } = Array.Empty<FuzzFailure>();

    /// <summary>Cases run.</summary>
    public int Cases { get; init; }

    /// <summary>Cases run, per family.</summary>
    public IReadOnlyDictionary<FuzzFamily, int> CasesByFamily { get; init; } = new Dictionary<FuzzFamily, int>();

    /// <summary>Cases not compiled because they crash the test's compiler itself (<see cref="KnownCompilerCrashes"/>).</summary>
    public int Skipped { get; init; }

    /// <summary>Cases whose source had compiler errors.</summary>
    public int WithCompilerErrors { get; init; }

    /// <summary>Cases with at least one GW diagnostic.</summary>
    public int WithGatewayDiagnostics { get; init; }

    /// <summary>Cases for which a generator added source.</summary>
    public int WithGeneratedSource { get; init; }

    /// <summary>Code actions registered and computed.</summary>
    public int CodeActions { get; init; }

    /// <summary>Wall-clock time of the run (warm-up excluded).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The slowest case and its time.</summary>
    public (string Case, TimeSpan Time) Slowest { get; init; }

    /// <summary>A one-paragraph summary for the test output.</summary>
    public string Summary(int seed, int parallelism) => string.Format(
        CultureInfo.InvariantCulture,
        "{0} cases ({1}) with seed {2}, {3} at a time, in {4:F1} s ({5:F1} ms/case): {6} with compiler errors, {7} with GW diagnostics, {8} with generated source, {9} code actions computed; {13} skipped (known compiler crashes); slowest {10:F0} ms ({11}); {12} failed.",
        Cases,
        string.Join(", ", CasesByFamily.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")),
        seed,
        parallelism,
        Elapsed.TotalSeconds,
        Cases == 0 ? 0 : Elapsed.TotalMilliseconds / Cases,
        WithCompilerErrors,
        WithGatewayDiagnostics,
        WithGeneratedSource,
        CodeActions,
        Slowest.Time.TotalMilliseconds,
        Slowest.Case,
        Failures.Count,
        Skipped);
}
