using GatewayDsl.Core.Common;
using GatewayDsl.Core.Steps;
using GatewayDsl.Core.Validation;
using GatewayDsl.Tests.Infrastructure;
using Xunit;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Tests.Rules.Networking;

public sealed class GW2010VlanIdOutOfRangeTests
{
    private const string Id = "GW2010";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Theory]
    [InlineData(0)] // untagged: the cmdlet help says 1-4094, but VMM's own scripts use 0
    [InlineData(1)]
    [InlineData(4094)]
    public void Vlan_in_range_DoesNotTrigger(int vlan) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(nvSite: s => s.Subnet("10.11.0.0/16", vlan)), Id);

    [Fact]
    public void Vlan_4095_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(nvSite: s => s.Subnet("10.11.0.0/16", vlan: 4095)), Id);

        Assert.Contains("VLAN ID '4095' of subnet '10.11.0.0/16' in network site 'NV-Site' is outside 0..4094", v.Message);
        Assert.Contains("from 1 to 4094 for a tagged VLAN, or 0 for untagged traffic", v.Message);
        Assert.Contains("Site(\"NV-Site\")", v.Location);
        Assert.EndsWith("Subnet(vlan)", v.Location);
        Assert.Equal(GatewaySeverity.Error, v.Severity);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5000)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Vlan_out_of_range_Triggers(int vlan)
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.11.0/24", vlan)), Id);

        Assert.Contains("VLAN ID '" + vlan.ToString(System.Globalization.CultureInfo.InvariantCulture) + "'", v.Message);
    }

    [Fact]
    public void Each_bad_vlan_Triggers_once()
    {
        var violations = ViolationAssert.Reports(TestGateways.NonForwarding(infraSite: s => s.Subnet("192.168.11.0/24", 4095).Subnet("192.168.12.0/24", 4096)), Id);

        Assert.Equal(2, violations.Count);
    }

    [Fact]
    public void Null_subnet_with_bad_vlan_Triggers_without_exception()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(nvSite: s => s.Subnet(null!, 4095)), Id);

        Assert.StartsWith("VLAN ID '4095' in network site 'NV-Site'", v.Message);
    }

    [Fact]
    public void Unknown_vlan_DoesNotTrigger()
    {
        var steps = new[]
        {
            Step(1, S.Named.Method, Text(S.Named.Name, "GW01")),
            Step(2, S.LogicalNetwork.External, Text(S.LogicalNetwork.Name, "External"), Lambda(
                S.LogicalNetwork.Configure,
                Step(3, S.Site.Method, Text(S.Site.Name, "External-Site"), Text(S.Site.HostGroup, "All Hosts"), Lambda(
                    S.Site.Configure,
                    Step(4, S.Subnet.Method, Text(S.Subnet.Cidr, "131.107.11.0/24"), Unknown(S.Subnet.Vlan)))))),
        };

        Assert.DoesNotContain(GatewayValidator.Validate(steps).Violations, v => v.RuleId == Id);
    }

    private static Step Step(int id, string method, params StepArgument[] arguments) => new(id, method, arguments.ToEquatableArray());

    private static StepArgument Text(string parameter, string? value) => new(parameter, StepValue.Of(value));

    private static StepArgument Unknown(string parameter) => new(parameter, StepValue.Unknown);

    private static StepArgument Lambda(string parameter, params Step[] steps) => new(parameter, StepValue.ScopeOf(steps));
}
