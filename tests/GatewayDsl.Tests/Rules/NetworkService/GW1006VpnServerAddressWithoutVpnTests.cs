using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.NetworkService;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.NetworkService;

public sealed class GW1006VpnServerAddressWithoutVpnTests
{
    private const string Id = "GW1006";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Vpn_server_address_with_a_VPN_tenant_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().VpnServerAddress("131.107.10.60"), Id);

    [Fact]
    public void Vpn_server_address_without_a_VPN_tenant_Triggers_as_info()
    {
        var violation = ViolationAssert.ReportsOnce(TestGateways.Forwarding().VpnServerAddress("131.107.20.6"), Id);

        Assert.Equal(GatewaySeverity.Info, violation.Severity);
        Assert.StartsWith("VPNServerAddress '131.107.20.6' is set, but no VM network uses site-to-site VPN", violation.Message);
        Assert.Contains("Remove VpnServerAddress(...)", violation.Message);
        Assert.Equal("VpnServerAddress(...)", violation.Location);
    }

    [Fact]
    public void Vpn_server_address_without_any_VM_network_Triggers() =>
        ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO-GW01").VpnServerAddress("2001:db8::6"), Id);

    [Fact]
    public void Nat_tenant_only_Triggers() =>
        ViolationAssert.ReportsOnce(
            Gateway.Named("CONTOSO-GW01").VpnServerAddress("131.107.10.60").VmNetwork("Tenant-B", v => v.Nat(n => n.ExternalPool("External Pool"))),
            Id);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("vpn.contoso.com")]
    [InlineData(" 131.107.20.6")]
    public void Address_that_is_not_a_valid_IP_DoesNotTrigger(string? address) =>
        ViolationAssert.DoesNotReport(TestGateways.Forwarding().VpnServerAddress(address!), Id);

    [Fact]
    public void Unknown_address_DoesNotTrigger()
    {
        var spec = new GatewaySpec { RootStepId = 1, VpnServerAddress = new Setting<string?>(null, 2, "address", IsKnown: false) };

        Assert.Empty(new VpnServerAddressWithoutVpnRule().Check(spec));
    }
}
