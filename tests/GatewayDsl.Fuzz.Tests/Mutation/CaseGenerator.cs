using System;
using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Fuzz.Tests.Harness;

namespace GatewayDsl.Fuzz.Tests.Mutation;

/// <summary>
/// Makes the cases. Prefix cases are enumerated (every token boundary of an input); random cases are a pure function of
/// (seed, index, corpus), so any one of them can be regenerated alone from the numbers a failure prints.
/// </summary>
public static class CaseGenerator
{
    /// <summary>(a) Every prefix of <paramref name="input"/> cut at a token boundary (the empty file included), in order.</summary>
    public static IEnumerable<FuzzCase> Prefixes(FuzzInput input)
    {
        var ends = TokenizedInput.Of(input.Text).TokenEnds;
        yield return new FuzzCase(FuzzFamily.Prefix, 0, input.Name, "cut at 0", string.Empty);
        for (var i = 0; i < ends.Count; i++)
        {
            yield return new FuzzCase(FuzzFamily.Prefix, i + 1, input.Name, $"cut after token {i} at {ends[i]}", input.Text.Substring(0, ends[i]));
        }
    }

    /// <summary>Random case <paramref name="index"/> of <paramref name="seed"/>.</summary>
    public static FuzzCase Random(int seed, int index, IReadOnlyList<FuzzInput> corpus)
    {
        var random = new Random(Mix(seed, index));
        var input = corpus[random.Next(corpus.Count)];
        var roll = random.Next(100);
        if (roll < 15)
        {
            return Prefix(FuzzFamily.Prefix, index, input.Name, input.Text, string.Empty, random);
        }

        if (roll < 45)
        {
            var (tokens, edits) = TokenMutator.Mutate(input.Text, random);
            return new FuzzCase(FuzzFamily.Tokens, index, input.Name, edits, tokens, IsRandom: true);
        }

        var (source, description) = ArgumentMutator.Mutate(input.Text, random);
        if (roll < 85)
        {
            return new FuzzCase(FuzzFamily.Arguments, index, input.Name, description, source, IsRandom: true);
        }

        if (random.Next(2) == 0)
        {
            return Prefix(FuzzFamily.Combined, index, input.Name, source, description + "; then ", random);
        }

        var (mutated, edits2) = TokenMutator.Mutate(source, random);
        return new FuzzCase(FuzzFamily.Combined, index, input.Name, description + "; then " + edits2, mutated, IsRandom: true);
    }

    private static FuzzCase Prefix(FuzzFamily family, int index, string input, string text, string before, Random random)
    {
        var ends = TokenizedInput.Of(text).TokenEnds;
        var cut = ends.Count == 0 ? 0 : ends[random.Next(ends.Count)];
        return new FuzzCase(family, index, input, $"{before}cut at {cut}", text.Substring(0, cut), IsRandom: true);
    }

    /// <summary>A well-spread, platform-independent seed for case <paramref name="index"/> (System.Random's seeded sequence is stable).</summary>
    private static int Mix(int seed, int index)
    {
        unchecked
        {
            var x = ((ulong)(uint)seed << 32) | (uint)index;
            x ^= x >> 33;
            x *= 0xFF51AFD7ED558CCDUL;
            x ^= x >> 33;
            x *= 0xC4CEB9FE1A85EC53UL;
            x ^= x >> 33;
            return (int)(x & 0x7FFFFFFF);
        }
    }
}
