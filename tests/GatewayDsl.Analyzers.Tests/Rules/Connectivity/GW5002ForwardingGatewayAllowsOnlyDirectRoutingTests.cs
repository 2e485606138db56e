using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Connectivity;

/// <summary>GW5002 at build time: reported on the Nat or SiteToSiteVpn call of a forwarding gateway's VM network.</summary>
public sealed class GW5002ForwardingGatewayAllowsOnlyDirectRoutingTests
{
    private const string DirectRouting = ".DirectRouting());";

    [Fact]
    public Task Nat_on_a_forwarding_gateway_Triggers_on_the_Nat_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((DirectRouting, ".{|GW5002:Nat(nat => nat.ExternalAddress(\"131.107.20.50\"))|});")),
        "GW5002");

    [Fact]
    public Task Vpn_beside_direct_routing_Triggers_on_the_SiteToSiteVpn_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((DirectRouting, ".DirectRouting()\n"
            + "            .{|GW5002:SiteToSiteVpn(\"157.56.20.10\", vpn => vpn\n"
            + "                .RemoteSubnets(\"172.16.1.0/24\")\n"
            + "                .PreSharedKey(\"Tenant PSK\"))|});")),
        "GW5002");

    [Fact]
    public Task Forwarding_mode_from_a_constant_Triggers_on_the_Nat_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (".DirectRoutingMode()", ".DirectRoutingMode(Modes.Forwarding)"),
            (DirectRouting, ".{|GW5002:Nat(nat => nat.ExternalAddress(\"131.107.20.50\"))|});"),
            ("[Gateway]", "static class Modes { public const bool Forwarding = !false; }\n\n[Gateway]")),
        "GW5002");

    [Fact]
    public Task Nat_and_vpn_on_a_non_forwarding_gateway_DoNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW5002");

    [Fact]
    public Task Direct_routing_on_a_forwarding_gateway_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.Forwarding(), "GW5002");
}
