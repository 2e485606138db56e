using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Connectivity;

/// <summary>GW5006 at build time: reported on the DirectRouting() call of a VM network when the gateway is not forwarding.</summary>
public sealed class GW5006DirectRoutingNeedsForwardingGatewayTests
{
    [Fact]
    public Task Direct_routing_without_DirectRoutingMode_Triggers_on_the_DirectRouting_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(("8080)));", "8080)))\n        .VmNetwork(\"Bridge\", vmNetwork => vmNetwork.Subnet(\"10.3.0.0/24\").{|GW5006:DirectRouting()|});")),
        "GW5006");

    [Fact]
    public Task DirectRoutingMode_false_Triggers_on_the_DirectRouting_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (".DirectRoutingMode()", ".DirectRoutingMode(false)"),
            (".DirectRouting());", ".{|GW5006:DirectRouting()|});")),
        "GW5006");

    [Fact]
    public Task DirectRoutingMode_off_from_a_constant_Triggers_on_the_DirectRouting_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (".DirectRoutingMode()", ".DirectRoutingMode(enabled: Modes.Forwarding)"),
            (".DirectRouting());", ".{|GW5006:DirectRouting()|});"),
            ("[Gateway]", "static class Modes { public const bool Forwarding = false; }\n\n[Gateway]")),
        "GW5006");

    [Fact]
    public Task Direct_routing_on_a_forwarding_gateway_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.Forwarding(), "GW5006");

    [Fact]
    public Task Nat_and_vpn_on_a_non_forwarding_gateway_DoNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW5006");
}
