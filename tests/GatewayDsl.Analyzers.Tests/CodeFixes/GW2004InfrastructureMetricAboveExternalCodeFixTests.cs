using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using GatewayDsl.CodeFixes.Networking;
using Xunit;
using Verify = GatewayDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<GatewayDsl.CodeFixes.Networking.InfrastructureMetricAboveExternalCodeFix>;

namespace GatewayDsl.Analyzers.Tests.CodeFixes;

/// <summary>GW2004's fix: set the Infrastructure metric to the highest External metric + 10.</summary>
public sealed class GW2004InfrastructureMetricAboveExternalCodeFixTests
{
    private const string Key = InfrastructureMetricAboveExternalCodeFix.EquivalenceKey;
    private const string InfrastructureMetric = "gateway: \"192.168.10.1\", metric: 20";

    [Fact]
    public Task Metric_is_set_to_External_plus_10() => Verify.VerifyAsync(
        SampleSource.NonForwarding((InfrastructureMetric, "gateway: \"192.168.10.1\", metric: {|GW2004:5|}")),
        SampleSource.NonForwarding(),
        Key);

    [Fact]
    public Task Metric_from_a_constant_is_replaced_by_the_value() => Verify.VerifyAsync(
        SampleSource.NonForwarding(
            (InfrastructureMetric, "gateway: \"192.168.10.1\", metric: {|GW2004:Metrics.Infrastructure|}"),
            ("[Gateway]", "static class Metrics { public const int Infrastructure = 10; }\n\n[Gateway]")),
        SampleSource.NonForwarding(("[Gateway]", "static class Metrics { public const int Infrastructure = 10; }\n\n[Gateway]")),
        Key);

    [Fact]
    public Task Highest_External_metric_counts() => Verify.VerifyAsync(
        Definition(externalMetrics: ["10", "35"], infrastructureMetrics: ["{|GW2004:30|}"]),
        Definition(externalMetrics: ["10", "35"], infrastructureMetrics: ["45"]),
        Key,
        "GW2004");

    [Fact]
    public Task Near_Int32_MaxValue_the_metric_is_External_plus_1() => Verify.VerifyAsync(
        Definition(externalMetrics: ["2147483640"], infrastructureMetrics: ["{|GW2004:7|}"]),
        Definition(externalMetrics: ["2147483640"], infrastructureMetrics: ["2147483641"]),
        Key,
        "GW2004");

    [Fact]
    public async Task Title_says_the_value()
    {
        var actions = await Verify.ActionsAsync(SampleSource.NonForwarding((InfrastructureMetric, "gateway: \"192.168.10.1\", metric: 10")));

        var action = Assert.Single(actions);
        Assert.Equal("Set the Infrastructure metric to 20", action.Title);
        Assert.Equal(Key, action.EquivalenceKey);
    }

    [Fact]
    public async Task No_fix_when_no_Int32_metric_is_higher_than_External() =>
        Assert.Empty(await Verify.ActionsAsync(Definition(externalMetrics: ["2147483647"], infrastructureMetrics: ["5"])));

    [Fact]
    public Task Fix_all_sets_every_Infrastructure_pool() => Verify.VerifyFixAllAsync(
        Definition(externalMetrics: ["10"], infrastructureMetrics: ["{|GW2004:5|}", "{|GW2004:10|}", "30"]),
        Definition(externalMetrics: ["10"], infrastructureMetrics: ["20", "20", "30"]),
        Key,
        diagnostics: 2,
        "GW2004");

    /// <summary>A partial definition with one External and one Infrastructure site holding a pool per metric.</summary>
    private static string Definition(string[] externalMetrics, string[] infrastructureMetrics) => DefinitionSource.Wrap($$"""
        Gateway.Named("EDGE")
                .External("External", n => n.Site("External-Site", "All Hosts", s => s
                    .Subnet("131.107.10.0/24"){{Pools("131.107.10", externalMetrics)}}))
                .Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts", s => s
                    .Subnet("192.168.10.0/24"){{Pools("192.168.10", infrastructureMetrics)}}))
        """);

    private static string Pools(string prefix, string[] metrics)
    {
        var pools = string.Empty;
        for (var i = 0; i < metrics.Length; i++)
        {
            pools += $"\n            .StaticPool(\"{prefix}.{10 + (10 * i)}\", \"{prefix}.{19 + (10 * i)}\", \"{prefix}.1\", {metrics[i]})";
        }

        return pools;
    }
}
