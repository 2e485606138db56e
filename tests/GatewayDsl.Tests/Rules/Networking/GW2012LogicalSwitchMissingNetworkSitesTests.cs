using GatewayDsl.Core.Common;
using GatewayDsl.Core.Steps;
using GatewayDsl.Core.Validation;
using GatewayDsl.Tests.Infrastructure;
using Xunit;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Tests.Rules.Networking;

public sealed class GW2012LogicalSwitchMissingNetworkSitesTests
{
    private const string Id = "GW2012";

    [Fact]
    public void NonForwarding_baseline_with_a_complete_switch_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_without_a_switch_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Uplinks_missing_the_infrastructure_site_Trigger()
    {
        var definition = TestGateways.NonForwarding().LogicalSwitch("Gateway Switch", ls => ls.UplinkPortProfile("Gateway Uplink", "NV-Site", "External-Site"));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("Logical switch 'Gateway Switch' has no uplink port profile that includes a network site of the Infrastructure (management) logical network 'Infrastructure'", v.Message);
        Assert.Contains("UplinkPortProfile(\"Gateway Uplink\", ..., \"Infra-Site\")", v.Message);
        Assert.Equal("LogicalSwitch(\"Gateway Switch\")", v.Location);
        Assert.Equal(GatewaySeverity.Error, v.Severity);
    }

    [Fact]
    public void Switch_without_uplink_profiles_Triggers_once_per_network()
    {
        var violations = ViolationAssert.Reports(TestGateways.Forwarding().LogicalSwitch("Gateway Switch", ls => { }), Id);

        Assert.Equal(3, violations.Count);
        Assert.Single(violations, v => v.Message.Contains("network virtualization (back-end) logical network 'Network Virtualization'"));
        Assert.Single(violations, v => v.Message.Contains("External (front-end) logical network 'External'"));
        Assert.Single(violations, v => v.Message.Contains("Infrastructure (management) logical network 'Infrastructure'"));
    }

    [Fact]
    public void Several_profiles_that_together_cover_all_networks_DoNotTrigger() =>
        ViolationAssert.DoesNotReport(
            TestGateways.Forwarding().LogicalSwitch("Gateway Switch", ls => ls
                .UplinkPortProfile("Back-end Uplink", "NV-Site")
                .UplinkPortProfile("Front-end Uplink", "External-Site", "Infra-Site")),
            Id);

    [Fact]
    public void Site_names_compared_without_case_DoNotTrigger() =>
        ViolationAssert.DoesNotReport(
            TestGateways.Forwarding().LogicalSwitch("Gateway Switch", ls => ls.UplinkPortProfile("Gateway Uplink", "nv-site", "EXTERNAL-SITE", "Infra-Site")),
            Id);

    [Fact]
    public void Misspelt_site_Triggers_at_the_item_and_for_the_uncovered_network()
    {
        var definition = TestGateways.Forwarding().LogicalSwitch("Gateway Switch", ls => ls.UplinkPortProfile("Gateway Uplink", "NV-Site", "External-Site", "Infra-Sit"));

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(2, violations.Count);
        var unknown = Assert.Single(violations, v => v.Location.EndsWith("UplinkPortProfile(sites[2])"));
        Assert.Contains("Uplink port profile 'Gateway Uplink' of logical switch 'Gateway Switch' includes network site 'Infra-Sit', which no logical network defines", unknown.Message);
        Assert.Contains("'NV-Site', 'External-Site', 'Infra-Site'", unknown.Message);
        Assert.Contains("LogicalSwitch(\"Gateway Switch\")", unknown.Location);
        Assert.Single(violations, v => v.Location == "LogicalSwitch(\"Gateway Switch\")" && v.Message.Contains("Infrastructure (management)"));
    }

    [Fact]
    public void Unknown_extra_site_Triggers_only_at_the_item()
    {
        var definition = TestGateways.Forwarding().LogicalSwitch("Gateway Switch", ls => ls.UplinkPortProfile("Gateway Uplink", "NV-Site", "External-Site", "Infra-Site", "Storage-Site"));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("'Storage-Site'", v.Message);
        Assert.EndsWith("UplinkPortProfile(sites[3])", v.Location);
    }

    [Fact]
    public void Empty_site_name_Triggers_as_unknown_site()
    {
        var definition = TestGateways.Forwarding().LogicalSwitch("Gateway Switch", ls => ls.UplinkPortProfile("Gateway Uplink", "NV-Site", "", "External-Site", "Infra-Site"));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("includes network site ''", v.Message);
        Assert.EndsWith("UplinkPortProfile(sites[1])", v.Location);
    }

    [Fact]
    public void Null_site_item_DoesNotTrigger_and_does_not_throw()
    {
        // The reducer cannot tell a literal null item from one the evaluator could not read, so the rule stays silent.
        var definition = TestGateways.Forwarding().LogicalSwitch(null!, ls => ls.UplinkPortProfile(null!, "NV-Site", null!));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Missing_logical_network_DoesNotTrigger_because_GW2001_reports_it()
    {
        var definition = Gateway.Named("GW01")
            .NetworkVirtualization("Network Virtualization", n => n.Site("NV-Site", "All Hosts", s => s.Subnet("10.0.0.0/16")))
            .External("External", n => n.Site("External-Site", "All Hosts", s => s.Subnet("131.107.10.0/24")))
            .Infrastructure("Infrastructure", n => { })
            .LogicalSwitch("Gateway Switch", ls => ls.UplinkPortProfile("Gateway Uplink", "NV-Site", "External-Site"));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Unknown_site_items_or_site_names_suppress_unprovable_findings()
    {
        // Profile sites are unknown (GW0001): coverage cannot be decided. A site's name is unknown: "Mystery" might be it.
        var steps = new[]
        {
            Step(1, S.Named.Method, Text(S.Named.Name, "GW01")),
            Step(2, S.LogicalNetwork.NetworkVirtualization, Text(S.LogicalNetwork.Name, "Network Virtualization"), Lambda(
                S.LogicalNetwork.Configure,
                Step(3, S.Site.Method, new StepArgument(S.Site.Name, StepValue.Unknown), Text(S.Site.HostGroup, "All Hosts")))),
            Step(4, S.LogicalSwitch.Method, Text(S.LogicalSwitch.Name, "Gateway Switch"), Lambda(
                S.LogicalSwitch.Configure,
                Step(5, S.UplinkPortProfile.Method, Text(S.UplinkPortProfile.Name, "A"), new StepArgument(S.UplinkPortProfile.Sites, StepValue.Unknown)),
                Step(6, S.UplinkPortProfile.Method, Text(S.UplinkPortProfile.Name, "B"), new StepArgument(S.UplinkPortProfile.Sites, StepValue.ArrayOf(new[] { "Mystery" }))))),
        };

        Assert.DoesNotContain(GatewayValidator.Validate(steps).Violations, v => v.RuleId == Id);
    }

    private static Step Step(int id, string method, params StepArgument[] arguments) => new(id, method, arguments.ToEquatableArray());

    private static StepArgument Text(string parameter, string? value) => new(parameter, StepValue.Of(value));

    private static StepArgument Lambda(string parameter, params Step[] steps) => new(parameter, StepValue.ScopeOf(steps));
}
