using System;
using System.Globalization;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>
/// The fuzz run's knobs. CI runs the defaults (a fixed seed and budget, so every CI run tests the same cases); a long run
/// sets <c>GATEWAYDSL_FUZZ_CASES</c> (and usually another <c>GATEWAYDSL_FUZZ_SEED</c>); a failure is replayed alone with
/// <c>GATEWAYDSL_FUZZ_SEED</c> and <c>GATEWAYDSL_FUZZ_CASE</c>.
/// </summary>
/// <param name="Seed">Seeds every random choice; case <c>i</c> of seed <c>s</c> is the same source on every machine.</param>
/// <param name="RandomCases">How many random (mutation) cases to run after the exhaustive prefix cases.</param>
/// <param name="OnlyCase">When set, only this case index of the random family is run (replay).</param>
/// <param name="Parallelism">How many cases run at once (each case is single-threaded).</param>
/// <param name="CaseTimeout">A case that takes longer is a hang: a failure that names the case. 30 s by default: cases take
/// milliseconds, but the slowest seen took 7 s on a shared 2-core machine at load 15 (first use of a code path), and
/// CI must not fail because the machine is busy; a real hang never ends.</param>
/// <param name="AllPrefixes">Whether the exhaustive prefix family covers every corpus input, not only the samples (a long run, or <c>GATEWAYDSL_FUZZ_ALL_PREFIXES=1</c>).</param>
public sealed record FuzzSettings(int Seed, int RandomCases, int? OnlyCase, int Parallelism, TimeSpan CaseTimeout, bool AllPrefixes)
{
    /// <summary>The seed CI uses.</summary>
    public const int DefaultSeed = 20_260_607;

    /// <summary>The random cases CI runs (the exhaustive prefixes of the samples come on top).</summary>
    public const int DefaultRandomCases = 2_500;

    /// <summary>The settings from the environment (CI: none set).</summary>
    public static FuzzSettings FromEnvironment()
    {
        var cases = Int("GATEWAYDSL_FUZZ_CASES");
        return new FuzzSettings(
            Seed: Int("GATEWAYDSL_FUZZ_SEED") ?? DefaultSeed,
            RandomCases: cases ?? DefaultRandomCases,
            OnlyCase: Int("GATEWAYDSL_FUZZ_CASE"),
            Parallelism: Int("GATEWAYDSL_FUZZ_PARALLELISM") ?? Math.Max(1, Math.Min(Environment.ProcessorCount, 4)),
            CaseTimeout: TimeSpan.FromSeconds(Int("GATEWAYDSL_FUZZ_TIMEOUT_SECONDS") ?? 30),
            AllPrefixes: cases > DefaultRandomCases || Environment.GetEnvironmentVariable("GATEWAYDSL_FUZZ_ALL_PREFIXES") == "1");
    }

    private static int? Int(string name)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"{name}='{text}' is not an integer.");
    }
}
