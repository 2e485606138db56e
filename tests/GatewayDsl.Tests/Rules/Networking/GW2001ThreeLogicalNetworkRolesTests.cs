using System;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Networking;

/// <summary>GW2001: each logical-network role exactly once, each with at least one network site.</summary>
public sealed class GW2001ThreeLogicalNetworkRolesTests
{
    private const string Id = "GW2001";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Missing_infrastructure_network_Triggers_at_root_call()
    {
        var definition = Networks(infrastructure: false);

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("no Infrastructure / management logical network", v.Message);
        Assert.Contains(".Infrastructure(\"name\"", v.Message);
        Assert.Equal("Named(\"CONTOSO-GW01\")", v.Location);
    }

    [Fact]
    public void Missing_external_network_Triggers_at_root_call()
    {
        var v = ViolationAssert.ReportsOnce(Networks(external: false), Id);

        Assert.Contains("no External / front-end logical network", v.Message);
        Assert.Equal("Named(\"CONTOSO-GW01\")", v.Location);
    }

    [Fact]
    public void Missing_network_virtualization_network_Triggers_at_root_call()
    {
        var v = ViolationAssert.ReportsOnce(Networks(networkVirtualization: false), Id);

        Assert.Contains("no network virtualization / back-end logical network", v.Message);
        Assert.Equal("Named(\"CONTOSO-GW01\")", v.Location);
    }

    [Fact]
    public void No_logical_network_at_all_Triggers_once_per_role()
    {
        var violations = ViolationAssert.Reports(Gateway.Named("CONTOSO-GW01"), Id);

        Assert.Equal(3, violations.Count);
        Assert.All(violations, v => Assert.Equal("Named(\"CONTOSO-GW01\")", v.Location));
        Assert.Single(violations, v => v.Message.Contains("no network virtualization / back-end", StringComparison.Ordinal));
        Assert.Single(violations, v => v.Message.Contains("no External / front-end", StringComparison.Ordinal));
        Assert.Single(violations, v => v.Message.Contains("no Infrastructure / management", StringComparison.Ordinal));
    }

    [Fact]
    public void Second_external_network_Triggers_at_second_call()
    {
        var definition = TestGateways.NonForwarding()
            .External("External 2", n => n.Site("External-Site-2", "All Hosts\\Edge", s => s
                .Subnet("131.107.11.0/24")
                .StaticPool("131.107.11.10", "131.107.11.99", gateway: "131.107.11.1", metric: 10)));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("logical network 'External 2' (External / front-end) is a second External / front-end network", v.Message);
        Assert.Contains("after the logical network 'External'", v.Message);
        Assert.Equal("External(\"External 2\")", v.Location);
    }

    [Fact]
    public void Second_network_without_sites_Triggers_only_as_duplicate()
    {
        var definition = TestGateways.NonForwarding().Infrastructure("Management", n => { });

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("'Management'", v.Message);
        Assert.Contains("second Infrastructure / management network", v.Message);
        Assert.Equal("Infrastructure(\"Management\")", v.Location);
    }

    [Fact]
    public void Three_networks_of_one_role_Trigger_on_each_extra_call()
    {
        var definition = TestGateways.NonForwarding()
            .NetworkVirtualization("NV 2", n => { })
            .NetworkVirtualization("NV 3", n => { });

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(2, violations.Count);
        Assert.Contains("'NV 2'", violations[0].Message);
        Assert.Contains("'NV 3'", violations[1].Message);
    }

    [Fact]
    public void Network_without_sites_Triggers_at_its_call()
    {
        var definition = Networks(networkVirtualizationSites: n => { });

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("logical network 'Network Virtualization' (network virtualization / back-end) has no network site", v.Message);
        Assert.Contains(".Site(", v.Message);
        Assert.Equal("NetworkVirtualization(\"Network Virtualization\")", v.Location);
    }

    [Fact]
    public void Network_with_null_name_and_no_sites_Triggers_without_exception()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .NetworkVirtualization("Network Virtualization", Site("NV-Site", "10.10.0.0/16", "10.10.0.10", "10.10.0.1"))
            .External("External", Site("External-Site", "131.107.10.0/24", "131.107.10.10", "131.107.10.1"))
            .Infrastructure(null!, n => { });

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("The Infrastructure / management logical network has no network site", v.Message);
    }

    [Fact]
    public void Empty_names_are_still_distinct_roles_DoesNotTrigger()
    {
        // Names are not this rule's business: three roles with a site each are complete.
        var definition = Gateway.Named("CONTOSO-GW01")
            .NetworkVirtualization(string.Empty, Site("NV-Site", "10.10.0.0/16", "10.10.0.10", "10.10.0.1"))
            .External(string.Empty, Site("External-Site", "131.107.10.0/24", "131.107.10.10", "131.107.10.1"))
            .Infrastructure(string.Empty, Site("Infra-Site", "192.168.10.0/24", "192.168.10.10", "192.168.10.1"));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Order_of_roles_does_not_matter_DoesNotTrigger()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .Infrastructure("Infrastructure", Site("Infra-Site", "192.168.10.0/24", "192.168.10.10", "192.168.10.1"))
            .External("External", Site("External-Site", "131.107.10.0/24", "131.107.10.10", "131.107.10.1"))
            .NetworkVirtualization("Network Virtualization", Site("NV-Site", "10.10.0.0/16", "10.10.0.10", "10.10.0.1"));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    /// <summary>The procedure's three networks with one site each; a role can be left out or configured differently.</summary>
    private static GatewayDefinition Networks(
        bool networkVirtualization = true,
        bool external = true,
        bool infrastructure = true,
        Action<LogicalNetworkBuilder>? networkVirtualizationSites = null)
    {
        var definition = Gateway.Named("CONTOSO-GW01");
        if (networkVirtualization)
        {
            definition.NetworkVirtualization("Network Virtualization", networkVirtualizationSites ?? Site("NV-Site", "10.10.0.0/16", "10.10.0.10", "10.10.0.1"));
        }

        if (external)
        {
            definition.External("External", Site("External-Site", "131.107.10.0/24", "131.107.10.10", "131.107.10.1"));
        }

        if (infrastructure)
        {
            definition.Infrastructure("Infrastructure", Site("Infra-Site", "192.168.10.0/24", "192.168.10.10", "192.168.10.1"));
        }

        return definition;
    }

    private static Action<LogicalNetworkBuilder> Site(string name, string cidr, string start, string gateway) =>
        n => n.Site(name, "All Hosts\\Edge", s => s.Subnet(cidr).StaticPool(start, start, gateway, metric: 10));
}
