using System;
using System.Linq;
using GatewayDsl.Fuzz.Tests.Harness;
using GatewayDsl.Fuzz.Tests.Mutation;
using Xunit;

namespace GatewayDsl.Fuzz.Tests.HarnessTests;

/// <summary>The corpus is complete and markup-free, and the cases are reproducible from (seed, index).</summary>
public sealed class CorpusAndMutationTests
{
    [Fact]
    public void Samples_include_the_broken_sample()
    {
        Assert.Contains(FuzzCorpus.Samples, s => s.Name == "samples/BrokenGateway/BrokenEdge.cs");
        Assert.Contains(FuzzCorpus.Samples, s => s.Name == "samples/ContosoGateway/ContosoEdge.cs");
        Assert.Contains(FuzzCorpus.Samples, s => s.Name == "samples/ContosoForwardingGateway/ContosoForwarding.cs");
    }

    [Fact]
    public void Every_rule_test_class_contributes_inputs_without_markup()
    {
        var inputs = FuzzCorpus.RuleTestInputs;
        var ruleFiles = System.IO.Directory.GetFiles(Analyzers.Tests.Infrastructure.RepoPaths.Combine("tests", "GatewayDsl.Analyzers.Tests", "Rules"), "GW*Tests.cs", System.IO.SearchOption.AllDirectories)
            .Select(System.IO.Path.GetFileName)
            .ToArray();
        Assert.NotEmpty(ruleFiles);
        Assert.All(ruleFiles, file => Assert.Contains(inputs, i => i.Name.Contains("/" + file + "#", StringComparison.Ordinal)));
        Assert.All(inputs, i => Assert.DoesNotContain("{|", i.Text, StringComparison.Ordinal));
        Assert.All(inputs, i => Assert.DoesNotContain("[|", i.Text, StringComparison.Ordinal));
        Assert.Equal(inputs.Count, inputs.Select(i => i.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Random_cases_are_a_function_of_seed_and_index()
    {
        var corpus = FuzzCorpus.All;
        for (var index = 0; index < 50; index++)
        {
            Assert.Equal(CaseGenerator.Random(7, index, corpus), CaseGenerator.Random(7, index, corpus));
        }

        var sources = Enumerable.Range(0, 50).Select(i => CaseGenerator.Random(7, i, corpus).Source).Distinct(StringComparer.Ordinal).Count();
        Assert.True(sources > 45, $"only {sources} distinct sources in 50 cases");
        Assert.NotEqual(CaseGenerator.Random(7, 3, corpus).Source, CaseGenerator.Random(8, 3, corpus).Source);
    }

    [Fact]
    public void Prefixes_cut_at_every_token_and_end_with_the_whole_file()
    {
        var sample = FuzzCorpus.Samples.Single(s => s.Name.EndsWith("ContosoEdge.cs", StringComparison.Ordinal));
        var prefixes = CaseGenerator.Prefixes(sample).ToArray();

        Assert.Equal(string.Empty, prefixes[0].Source);
        Assert.Equal(sample.Text.TrimEnd(), prefixes[^1].Source.TrimEnd());
        Assert.All(prefixes.Zip(prefixes.Skip(1)), pair => Assert.True(pair.First.Source.Length < pair.Second.Source.Length));
        Assert.Contains(prefixes, p => p.Source.EndsWith(".Nodes(", StringComparison.Ordinal));
    }

    [Fact]
    public void Tokens_join_back_to_the_input()
    {
        Assert.All(FuzzCorpus.All, input => Assert.Equal(input.Text, string.Concat(TokenizedInput.Of(input.Text).Pieces)));
    }

    [Fact]
    public void Argument_values_include_null_default_huge_and_wrong_types()
    {
        Assert.Contains("null", ArgumentValues.Ordinary);
        Assert.Contains("default", ArgumentValues.Ordinary);
        Assert.Contains("System.Environment.MachineName", ArgumentValues.Ordinary);
        Assert.Contains("1.5", ArgumentValues.Ordinary);
        Assert.Contains(ArgumentValues.Huge, make => make().Length >= ArgumentValues.HugeLength);
    }
}
