using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GatewayDsl.Fuzz.Tests.Harness;
using GatewayDsl.Fuzz.Tests.Mutation;
using Xunit;
using Xunit.Abstractions;

namespace GatewayDsl.Fuzz.Tests;

/// <summary>
/// The fuzz budget CI runs (docs/reliability.md, "Fuzzing"): every prefix of every sample and seed definition, then a
/// fixed number of seeded random mutations of the whole corpus (together more than 5,000 cases). No case may throw, report AD0001/CS8784/CS8785, produce generated code
/// that does not compile, or overrun its timeout. Both tests are in one class so they never compete for the cores.
/// </summary>
public sealed class FuzzBudgetTests
{
    private readonly ITestOutputHelper output;

    /// <summary>Creates the tests.</summary>
    public FuzzBudgetTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task Every_prefix_of_every_sample_and_seed_is_handled()
    {
        var settings = FuzzSettings.FromEnvironment();
        var inputs = settings.AllPrefixes ? FuzzCorpus.All : FuzzCorpus.Samples.Concat(SeedDefinitions.All).ToArray();
        var report = await FuzzHost.RunAsync(inputs.SelectMany(CaseGenerator.Prefixes), settings);

        output.WriteLine(report.Summary(settings.Seed, settings.Parallelism));
        Assert.True(report.Failures.Count == 0, FuzzHost.Describe(report, settings.Seed, settings.Parallelism));
        Assert.Equal(inputs.Sum(i => TokenizedInput.Of(i.Text).TokenEnds.Count + 1), report.Cases);

        // Not vacuous: the prefixes pass through half-written definitions to the complete ones.
        Assert.True(report.WithGatewayDiagnostics > report.Cases / 4, "Too few prefixes reached the rules: " + report.Summary(settings.Seed, settings.Parallelism));
        Assert.True(report.WithGeneratedSource > 0, "No prefix reached the generator's output: " + report.Summary(settings.Seed, settings.Parallelism));
    }

    [Fact]
    public async Task Random_mutations_are_handled()
    {
        var settings = FuzzSettings.FromEnvironment();
        var corpus = FuzzCorpus.All;
        var indexes = settings.OnlyCase is { } only ? new[] { only } : Enumerable.Range(0, settings.RandomCases);
        var report = await FuzzHost.RunAsync(indexes.Select(i => CaseGenerator.Random(settings.Seed, i, corpus)), settings);

        output.WriteLine($"Corpus: {FuzzCorpus.Samples.Count} sample files, {FuzzCorpus.RuleTestInputs.Count} rule test inputs, {SeedDefinitions.All.Count} seed definitions.");
        output.WriteLine(report.Summary(settings.Seed, settings.Parallelism));
        Assert.True(report.Failures.Count == 0, FuzzHost.Describe(report, settings.Seed, settings.Parallelism));
        if (settings.OnlyCase is null)
        {
            Assert.True(report.WithGatewayDiagnostics > report.Cases / 4, "Too few cases reached the rules: " + report.Summary(settings.Seed, settings.Parallelism));
            Assert.True(report.WithGeneratedSource > 0, "No case reached the generator's output: " + report.Summary(settings.Seed, settings.Parallelism));
        }
    }

    /// <summary>Replays a saved failure (<c>GATEWAYDSL_FUZZ_FILE</c>); without one, replays the broken sample.</summary>
    [Fact]
    public async Task Replay_a_saved_source()
    {
        var file = Environment.GetEnvironmentVariable("GATEWAYDSL_FUZZ_FILE");
        var source = string.IsNullOrEmpty(file)
            ? FuzzCorpus.Samples.Single(s => s.Name.EndsWith("BrokenEdge.cs", StringComparison.Ordinal)).Text
            : File.ReadAllText(file);
        var settings = FuzzSettings.FromEnvironment();
        var replay = new FuzzCase(FuzzFamily.Tokens, 0, file ?? "samples/BrokenGateway/BrokenEdge.cs", "replay", source);
        var report = await FuzzHost.RunAsync(new[] { replay }, settings);

        output.WriteLine(report.Summary(settings.Seed, settings.Parallelism));
        Assert.True(report.Failures.Count == 0, FuzzHost.Describe(report, settings.Seed, settings.Parallelism));
    }
}
