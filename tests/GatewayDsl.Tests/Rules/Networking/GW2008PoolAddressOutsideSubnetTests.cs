using System;
using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;
using GatewayDsl.Core.Validation;
using GatewayDsl.Tests.Infrastructure;
using Xunit;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Tests.Rules.Networking;

public sealed class GW2008PoolAddressOutsideSubnetTests
{
    private const string Id = "GW2008";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Range_start_outside_the_subnet_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(ExternalPool("131.107.12.10", "131.107.11.99", "131.107.11.1"), Id);

        Assert.Contains("Range start '131.107.12.10' of static pool 'External-Site Pool' in network site 'External-Site'", v.Message);
        Assert.Contains("outside the pool's subnet '131.107.11.0/24' (131.107.11.0-131.107.11.255)", v.Message);
        Assert.Contains("External(\"External\")", v.Location);
        Assert.EndsWith("StaticPool(rangeStart)", v.Location);
        Assert.Equal(GatewaySeverity.Error, v.Severity);
    }

    [Fact]
    public void Range_end_outside_the_subnet_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(ExternalPool("131.107.11.10", "131.107.12.99", "131.107.11.1"), Id);

        Assert.Contains("Range end '131.107.12.99'", v.Message);
        Assert.EndsWith("StaticPool(rangeEnd)", v.Location);
    }

    [Fact]
    public void Default_gateway_outside_the_subnet_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(ExternalPool("131.107.11.10", "131.107.11.99", "131.107.10.1"), Id);

        Assert.Contains("Default gateway '131.107.10.1'", v.Message);
        Assert.EndsWith("StaticPool(gateway)", v.Location);
    }

    [Fact]
    public void Range_start_after_end_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(ExternalPool("131.107.11.99", "131.107.11.10", "131.107.11.1"), Id);

        Assert.Contains("starts at '131.107.11.99', after its end '131.107.11.10'", v.Message);
        Assert.Contains("StaticPool(\"131.107.11.10\", \"131.107.11.99\", ...)", v.Message);
        Assert.EndsWith("StaticPool(rangeStart)", v.Location);
    }

    [Fact]
    public void Single_address_range_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(ExternalPool("131.107.11.10", "131.107.11.10", "131.107.11.1"), Id);

    [Fact]
    public void Range_start_outside_and_after_end_Triggers_once_on_the_start()
    {
        var v = ViolationAssert.ReportsOnce(ExternalPool("131.107.12.10", "131.107.11.99", "131.107.11.1"), Id);

        Assert.Contains("outside", v.Message);
    }

    [Fact]
    public void Reserved_address_outside_the_subnet_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(infraPool: p => p.Reserve("192.168.10.60", "192.168.11.5")), Id);

        Assert.Contains("Reserved address '192.168.11.5' of static pool 'Infra-Site Pool'", v.Message);
        Assert.Contains("'192.168.10.0/24'", v.Message);
        Assert.EndsWith("Reserve(addresses[1])", v.Location);
    }

    [Fact]
    public void Reserved_range_partly_outside_the_subnet_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(infraPool: p => p.Reserve("192.168.10.250-192.168.11.5")), Id);

        Assert.Contains("Reserved range '192.168.10.250-192.168.11.5'", v.Message);
    }

    [Fact]
    public void Vip_range_outside_the_subnet_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(ExternalPool("131.107.11.10", "131.107.11.99", "131.107.11.1", p => p.Vips("131.107.10.50-131.107.10.59")), Id);

        Assert.Contains("VIP range '131.107.10.50-131.107.10.59'", v.Message);
        Assert.EndsWith("Vips(addresses[0])", v.Location);
    }

    [Fact]
    public void Reserved_and_vip_addresses_inside_the_subnet_DoNotTrigger() =>
        ViolationAssert.DoesNotReport(ExternalPool("131.107.11.10", "131.107.11.99", "131.107.11.1", p => p.Reserve("131.107.11.20", "131.107.11.21-131.107.11.29").Vips("131.107.11.50-131.107.11.59")), Id);

    [Fact]
    public void Dns_server_outside_the_subnet_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(infraPool: p => p.DnsServers("10.0.0.53")), Id);

    [Fact]
    public void IPv4_range_in_IPv6_subnet_Triggers_naming_the_families()
    {
        var definition = TestGateways.NonForwarding(nvSite: s => s.Subnet("2001:db8:10::/64", vlan: 14).StaticPool("10.10.0.10", "2001:db8:10::ff", "2001:db8:10::1", 10));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("Range start '10.10.0.10'", v.Message);
        Assert.Contains("is an IPv4 value, but the pool's subnet '2001:db8:10::/64' is IPv6", v.Message);
    }

    [Fact]
    public void IPv6_pool_inside_its_subnet_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(
            TestGateways.NonForwarding(nvSite: s => s.Subnet("2001:db8:10::/64", vlan: 14).StaticPool("2001:db8:10::10", "2001:db8:10::ff", "2001:db8:10::1", 10, p => p.Vips("2001:db8:10::50-2001:db8:10::5f"))),
            Id);

    [Fact]
    public void Pool_belongs_to_the_subnet_declared_last_before_it_Triggers()
    {
        // The second pool follows 131.107.12.0/24, so its 131.107.11.x addresses are outside, though inside the first subnet.
        var definition = TestGateways.NonForwarding(externalSite: s => s
            .Subnet("131.107.11.0/24").StaticPool("131.107.11.10", "131.107.11.99", "131.107.11.1", 10)
            .Subnet("131.107.12.0/24").StaticPool("131.107.11.110", "131.107.12.99", "131.107.12.1", 10));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("Range start '131.107.11.110'", v.Message);
        Assert.Contains("'131.107.12.0/24'", v.Message);
    }

    [Fact]
    public void Pool_before_any_subnet_Triggers_and_proposes_moving_the_later_subnet()
    {
        var definition = Gateway.Named("GW01").External("External", n => n
            .Site("External-Site", "All Hosts", s => s.StaticPool("131.107.10.10", "131.107.10.99", "131.107.10.1", 10).Subnet("131.107.10.0/24")));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("static pool 'External-Site Pool' in network site 'External-Site' has no subnet", v.Message);
        Assert.Contains("Move Subnet(\"131.107.10.0/24\") before StaticPool(...)", v.Message);
        Assert.EndsWith("StaticPool(...)", v.Location);
    }

    [Fact]
    public void Pool_in_a_site_without_subnet_Triggers_and_proposes_a_subnet()
    {
        var definition = Gateway.Named("GW01").External("External", n => n
            .Site("External-Site", "All Hosts", s => s.StaticPool("131.107.10.10", "131.107.10.99", "131.107.10.1", 10)));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("s.Subnet(\"131.107.10.0/24\").StaticPool(...)", v.Message);
    }

    [Fact]
    public void Unparsable_addresses_DoNotTrigger_because_GW2007_reports_them()
    {
        var definition = ExternalPool("131.107.11.999", "131.107.11", "gateway", p => p.Reserve("x").Vips("131.107.11.5x"));

        ViolationAssert.DoesNotReport(definition, Id);
        ViolationAssert.Reports(definition, "GW2007");
    }

    [Fact]
    public void Unparsable_subnet_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(
            TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.11.0/33").StaticPool("10.0.0.10", "10.0.0.99", "10.0.0.1", 10)),
            Id);

    [Fact]
    public void Null_addresses_DoNotTrigger_and_do_not_throw()
    {
        var definition = TestGateways.NonForwarding(externalSite: s => s.Subnet(null!).StaticPool(null!, null!, null!, 10, p => p.Reserve((string)null!).Vips((string)null!)));

        ViolationAssert.DoesNotReport(definition, Id);
        ViolationAssert.DoesNotReport(ExternalPool(null!, null!, null!, p => p.Reserve((string)null!).Vips((string)null!)), Id);
    }

    [Fact]
    public void Additional_location_is_the_subnet_cidr()
    {
        var steps = new[]
        {
            Step(1, S.Named.Method, Text(S.Named.Name, "GW01")),
            Step(2, S.LogicalNetwork.External, Text(S.LogicalNetwork.Name, "External"), Lambda(
                S.LogicalNetwork.Configure,
                Step(3, S.Site.Method, Text(S.Site.Name, "External-Site"), Text(S.Site.HostGroup, "All Hosts"), Lambda(
                    S.Site.Configure,
                    Step(4, S.Subnet.Method, Text(S.Subnet.Cidr, "131.107.11.0/24"), new StepArgument(S.Subnet.Vlan, StepValue.Of(0))),
                    Step(5, S.StaticPool.Method, Text(S.StaticPool.RangeStart, "131.107.11.10"), Text(S.StaticPool.RangeEnd, "131.107.11.99"), Text(S.StaticPool.Gateway, "131.107.10.1"), new StepArgument(S.StaticPool.Metric, StepValue.Of(10))))))),
        };

        var v = Assert.Single(GatewayValidator.Validate(steps).Violations, x => x.RuleId == Id);

        Assert.Equal(new SourceRef(5, S.StaticPool.Gateway), v.Location);
        Assert.Equal(new[] { new SourceRef(4, S.Subnet.Cidr) }, v.AdditionalLocations.ToArray());
    }

    [Fact]
    public void Unknown_subnet_or_addresses_DoNotTrigger()
    {
        var steps = new[]
        {
            Step(1, S.Named.Method, Text(S.Named.Name, "GW01")),
            Step(2, S.LogicalNetwork.External, Text(S.LogicalNetwork.Name, "External"), Lambda(
                S.LogicalNetwork.Configure,
                Step(3, S.Site.Method, Text(S.Site.Name, "External-Site"), Text(S.Site.HostGroup, "All Hosts"), Lambda(
                    S.Site.Configure,
                    Step(4, S.Subnet.Method, new StepArgument(S.Subnet.Cidr, StepValue.Unknown)),
                    Step(5, S.StaticPool.Method, Text(S.StaticPool.RangeStart, "10.0.0.10"), Text(S.StaticPool.RangeEnd, "10.0.0.9"), Text(S.StaticPool.Gateway, "10.0.0.1")),
                    Step(6, S.Subnet.Method, Text(S.Subnet.Cidr, "131.107.11.0/24")),
                    Step(7, S.StaticPool.Method, new StepArgument(S.StaticPool.RangeStart, StepValue.Unknown), new StepArgument(S.StaticPool.RangeEnd, StepValue.Unknown), new StepArgument(S.StaticPool.Gateway, StepValue.Unknown)))))),
        };

        Assert.DoesNotContain(GatewayValidator.Validate(steps).Violations, v => v.RuleId == Id);
    }

    private static GatewayDefinition ExternalPool(string rangeStart, string rangeEnd, string gateway, Action<StaticPoolBuilder>? configure = null) =>
        TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.11.0/24").StaticPool(rangeStart, rangeEnd, gateway, 10, configure));

    private static Step Step(int id, string method, params StepArgument[] arguments) => new(id, method, arguments.ToEquatableArray());

    private static StepArgument Text(string parameter, string? value) => new(parameter, StepValue.Of(value));

    private static StepArgument Lambda(string parameter, params Step[] steps) => new(parameter, StepValue.ScopeOf(steps));
}
