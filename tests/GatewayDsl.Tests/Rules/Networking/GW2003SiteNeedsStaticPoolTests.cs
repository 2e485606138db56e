using System;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Networking;

/// <summary>GW2003: every network site has a static IP pool; only Infrastructure may use DHCP instead.</summary>
public sealed class GW2003SiteNeedsStaticPoolTests
{
    private const string Id = "GW2003";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_with_dhcp_on_infrastructure_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void External_site_without_pool_Triggers_at_site_call()
    {
        var definition = Networks(external: n => n.Site("External-Site-2", "All Hosts\\Edge", s => s.Subnet("131.107.11.0/24")));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("Network site 'External-Site-2' of the logical network 'External' (External / front-end) has no static IP pool", v.Message);
        Assert.Contains("only the Infrastructure network may use DHCP", v.Message);
        Assert.Contains(".StaticPool(rangeStart, rangeEnd, gateway, metric)", v.Message);
        Assert.Equal("External(\"External\") › Site(\"External-Site-2\")", v.Location);
    }

    [Fact]
    public void Network_virtualization_site_without_pool_Triggers()
    {
        var definition = Networks(networkVirtualization: n => n.Site("NV-Site-2", "All Hosts\\Edge", s => s.Subnet("10.11.0.0/16", vlan: 13)));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("'NV-Site-2'", v.Message);
        Assert.Contains("network virtualization / back-end network needs one", v.Message);
    }

    [Fact]
    public void Infrastructure_site_without_pool_or_dhcp_Triggers_offering_both_fixes()
    {
        var definition = Networks(infrastructure: n => n.Site("Infra-Site-2", "All Hosts\\Edge", s => s.Subnet("192.168.11.0/24")));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("Network site 'Infra-Site-2'", v.Message);
        Assert.Contains("neither a static IP pool nor DHCP", v.Message);
        Assert.Contains(".UsesDhcp()", v.Message);
        Assert.Equal("Infrastructure(\"Infrastructure\") › Site(\"Infra-Site-2\")", v.Location);
    }

    [Fact]
    public void Infrastructure_site_with_dhcp_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(Networks(infrastructure: n => n.Site("Infra-Site-2", "All Hosts\\Edge", s => s.Subnet("192.168.11.0/24").UsesDhcp())), Id);

    [Fact]
    public void External_site_using_dhcp_Triggers_at_UsesDhcp_call()
    {
        var definition = TestGateways.NonForwarding(externalSite: s => s.UsesDhcp());

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("Network site 'External-Site' of the logical network 'External' (External / front-end) uses DHCP", v.Message);
        Assert.Contains("only the Infrastructure / management network may", v.Message);
        Assert.EndsWith("Remove UsesDhcp().", v.Message);
        Assert.Equal("External(\"External\") › Site(\"External-Site\") › UsesDhcp(...)", v.Location);
    }

    [Fact]
    public void Network_virtualization_site_using_dhcp_instead_of_pool_Triggers_once_at_UsesDhcp_call()
    {
        var definition = Networks(networkVirtualization: n => n.Site("NV-Site-2", "All Hosts\\Edge", s => s.Subnet("10.11.0.0/16").UsesDhcp()));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("'NV-Site-2'", v.Message);
        Assert.Contains("Remove UsesDhcp() and add .StaticPool(", v.Message);
        Assert.Equal("NetworkVirtualization(\"Network Virtualization\") › Site(\"NV-Site-2\") › UsesDhcp(...)", v.Location);
    }

    [Fact]
    public void Infrastructure_site_with_pool_and_dhcp_Triggers_as_contradiction()
    {
        var definition = TestGateways.NonForwarding(infraSite: s => s.UsesDhcp());

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("Network site 'Infra-Site'", v.Message);
        Assert.Contains("has a static IP pool and also UsesDhcp(); choose one", v.Message);
        Assert.Equal("Infrastructure(\"Infrastructure\") › Site(\"Infra-Site\") › UsesDhcp(...)", v.Location);

        // The pool wins for the settings that depend on it: the reserved cluster address stays valid, no GW2006.
        ViolationAssert.DoesNotReport(definition, "GW2005");
        ViolationAssert.DoesNotReport(definition, "GW2006");
    }

    [Fact]
    public void Site_with_null_name_Triggers_without_exception()
    {
        var definition = Networks(external: n => n.Site(null!, "All Hosts\\Edge", s => { }));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.StartsWith("A network site of the logical network 'External'", v.Message);
    }

    [Fact]
    public void Each_bare_site_Triggers_in_definition_order()
    {
        var definition = Networks(
            networkVirtualization: n => n.Site("NV-Site-2", "All Hosts\\Edge", s => { }),
            external: n => n.Site("External-Site-2", "All Hosts\\Edge", s => { }));

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(2, violations.Count);
        Assert.Contains("'NV-Site-2'", violations[0].Message);
        Assert.Contains("'External-Site-2'", violations[1].Message);
    }

    /// <summary>The procedure's three networks with one valid site each; each hook adds calls (e.g. more sites) inside one network.</summary>
    private static GatewayDefinition Networks(
        Action<LogicalNetworkBuilder>? networkVirtualization = null,
        Action<LogicalNetworkBuilder>? external = null,
        Action<LogicalNetworkBuilder>? infrastructure = null) =>
        Gateway.Named("CONTOSO-GW01")
            .NetworkVirtualization("Network Virtualization", n =>
            {
                n.Site("NV-Site", "All Hosts\\Edge", s => s.Subnet("10.10.0.0/16", vlan: 12).StaticPool("10.10.0.10", "10.10.255.200", "10.10.0.1", metric: 10));
                networkVirtualization?.Invoke(n);
            })
            .External("External", n =>
            {
                n.Site("External-Site", "All Hosts\\Edge", s => s.Subnet("131.107.10.0/24").StaticPool("131.107.10.10", "131.107.10.99", "131.107.10.1", metric: 10));
                external?.Invoke(n);
            })
            .Infrastructure("Infrastructure", n =>
            {
                n.Site("Infra-Site", "All Hosts\\Edge", s => s.Subnet("192.168.10.0/24").StaticPool("192.168.10.10", "192.168.10.99", "192.168.10.1", metric: 20));
                infrastructure?.Invoke(n);
            });
}
