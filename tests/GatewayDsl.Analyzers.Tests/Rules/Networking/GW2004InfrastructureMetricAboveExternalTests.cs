using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>GW2004 at build time: reported on the Infrastructure pool's metric argument.</summary>
public sealed class GW2004InfrastructureMetricAboveExternalTests
{
    [Fact]
    public Task Infrastructure_metric_below_External_Triggers_on_the_metric() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(("gateway: \"192.168.10.1\", metric: 20", "gateway: \"192.168.10.1\", metric: {|GW2004:5|}")),
        "GW2004");

    [Fact]
    public Task Metric_from_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            ("gateway: \"192.168.10.1\", metric: 20", "gateway: \"192.168.10.1\", metric: {|GW2004:Metrics.Infrastructure|}"),
            ("[Gateway]", "static class Metrics { public const int Infrastructure = 10; }\n\n[Gateway]")),
        "GW2004");

    [Fact]
    public Task Infrastructure_metric_above_External_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW2004");

    [Fact]
    public Task Networks_that_do_not_share_a_route_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            ("gateway: \"192.168.10.1\", metric: 20", "gateway: \"192.168.10.1\", metric: 5"),
            (".InfrastructureRoutesToSameNetworkAsExternal(true)", ".InfrastructureRoutesToSameNetworkAsExternal(false)")),
        "GW2004");
}
