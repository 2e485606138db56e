using System.Linq;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Connectivity;

public sealed class GW5002ForwardingGatewayAllowsOnlyDirectRoutingTests
{
    private const string Id = "GW5002";

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        // NAT and VPN on the non-forwarding gateway are fine; the forwarding gateway's VM network uses direct routing.
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Nat_on_forwarding_gateway_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.Forwarding(vmNetwork: n => n.Nat(x => x.ExternalAddress("131.107.20.6"))), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("VM network 'Datacenter-Bridge' uses NAT (Nat) on a forwarding gateway", v.Message);
        Assert.Contains("Remove it (the VM network already has DirectRouting())", v.Message);
        Assert.Equal("VmNetwork(\"Datacenter-Bridge\") › Nat(...)", v.Location);
    }

    [Fact]
    public void Vpn_on_forwarding_gateway_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.Forwarding(vmNetwork: n => n.SiteToSiteVpn("157.56.20.10", s => s.RemoteSubnets("172.16.1.0/24").PreSharedKey("Tenant PSK"))), Id);

        Assert.Contains("uses a site-to-site VPN (SiteToSiteVpn)", v.Message);
        Assert.Equal("VmNetwork(\"Datacenter-Bridge\") › SiteToSiteVpn(\"157.56.20.10\")", v.Location);
    }

    [Fact]
    public void Forwarding_mode_on_the_nat_and_vpn_baseline_Triggers_for_each()
    {
        var definition = TestGateways.NonForwarding().DirectRoutingMode().FrontEndServerAddress("131.107.10.5");

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(2, violations.Count);
        Assert.Equal(
            new[] { "VmNetwork(\"Tenant-A\") › SiteToSiteVpn(\"157.56.20.10\")", "VmNetwork(\"Tenant-B\") › Nat(...)" },
            violations.Select(v => v.Location).ToArray());
        Assert.All(violations, v => Assert.Contains("Replace it with DirectRouting()", v.Message));
    }

    [Fact]
    public void Nat_with_forwarding_mode_turned_off_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().DirectRoutingMode(false), Id);
}
