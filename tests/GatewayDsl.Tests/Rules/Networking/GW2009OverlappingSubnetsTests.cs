using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;
using GatewayDsl.Core.Validation;
using GatewayDsl.Tests.Infrastructure;
using Xunit;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Tests.Rules.Networking;

public sealed class GW2009OverlappingSubnetsTests
{
    private const string Id = "GW2009";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Overlap_in_the_same_host_group_Triggers_on_the_later_subnet()
    {
        // External-Site is declared after NV-Site, both in All Hosts\Edge; 10.10.5.0/24 lies inside NV's 10.10.0.0/16.
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(externalSite: s => s.Subnet("10.10.5.0/24", vlan: 15)), Id);

        Assert.Contains("Subnet '10.10.5.0/24' of network site 'External-Site' overlaps subnet '10.10.0.0/16' of network site 'NV-Site'", v.Message);
        Assert.Contains("both are in host group 'All Hosts\\Edge'", v.Message);
        Assert.Contains("Site(\"External-Site\")", v.Location);
        Assert.EndsWith("Subnet(cidr)", v.Location);
        Assert.Equal(GatewaySeverity.Error, v.Severity);
    }

    [Fact]
    public void Overlap_with_a_child_host_group_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TwoSites("All Hosts", "10.0.0.0/16", "All Hosts\\Edge", "10.0.1.0/24"), Id);

        Assert.Contains("host group 'All Hosts\\Edge' is a child of 'All Hosts'", v.Message);
        Assert.Contains("Site(\"Infra-Site\")", v.Location);
    }

    [Fact]
    public void Overlap_with_a_parent_host_group_declared_later_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TwoSites("All Hosts\\Edge\\Rack1", "10.0.1.0/24", "All Hosts\\Edge", "10.0.0.0/16"), Id);

        Assert.Contains("host group 'All Hosts\\Edge\\Rack1' is a child of 'All Hosts\\Edge'", v.Message);
    }

    [Fact]
    public void Overlap_in_sibling_host_groups_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TwoSites("All Hosts\\Edge", "10.0.0.0/16", "All Hosts\\Datacenter", "10.0.1.0/24"), Id);

    [Fact]
    public void Host_group_whose_name_extends_another_is_not_its_child_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TwoSites("All Hosts\\Edge", "10.0.0.0/16", "All Hosts\\Edge2", "10.0.1.0/24"), Id);

    [Theory]
    [InlineData("all hosts\\edge", "All Hosts\\Edge")]
    [InlineData("All Hosts\\Edge\\", "All Hosts\\Edge")]
    [InlineData(" All Hosts \\ Edge ", "All Hosts\\Edge")]
    [InlineData("Edge", "All Hosts\\Edge")]
    [InlineData("Edge", "All Hosts")]
    public void Host_groups_compared_as_VMM_paths_Trigger(string first, string second) =>
        ViolationAssert.ReportsOnce(TwoSites(first, "10.0.0.0/16", second, "10.0.1.0/24"), Id);

    [Fact]
    public void Adjacent_subnets_DoNotTrigger() =>
        ViolationAssert.DoesNotReport(TwoSites("All Hosts", "10.0.0.0/24", "All Hosts", "10.0.1.0/24"), Id);

    [Fact]
    public void IPv4_and_IPv6_subnets_DoNotTrigger() =>
        ViolationAssert.DoesNotReport(TwoSites("All Hosts", "0.0.0.0/0", "All Hosts", "::/0"), Id);

    [Fact]
    public void Identical_subnets_Trigger()
    {
        var v = ViolationAssert.ReportsOnce(TwoSites("All Hosts", "10.0.0.0/24", "All Hosts", "10.0.0.0/24"), Id);

        Assert.Contains("is the same subnet as subnet '10.0.0.0/24'", v.Message);
    }

    [Fact]
    public void Overlap_within_one_site_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(infraSite: s => s.Subnet("192.168.10.128/25")), Id);

        Assert.Contains("Subnet '192.168.10.128/25' of network site 'Infra-Site' overlaps subnet '192.168.10.0/24' in the same network site 'Infra-Site'", v.Message);
    }

    [Fact]
    public void Three_mutually_overlapping_subnets_Trigger_once_per_pair()
    {
        var definition = TestGateways.NonForwarding(infraSite: s => s.Subnet("192.168.10.0/25").Subnet("192.168.10.0/26"));

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(3, violations.Count);
        Assert.Single(violations, v => v.Message.StartsWith("Subnet '192.168.10.0/25'") && v.Message.Contains("subnet '192.168.10.0/24'"));
        Assert.Single(violations, v => v.Message.StartsWith("Subnet '192.168.10.0/26'") && v.Message.Contains("subnet '192.168.10.0/24'"));
        Assert.Single(violations, v => v.Message.StartsWith("Subnet '192.168.10.0/26'") && v.Message.Contains("subnet '192.168.10.0/25'"));
    }

    [Fact]
    public void Overlap_through_an_additional_host_group_Triggers()
    {
        var definition = Gateway.Named("GW01")
            .NetworkVirtualization("Network Virtualization", n => n.Site("NV-Site", "All Hosts\\Edge", s => s.HostGroup("All Hosts\\Datacenter").Subnet("10.0.0.0/16")))
            .Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts\\Datacenter", s => s.Subnet("10.0.1.0/24")));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("both are in host group 'All Hosts\\Datacenter'", v.Message);
    }

    [Fact]
    public void Vm_network_subnets_overlapping_site_subnets_DoNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().VmNetwork("Tenant-C", v => v.Subnet("10.10.1.0/24").Subnet("10.10.0.0/16").DirectRouting()), Id);

    [Fact]
    public void Unparsable_subnets_DoNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(nvSite: s => s.Subnet("10.10.0.0/33").Subnet("10.10.0.5/16")), Id);

    [Fact]
    public void Null_or_empty_host_groups_DoNotTrigger_and_do_not_throw()
    {
        ViolationAssert.DoesNotReport(TwoSites(null!, "10.0.0.0/16", "All Hosts", "10.0.1.0/24"), Id);
        ViolationAssert.DoesNotReport(TwoSites("", "10.0.0.0/16", "  ", "10.0.1.0/24"), Id);
        ViolationAssert.DoesNotReport(TwoSites("All Hosts", null!, "All Hosts", "10.0.1.0/24"), Id);
    }

    [Fact]
    public void Additional_location_is_the_earlier_subnet_and_unknown_values_are_skipped()
    {
        var steps = new[]
        {
            Step(1, S.Named.Method, Text(S.Named.Name, "GW01")),
            Step(2, S.LogicalNetwork.Infrastructure, Text(S.LogicalNetwork.Name, "Infrastructure"), Lambda(
                S.LogicalNetwork.Configure,
                Step(3, S.Site.Method, Text(S.Site.Name, "A"), Text(S.Site.HostGroup, "All Hosts"), Lambda(
                    S.Site.Configure,
                    Step(4, S.Subnet.Method, Text(S.Subnet.Cidr, "10.0.0.0/16")),
                    Step(5, S.Subnet.Method, new StepArgument(S.Subnet.Cidr, StepValue.Unknown)))),
                Step(6, S.Site.Method, Text(S.Site.Name, "B"), new StepArgument(S.Site.HostGroup, StepValue.Unknown), Lambda(
                    S.Site.Configure,
                    Step(7, S.Subnet.Method, Text(S.Subnet.Cidr, "10.0.2.0/24")))),
                Step(8, S.Site.Method, Text(S.Site.Name, "C"), Text(S.Site.HostGroup, "All Hosts\\Edge"), Lambda(
                    S.Site.Configure,
                    Step(9, S.Subnet.Method, Text(S.Subnet.Cidr, "10.0.1.0/24")))))),
        };

        var v = Assert.Single(GatewayValidator.Validate(steps).Violations, x => x.RuleId == Id);

        Assert.Equal(new SourceRef(9, S.Subnet.Cidr), v.Location);
        Assert.Equal(new[] { new SourceRef(4, S.Subnet.Cidr) }, v.AdditionalLocations.ToArray());
    }

    private static GatewayDefinition TwoSites(string firstHostGroup, string firstCidr, string secondHostGroup, string secondCidr) =>
        Gateway.Named("GW01")
            .NetworkVirtualization("Network Virtualization", n => n.Site("NV-Site", firstHostGroup, s => s.Subnet(firstCidr)))
            .Infrastructure("Infrastructure", n => n.Site("Infra-Site", secondHostGroup, s => s.Subnet(secondCidr)));

    private static Step Step(int id, string method, params StepArgument[] arguments) => new(id, method, arguments.ToEquatableArray());

    private static StepArgument Text(string parameter, string? value) => new(parameter, StepValue.Of(value));

    private static StepArgument Lambda(string parameter, params Step[] steps) => new(parameter, StepValue.ScopeOf(steps));
}
