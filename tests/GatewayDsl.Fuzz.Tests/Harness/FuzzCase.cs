namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>One generated source and how it was made.</summary>
/// <param name="Family">The kind of mutation (see <see cref="FuzzFamily"/>).</param>
/// <param name="Index">The case index: for random families with the run's seed it regenerates this exact source.</param>
/// <param name="Input">The corpus input it started from.</param>
/// <param name="Description">The edits, e.g. <c>arg 'metric: 20' -> null</c>.</param>
/// <param name="Source">The exact source that was compiled.</param>
/// <param name="IsRandom">Whether the case is random case <paramref name="Index"/> of the run's seed (else an enumerated prefix or a replay).</param>
public sealed record FuzzCase(FuzzFamily Family, int Index, string Input, string Description, string Source, bool IsRandom = false);

/// <summary>The families of cases (issue 7, item 1).</summary>
public enum FuzzFamily
{
    /// <summary>(a) A prefix of an input, cut at a token boundary: code as it is being typed.</summary>
    Prefix,

    /// <summary>(b) Random token deletions, duplications, swaps and replacements.</summary>
    Tokens,

    /// <summary>(c) Arguments replaced by non-constants, null, default, huge strings, wrong types; removed, renamed or added.</summary>
    Arguments,

    /// <summary>(c) then (b) or (a): hostile values in half-typed code.</summary>
    Combined,
}
