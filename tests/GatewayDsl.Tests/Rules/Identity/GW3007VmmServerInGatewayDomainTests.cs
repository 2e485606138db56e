using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.Identity;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Identity;

/// <summary>GW3007: an Internet-facing gateway's host cluster domain should not be the VMM server's domain (R39).</summary>
public sealed class GW3007VmmServerInGatewayDomainTests
{
    private const string Id = "GW3007";

    [Fact]
    public void Vpn_gateway_with_vmm_server_in_the_same_domain_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().VmmServerInDomain("contoso.com"), Id);

        Assert.Equal(
            "The gateway faces untrusted networks (VM network 'Tenant-A' uses site-to-site VPN), but the VMM server's domain 'contoso.com' "
            + "(VmmServerInDomain) is the same domain the host cluster and the gateway VMs join ('contoso.com', InDomain). "
            + "Put the host cluster and the VMM server in two domains without a trust relationship.",
            v.Message);
        Assert.Equal("VmmServerInDomain(fqdn)", v.Location);
        Assert.Equal(GatewaySeverity.Warning, v.Severity);
    }

    [Theory]
    [InlineData("CONTOSO.COM")]
    [InlineData("contoso.com.")]
    public void Same_domain_in_another_spelling_Triggers(string vmmDomain) =>
        ViolationAssert.ReportsOnce(TestGateways.NonForwarding().VmmServerInDomain(vmmDomain), Id);

    [Fact]
    public void Vmm_server_in_a_child_domain_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().VmmServerInDomain("fabric.contoso.com"), Id);
        Assert.Contains("'fabric.contoso.com' (VmmServerInDomain) is a child of the domain", v.Message);
        Assert.Contains("trust each other automatically", v.Message);
    }

    [Fact]
    public void Vmm_server_in_the_parent_domain_Triggers()
    {
        var definition = TestGateways.NonForwarding().InDomain("edge.fabrikam.com").VmmServerInDomain("fabrikam.com");
        var v = ViolationAssert.ReportsOnce(definition, Id);
        Assert.Contains("is the parent of the domain", v.Message);
    }

    [Fact]
    public void Internet_routable_external_subnet_Triggers_without_vpn()
    {
        // The forwarding baseline has no VPN, but its External subnet 131.107.20.0/24 is Internet-routable.
        var v = ViolationAssert.ReportsOnce(TestGateways.Forwarding().VmmServerInDomain("contoso.com"), Id);
        Assert.Contains("the External subnet '131.107.20.0/24' is Internet-routable", v.Message);
    }

    [Theory]
    [InlineData("fabric.fabrikam.com")]
    [InlineData("notcontoso.com")]
    [InlineData("contoso.com.fabrikam.com")]
    [InlineData("contoso..com")] // invalid: GW3004's
    [InlineData("")]
    [InlineData(null)]
    public void Separate_or_invalid_vmm_server_domain_DoesNotTrigger(string? vmmDomain) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().VmmServerInDomain(vmmDomain!), Id);

    [Fact]
    public void Vmm_server_domain_not_given_DoesNotTrigger()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .InDomain("contoso.com")
            .VmNetwork("Tenant-A", v => v.SiteToSiteVpn("157.56.20.10", s => s.RemoteSubnets("172.16.1.0/24")));
        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Private_front_end_without_vpn_DoesNotTrigger()
    {
        ViolationAssert.DoesNotReport(Private("10.30.0.0/24"), Id);
    }

    [Fact]
    public void Unparsable_external_subnet_without_vpn_DoesNotTrigger()
    {
        ViolationAssert.DoesNotReport(Private("131.107.30.0"), Id);
        ViolationAssert.DoesNotReport(Private(null), Id);
    }

    [Fact]
    public void Public_external_subnet_after_a_private_one_Triggers()
    {
        var definition = Private("10.30.0.0/24", s => s.Subnet("131.107.30.0/24"));
        var v = ViolationAssert.ReportsOnce(definition, Id);
        Assert.Contains("'131.107.30.0/24'", v.Message);
    }

    [Fact]
    public void Missing_domain_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(
            Gateway.Named("CONTOSO-GW01")
                .VmmServerInDomain("contoso.com")
                .VmNetwork("Tenant-A", v => v.SiteToSiteVpn("157.56.20.10", s => s.RemoteSubnets("172.16.1.0/24"))),
            Id);

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Violation_adds_the_domain_and_the_vpn_call_as_additional_locations()
    {
        var vpn = new ConnectivitySpec(20, ConnectivityKind.SiteToSiteVpn, null, null);
        var spec = new GatewaySpec
        {
            RootStepId = 1,
            Domain = new Setting<string?>("contoso.com", 2, "fqdn"),
            VmmServerDomain = new Setting<string?>("contoso.com", 3, "fqdn"),
            VmNetworks = EquatableArray.Create(new VmNetworkSpec(19, new Setting<string?>("Tenant-A", 19, "name"), default, EquatableArray.Create(vpn))),
        };

        var v = Assert.Single(new VmmServerInGatewayDomainRule().Check(spec));
        Assert.Equal(new SourceRef(3, "fqdn"), v.Location);
        Assert.Equal(new[] { new SourceRef(2, "fqdn"), SourceRef.Call(20) }, v.AdditionalLocations);
    }

    [Fact]
    public void Unknown_domains_DoNotTrigger()
    {
        var vpn = new ConnectivitySpec(20, ConnectivityKind.SiteToSiteVpn, null, null);
        var spec = new GatewaySpec
        {
            Domain = new Setting<string?>(null, 2, "fqdn", IsKnown: false),
            VmmServerDomain = new Setting<string?>(null, 3, "fqdn", IsKnown: false),
            VmNetworks = EquatableArray.Create(new VmNetworkSpec(19, new Setting<string?>("Tenant-A", 19, "name"), default, EquatableArray.Create(vpn))),
        };

        Assert.Empty(new VmmServerInGatewayDomainRule().Check(spec));
    }

    /// <summary>A gateway without VPN whose VMM server shares its domain, with one External subnet (and optional more).</summary>
    private static GatewayDefinition Private(string? externalCidr, System.Action<NetworkSiteBuilder>? more = null) =>
        Gateway.Named("CONTOSO-GW01")
            .InDomain("contoso.com")
            .VmmServerInDomain("contoso.com")
            .External("External", n => n.Site("External-Site", "All Hosts\\Edge", s =>
            {
                s.Subnet(externalCidr!);
                more?.Invoke(s);
            }))
            .VmNetwork("Tenant-B", v => v.Subnet("10.2.0.0/24").Nat(n => n.ExternalPool("External Pool")));
}
