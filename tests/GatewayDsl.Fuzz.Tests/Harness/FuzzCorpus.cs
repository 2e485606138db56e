using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GatewayDsl.Analyzers.Tests.Infrastructure;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>
/// The inputs the fuzzer mutates: the samples' definition files (<c>samples/*/*.cs</c> that mention
/// <c>GatewayDefinition</c>, the broken sample included), every definition the analyzer tests build, and
/// <see cref="SeedDefinitions"/>. The order is stable, so a seed and a case index name the same source on every machine
/// (for a given commit: a new rule test adds inputs and so changes which source a random case index picks).
/// </summary>
public static class FuzzCorpus
{
    private static readonly Lazy<FuzzCorpusContent> Content = new(Load);

    /// <summary>The sample definition files.</summary>
    public static IReadOnlyList<FuzzInput> Samples => Content.Value.Samples;

    /// <summary>The definitions harvested from the analyzer tests.</summary>
    public static IReadOnlyList<FuzzInput> RuleTestInputs => Content.Value.RuleTestInputs;

    /// <summary>Everything, samples first.</summary>
    public static IReadOnlyList<FuzzInput> All => Content.Value.All;

    private static FuzzCorpusContent Load()
    {
        var samples = Directory.GetDirectories(RepoPaths.Combine("samples"))
            .SelectMany(d => Directory.GetFiles(d, "*.cs"))
            .Select(f => (Path: Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Where(f => f.Text.Contains("GatewayDefinition", StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new FuzzInput(f.Path, f.Text))
            .ToArray();
        var ruleTests = TestInputHarvester.Harvest(RepoPaths.Combine("tests", "GatewayDsl.Analyzers.Tests"));
        var all = samples.Concat(ruleTests).Concat(SeedDefinitions.All).ToArray();
        return new FuzzCorpusContent(samples, ruleTests, all);
    }

    private sealed record FuzzCorpusContent(IReadOnlyList<FuzzInput> Samples, IReadOnlyList<FuzzInput> RuleTestInputs, IReadOnlyList<FuzzInput> All);
}
