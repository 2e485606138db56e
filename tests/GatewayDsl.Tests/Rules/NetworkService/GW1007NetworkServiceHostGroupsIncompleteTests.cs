using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.NetworkService;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.NetworkService;

public sealed class GW1007NetworkServiceHostGroupsIncompleteTests
{
    private const string Id = "GW1007";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Theory]
    [InlineData("All Hosts\\Edge", "All Hosts\\Edge", "All Hosts\\Edge")]
    [InlineData("All Hosts", "All Hosts\\Edge", "All Hosts\\Backend")]
    [InlineData("ALL HOSTS\\edge", "All Hosts\\Edge", "all hosts\\EDGE")]
    [InlineData("All Hosts\\", "All Hosts\\Edge", "All Hosts\\Edge\\Rack1")]
    [InlineData("All Hosts\\Edge", "All Hosts\\Edge\\", "All Hosts\\Edge\\Rack1")]
    [InlineData("Edge", "All Hosts\\Edge", "All Hosts\\Edge\\Rack1")] // VMM roots a relative path at All Hosts, as GW2009 reads it
    [InlineData("All Hosts", "Edge", "Backend\\Rack1")]
    public void Service_host_groups_that_cover_both_sites_DoNotTrigger(string serviceGroup, string frontGroup, string backGroup) =>
        ViolationAssert.DoesNotReport(Define(new[] { serviceGroup }, frontGroup, backGroup), Id);

    [Fact]
    public void Site_host_group_outside_the_service_Triggers()
    {
        var violation = ViolationAssert.ReportsOnce(Define(new[] { "All Hosts\\Edge" }, "All Hosts\\Edge", "All Hosts\\Backend"), Id);

        Assert.Equal(
            "The network service's host groups ('All Hosts\\Edge') do not include 'All Hosts\\Backend', the host group of the back-end site 'NV-Site'; "
            + "VMM only lets the service connect to sites in its host groups. Add 'All Hosts\\Backend' (or a parent host group) to HostGroups(...).",
            violation.Message);
        Assert.Equal("NetworkService(\"Contoso Gateway\") › HostGroups(paths)", violation.Location);
        Assert.Equal(GatewaySeverity.Error, violation.Severity);
    }

    [Fact]
    public void Sibling_with_a_common_name_prefix_does_not_cover()
    {
        var violation = ViolationAssert.ReportsOnce(Define(new[] { "All Hosts\\Edge" }, "All Hosts\\Edge2", "All Hosts\\Edge"), Id);

        Assert.Contains("do not include 'All Hosts\\Edge2', the host group of the front-end site 'External-Site'", violation.Message);
    }

    [Fact]
    public void Child_host_group_does_not_cover_its_parent()
    {
        var violation = ViolationAssert.ReportsOnce(Define(new[] { "All Hosts\\Edge" }, "All Hosts", "All Hosts\\Edge"), Id);

        Assert.Contains("do not include 'All Hosts'", violation.Message);
    }

    [Fact]
    public void Host_group_missing_for_both_sites_Triggers_once_naming_both()
    {
        var violation = ViolationAssert.ReportsOnce(Define(new[] { "All Hosts\\Other" }, "All Hosts\\Edge", "all hosts\\edge"), Id);

        Assert.Contains("the host group of the front-end site 'External-Site' and the back-end site 'NV-Site'", violation.Message);
    }

    [Fact]
    public void Each_uncovered_host_group_Triggers_once()
    {
        var definition = TestGateways.NonForwarding(
            nvSite: s => s.HostGroup("All Hosts\\Backend"),
            externalSite: s => s.HostGroup("All Hosts\\Perimeter").HostGroup("All Hosts\\Backend"));

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Message.Contains("'All Hosts\\Perimeter', the host group of the front-end site 'External-Site';"));
        Assert.Contains(violations, v => v.Message.Contains("'All Hosts\\Backend', the host group of the front-end site 'External-Site' and the back-end site 'NV-Site';"));
    }

    [Fact]
    public void Host_groups_over_several_calls_are_combined()
    {
        var definition = TestGateways.NonForwarding(nvSite: s => s.HostGroup("All Hosts\\Backend"), networkService: ns => ns.HostGroups("All Hosts\\Backend"));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Host_group_of_a_site_that_is_not_connected_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(infraSite: s => s.HostGroup("All Hosts\\Management")), Id);

    [Fact]
    public void Connection_to_a_site_that_does_not_exist_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(networkService: ns => ns.FrontEnd("No-Such-Site").BackEnd(null!)), Id);

    [Fact]
    public void Service_without_host_groups_DoesNotTrigger_because_GW0004_reports_it()
    {
        var definition = Define(System.Array.Empty<string>(), "All Hosts\\Edge", "All Hosts\\Edge");

        ViolationAssert.DoesNotReport(definition, Id);
        ViolationAssert.Reports(definition, "GW0004");
    }

    [Fact]
    public void Null_and_empty_host_groups_do_not_throw_and_cover_nothing()
    {
        var definition = Define(new string[] { null!, string.Empty }, "All Hosts\\Edge", null!);

        var violation = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("('', '') do not include 'All Hosts\\Edge'", violation.Message);
    }

    [Fact]
    public void Unknown_service_host_group_DoesNotTrigger()
    {
        var site = new NetworkSiteSpec(4, new Setting<string?>("Ext", 4, "name"), EquatableArray.Create(new Setting<string?>("All Hosts\\Edge", 4, "hostGroup")), default, default, null);
        var spec = new GatewaySpec
        {
            RootStepId = 1,
            LogicalNetworks = EquatableArray.Create(new LogicalNetworkSpec(3, NetworkRole.External, new Setting<string?>("External", 3, "name"), null, EquatableArray.Create(site))),
            NetworkService = new NetworkServiceSpec(
                5,
                new Setting<string?>("Svc", 5, "name"),
                null,
                EquatableArray.Create(new Setting<string?>("All Hosts\\Other", 6, "paths") { Index = 0 }, new Setting<string?>(null, 6, "paths", IsKnown: false) { Index = 1 }),
                new Setting<string?>("Ext", 7, "site"),
                null,
                null),
        };

        Assert.Empty(new NetworkServiceHostGroupsIncompleteRule().Check(spec));
        var known = spec with { NetworkService = spec.NetworkService with { HostGroups = EquatableArray.Create(spec.NetworkService.HostGroups[0]) } };
        Assert.Single(new NetworkServiceHostGroupsIncompleteRule().Check(known));
    }

    /// <summary>A network service with <paramref name="serviceGroups"/>, connected to an External and an NV site in the given host groups.</summary>
    private static GatewayDefinition Define(string[] serviceGroups, string frontGroup, string backGroup) =>
        Gateway.Named("CONTOSO-GW01")
            .NetworkVirtualization("Network Virtualization", n => n.Site("NV-Site", backGroup, s => s.Subnet("10.10.0.0/16").StaticPool("10.10.0.10", "10.10.255.200", "10.10.0.1", 10)))
            .External("External", n => n.Site("External-Site", frontGroup, s => s.Subnet("131.107.10.0/24").StaticPool("131.107.10.10", "131.107.10.99", "131.107.10.1", 10)))
            .NetworkService("Contoso Gateway", ns => ns.HostGroups(serviceGroups).FrontEnd("External-Site").BackEnd("NV-Site"));
}
