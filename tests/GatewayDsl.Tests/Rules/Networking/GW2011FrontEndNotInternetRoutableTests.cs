using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules;
using GatewayDsl.Core.Steps;
using GatewayDsl.Core.Validation;
using GatewayDsl.Tests.Infrastructure;
using Xunit;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Tests.Rules.Networking;

public sealed class GW2011FrontEndNotInternetRoutableTests
{
    private const string Id = "GW2011";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Private_external_subnet_with_vpn_Triggers_as_error()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(externalSite: s => s.Subnet("10.200.0.0/24")), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("The External (front-end) subnet '10.200.0.0/24' of network site 'External-Site' is not Internet-routable: it lies in 10.0.0.0/8 (private, RFC 1918)", v.Message);
        Assert.Contains("VM network 'Tenant-A' uses site-to-site VPN", v.Message);
        Assert.Contains("External(\"External\")", v.Location);
        Assert.EndsWith("Subnet(cidr)", v.Location);
    }

    [Fact]
    public void Private_external_subnet_without_vpn_Triggers_as_warning()
    {
        var definition = Gateway.Named("GW01").External("External", n => n.Site("External-Site", "All Hosts", s => s.Subnet("192.168.100.0/24")));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Equal(GatewaySeverity.Warning, v.Severity);
        Assert.Contains("192.168.0.0/16 (private, RFC 1918)", v.Message);
        Assert.Contains("No VM network uses site-to-site VPN", v.Message);
    }

    [Theory]
    [InlineData("100.64.0.0/24", "shared address space for carrier-grade NAT, RFC 6598")]
    [InlineData("203.0.113.0/24", "documentation TEST-NET-3, RFC 5737")]
    [InlineData("169.254.0.0/16", "link-local, RFC 3927")]
    [InlineData("fd00:1::/64", "unique local, RFC 4193")]
    public void Special_purpose_external_subnet_Triggers_naming_its_purpose(string cidr, string purpose)
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(externalSite: s => s.Subnet(cidr)), Id);

        Assert.Contains("'" + cidr + "'", v.Message);
        Assert.Contains(purpose, v.Message);
    }

    [Fact]
    public void External_subnet_only_overlapping_a_special_block_Triggers_with_overlaps()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(externalSite: s => s.Subnet("192.0.0.0/16")), Id);

        Assert.Contains("it overlaps 192.0.0.0/24 (IETF protocol assignments, RFC 6890)", v.Message);
    }

    [Fact]
    public void Public_external_subnets_DoNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.11.0/24").Subnet("2001:4860:4860::/48")), Id);

    [Fact]
    public void Private_infrastructure_and_back_end_subnets_DoNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(nvSite: s => s.Subnet("10.11.0.0/16"), infraSite: s => s.Subnet("172.16.0.0/24")), Id);

    [Fact]
    public void Private_FrontEndServerAddress_without_vpn_Triggers_as_warning()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.Forwarding().FrontEndServerAddress("192.168.20.5"), Id);

        Assert.Equal(GatewaySeverity.Warning, v.Severity);
        Assert.Contains("FrontEndServerAddress '192.168.20.5' is not Internet-routable: it lies in 192.168.0.0/16 (private, RFC 1918)", v.Message);
        Assert.Equal("FrontEndServerAddress(address)", v.Location);
    }

    [Fact]
    public void Cmdlet_example_VpnServerAddress_in_carrier_grade_NAT_space_with_vpn_Triggers_as_error()
    {
        // Add-SCVPNConnection's own help example uses 100.100.100.100, which lies in 100.64.0.0/10.
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().VpnServerAddress("100.100.100.100"), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("VPNServerAddress '100.100.100.100' is not Internet-routable: it lies in 100.64.0.0/10 (shared address space for carrier-grade NAT, RFC 6598)", v.Message);
        Assert.Equal("VpnServerAddress(address)", v.Location);
    }

    [Fact]
    public void Public_VpnServerAddress_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().VpnServerAddress("131.107.10.5"), Id);

    [Fact]
    public void Unparsable_addresses_DoNotTrigger_because_GW2007_and_GW1004_report_them()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(externalSite: s => s.Subnet("10.0.0.0/33").Subnet(null!)).VpnServerAddress("10.0.0"), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding().FrontEndServerAddress(null!), Id);
    }

    [Fact]
    public void Error_points_back_at_the_vpn_connection_and_unknown_values_are_skipped()
    {
        var steps = new[]
        {
            Step(1, S.Named.Method, Text(S.Named.Name, "GW01")),
            Step(2, S.FrontEndServerAddress.Method, new StepArgument(S.FrontEndServerAddress.Address, StepValue.Unknown)),
            Step(3, S.LogicalNetwork.External, Text(S.LogicalNetwork.Name, "External"), Lambda(
                S.LogicalNetwork.Configure,
                Step(4, S.Site.Method, Text(S.Site.Name, "External-Site"), Text(S.Site.HostGroup, "All Hosts"), Lambda(
                    S.Site.Configure,
                    Step(5, S.Subnet.Method, new StepArgument(S.Subnet.Cidr, StepValue.Unknown)),
                    Step(6, S.Subnet.Method, Text(S.Subnet.Cidr, "10.0.0.0/24")))))),
            Step(7, S.VmNetwork.Method, Text(S.VmNetwork.Name, "Tenant-A"), Lambda(
                S.VmNetwork.Configure,
                Step(8, S.SiteToSiteVpn.Method, Text(S.SiteToSiteVpn.RemoteEndpoint, "157.56.20.10")))),
        };

        var v = Assert.Single(GatewayValidator.Validate(steps).Violations, x => x.RuleId == Id);

        Assert.Equal(RuleSeverity.Error, v.Severity);
        Assert.Equal(new SourceRef(6, S.Subnet.Cidr), v.Location);
        Assert.Equal(new[] { SourceRef.Call(8) }, v.AdditionalLocations.ToArray());
    }

    private static Step Step(int id, string method, params StepArgument[] arguments) => new(id, method, arguments.ToEquatableArray());

    private static StepArgument Text(string parameter, string? value) => new(parameter, StepValue.Of(value));

    private static StepArgument Lambda(string parameter, params Step[] steps) => new(parameter, StepValue.ScopeOf(steps));
}
