using System;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Connectivity;

public sealed class GW5004SiteToSiteVpnNeedsTenantDetailsTests
{
    private const string Id = "GW5004";

    /// <summary>The valid baseline plus a VM network 'Tenant-C' with the given VPN.</summary>
    private static GatewayDefinition WithVpn(string remoteEndpoint, Action<SiteToSiteVpnBuilder> configure) =>
        TestGateways.NonForwarding().VmNetwork("Tenant-C", n => n.Subnet("10.3.0.0/24").SiteToSiteVpn(remoteEndpoint, configure));

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Complete_vpn_with_certificate_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(WithVpn("157.56.20.11", s => s.RemoteSubnets("172.16.3.0/24").Certificate("CN=tenant-c.fabrikam.com")), Id);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Empty_remote_endpoint_Triggers(string? endpoint)
    {
        var v = ViolationAssert.ReportsOnce(WithVpn(endpoint!, s => s.RemoteSubnets("172.16.3.0/24").PreSharedKey("Tenant-C PSK")), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("VPN of VM network 'Tenant-C' has an empty remote endpoint", v.Message);
        Assert.Equal("VmNetwork(\"Tenant-C\") › SiteToSiteVpn(remoteEndpoint)", v.Location);
    }

    [Fact]
    public void Unparsable_remote_endpoint_DoesNotTrigger() =>
        // Syntax is GW2007's finding.
        ViolationAssert.DoesNotReport(WithVpn("157.56.20", s => s.RemoteSubnets("172.16.3.0/24").PreSharedKey("Tenant-C PSK")), Id);

    [Fact]
    public void No_remote_subnets_and_no_bgp_Triggers_on_the_vpn()
    {
        var v = ViolationAssert.ReportsOnce(WithVpn("157.56.20.11", s => s.PreSharedKey("Tenant-C PSK")), Id);

        Assert.Contains("names no remote subnets and no BGP peers", v.Message);
        Assert.Equal("VmNetwork(\"Tenant-C\") › SiteToSiteVpn(\"157.56.20.11\")", v.Location);
    }

    [Fact]
    public void Empty_RemoteSubnets_call_Triggers() =>
        ViolationAssert.ReportsOnce(WithVpn("157.56.20.11", s => s.RemoteSubnets().PreSharedKey("Tenant-C PSK")), Id);

    [Fact]
    public void Bgp_without_peers_and_no_subnets_Triggers() =>
        ViolationAssert.ReportsOnce(WithVpn("157.56.20.11", s => s.PreSharedKey("Tenant-C PSK").Bgp(65030)), Id);

    [Fact]
    public void Bgp_peers_instead_of_remote_subnets_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(WithVpn("157.56.20.11", s => s.PreSharedKey("Tenant-C PSK").Bgp(65030, b => b.Peer("172.16.3.1", 65040))), Id);

    [Fact]
    public void No_authentication_Triggers_on_the_vpn()
    {
        var v = ViolationAssert.ReportsOnce(WithVpn("157.56.20.11", s => s.RemoteSubnets("172.16.3.0/24")), Id);

        Assert.Contains("has no authentication", v.Message);
        Assert.Contains("PreSharedKey(", v.Message);
        Assert.Contains("Certificate(", v.Message);
        Assert.Equal("VmNetwork(\"Tenant-C\") › SiteToSiteVpn(\"157.56.20.11\")", v.Location);
    }

    [Fact]
    public void Pre_shared_key_and_certificate_Triggers_on_the_later_call()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(vpn: s => s.Certificate("CN=tenant-a.fabrikam.com")), Id);

        Assert.Contains("gives both a pre-shared key and a certificate", v.Message);
        Assert.Contains("PSKOnly or MachineCertificates", v.Message);
        Assert.EndsWith("Certificate(...)", v.Location);
    }

    [Fact]
    public void Certificate_then_pre_shared_key_Triggers_on_the_pre_shared_key()
    {
        var v = ViolationAssert.ReportsOnce(WithVpn("157.56.20.11", s => s.RemoteSubnets("172.16.3.0/24").Certificate("CN=c").PreSharedKey("Tenant-C PSK")), Id);

        Assert.EndsWith("PreSharedKey(...)", v.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Pre_shared_key_without_account_Triggers(string? account)
    {
        var v = ViolationAssert.ReportsOnce(WithVpn("157.56.20.11", s => s.RemoteSubnets("172.16.3.0/24").PreSharedKey(account!, Secret.FromEnvironment("TENANT_C_PSK"))), Id);

        Assert.Contains("names no Run As account", v.Message);
        Assert.EndsWith("PreSharedKey(runAsAccount)", v.Location);
    }

    [Fact]
    public void Certificate_without_subject_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(WithVpn("157.56.20.11", s => s.RemoteSubnets("172.16.3.0/24").Certificate(" ")), Id);

        Assert.Contains("uses a certificate but names none", v.Message);
        Assert.EndsWith("Certificate(subject)", v.Location);
    }

    [Fact]
    public void Vpn_missing_everything_Triggers_for_each_item()
    {
        var violations = ViolationAssert.Reports(WithVpn("", s => { }), Id);

        Assert.Equal(3, violations.Count);
    }

    [Fact]
    public void Unnamed_vm_network_Triggers_with_generic_wording()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().VmNetwork(null!, n => n.SiteToSiteVpn("157.56.20.11", s => s.Certificate("CN=c"))), Id);

        Assert.StartsWith("A site-to-site VPN names no remote subnets", v.Message);
    }
}
