using System;
using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;
using GatewayDsl.Core.Validation;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Networking;

/// <summary>GW2005: with a static Infrastructure pool, VMClusterStaticIPAddress is set, in the pool range and reserved.</summary>
public sealed class GW2005ClusterAddressReservedInInfrastructurePoolTests
{
    private const string Id = "GW2005";
    private const string AddressArgument = "ServiceTemplate() › VmClusterStaticIpAddress(address)";

    [Fact]
    public void NonForwarding_baseline_with_reserved_192_168_10_50_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_with_dhcp_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Missing_address_Triggers_at_ServiceTemplate_call_proposing_the_reserved_address()
    {
        var v = ViolationAssert.ReportsOnce(Definition(pool: p => p.Reserve("192.168.10.50")), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("does not set VMClusterStaticIPAddress", v.Message);
        Assert.Contains("Add VmClusterStaticIpAddress(\"192.168.10.50\") to the service template; '192.168.10.50' is reserved in the Infrastructure pool.", v.Message);
        Assert.Equal("ServiceTemplate(...)", v.Location);
    }

    [Fact]
    public void Missing_address_without_reservation_Triggers_proposing_reserve_and_address()
    {
        var v = ViolationAssert.ReportsOnce(Definition(), Id);

        Assert.Contains("Reserve an address inside the range '192.168.10.10-192.168.10.99' of the Infrastructure pool 'Infra-Site Pool'", v.Message);
        Assert.Contains("e.g. Reserve(\"192.168.10.99\"), and set the same address with VmClusterStaticIpAddress(\"192.168.10.99\")", v.Message);
    }

    [Fact]
    public void No_service_template_DoesNotTrigger()
    {
        // GW0004 reports the missing template.
        var definition = Gateway.Named("CONTOSO-GW01").Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts\\Edge", s => s
            .Subnet("192.168.10.0/24").StaticPool("192.168.10.10", "192.168.10.99", "192.168.10.1", metric: 20)));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_address_Triggers_at_address_argument(string? address)
    {
        var definition = Definition(pool: p => p.Reserve("192.168.10.50"), template: t => t.VmClusterStaticIpAddress(address!));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("VMClusterStaticIPAddress is empty", v.Message);
        Assert.Contains("VmClusterStaticIpAddress(\"192.168.10.50\")", v.Message);
        Assert.Equal(AddressArgument, v.Location);
    }

    [Fact]
    public void Address_outside_pool_range_Triggers_proposing_the_reserved_address()
    {
        var definition = TestGateways.NonForwarding(template: t => t.VmClusterStaticIpAddress("192.168.10.150"));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("VMClusterStaticIPAddress '192.168.10.150' is outside the range '192.168.10.10-192.168.10.99' of the Infrastructure pool 'Infra-Site Pool'", v.Message);
        Assert.EndsWith("Use the reserved address '192.168.10.50'.", v.Message);
        Assert.Equal(AddressArgument, v.Location);
    }

    [Fact]
    public void Address_outside_range_without_reservation_Triggers_proposing_reserve()
    {
        var v = ViolationAssert.ReportsOnce(Definition(template: t => t.VmClusterStaticIpAddress("192.168.20.50")), Id);

        Assert.Contains("'192.168.20.50' is outside", v.Message);
        Assert.Contains("Reserve(\"192.168.10.99\")", v.Message);
    }

    [Fact]
    public void Address_of_other_family_Triggers_as_outside()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(template: t => t.VmClusterStaticIpAddress("2001:db8::50")), Id);

        Assert.Contains("'2001:db8::50' is outside", v.Message);
    }

    [Fact]
    public void Address_in_range_but_not_reserved_Triggers_proposing_both_fixes()
    {
        var definition = TestGateways.NonForwarding(template: t => t.VmClusterStaticIpAddress("192.168.10.60"));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("VMClusterStaticIPAddress '192.168.10.60' lies in the range of the Infrastructure pool 'Infra-Site Pool' but is not one of its reserved addresses", v.Message);
        Assert.EndsWith("Add Reserve(\"192.168.10.60\") to the pool, or use the reserved address '192.168.10.50'.", v.Message);
        Assert.Equal(AddressArgument, v.Location);
    }

    [Fact]
    public void Address_in_range_of_pool_without_reservations_Triggers_proposing_reserve()
    {
        var v = ViolationAssert.ReportsOnce(Definition(template: t => t.VmClusterStaticIpAddress("192.168.10.50")), Id);

        Assert.EndsWith("Add Reserve(\"192.168.10.50\") to the pool.", v.Message);
    }

    [Theory]
    [InlineData("192.168.10.40-192.168.10.59", "192.168.10.55")]
    [InlineData("192.168.10.25-192.168.10.35, 192.168.10.38", "192.168.10.38")]
    [InlineData("192.168.10.25-192.168.10.35, 192.168.10.38", "192.168.10.25")]
    [InlineData(" 192.168.10.50 ", "192.168.10.50")]
    public void Address_in_reserved_range_or_list_DoesNotTrigger(string reserved, string address) =>
        ViolationAssert.DoesNotReport(Definition(pool: p => p.Reserve(reserved), template: t => t.VmClusterStaticIpAddress(address)), Id);

    [Fact]
    public void Address_reserved_in_a_later_reserve_item_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(
            Definition(pool: p => p.Reserve("192.168.10.20", "192.168.10.30").Reserve("192.168.10.40"), template: t => t.VmClusterStaticIpAddress("192.168.10.40")),
            Id);

    [Fact]
    public void Address_reserved_in_second_infrastructure_pool_DoesNotTrigger()
    {
        var definition = TestGateways.NonForwarding(
            infraSite: s => s.StaticPool("192.168.10.100", "192.168.10.150", "192.168.10.1", metric: 20, p => p.Reserve("192.168.10.120")),
            template: t => t.VmClusterStaticIpAddress("192.168.10.120"));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Address_outside_every_infrastructure_pool_Triggers_listing_ranges()
    {
        var definition = TestGateways.NonForwarding(
            infraSite: s => s.StaticPool("192.168.10.100", "192.168.10.150", "192.168.10.1", metric: 20, p => p.PoolName("Infra Pool 2")),
            template: t => t.VmClusterStaticIpAddress("192.168.10.200"));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("outside every Infrastructure pool range ('192.168.10.10-192.168.10.99' in pool 'Infra-Site Pool', '192.168.10.100-192.168.10.150' in pool 'Infra Pool 2')", v.Message);
    }

    [Theory]
    [InlineData("192.168.10.500")]
    [InlineData("not an address")]
    [InlineData("192.168.10.60/24")]
    public void Unparsable_address_DoesNotTrigger(string address) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(template: t => t.VmClusterStaticIpAddress(address)), Id);

    [Fact]
    public void Unparsable_reserved_entry_DoesNotTrigger()
    {
        // GW2007 reports the bad entry; it might have been meant to hold the address.
        var definition = TestGateways.NonForwarding(infraPool: p => p.Reserve("192.168.10.6O"), template: t => t.VmClusterStaticIpAddress("192.168.10.60"));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Unparsable_pool_range_DoesNotTrigger_as_outside()
    {
        var definition = Definition(rangeEnd: "192.168.10.x", pool: p => p.Reserve("192.168.10.50"), template: t => t.VmClusterStaticIpAddress("192.168.10.150"));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Inverted_pool_range_DoesNotTrigger()
    {
        // Start after end is GW2008's finding; this rule cannot say what the range was meant to be.
        var definition = Definition(rangeEnd: "192.168.10.5", pool: p => p.Reserve("192.168.10.50"), template: t => t.VmClusterStaticIpAddress("192.168.10.50"));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Null_reserved_item_and_null_range_Trigger_nothing_unexpected()
    {
        var definition = Definition(rangeEnd: null!, pool: p => p.Reserve(null!, "192.168.10.50"), template: t => t.VmClusterStaticIpAddress("192.168.10.150"));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Infrastructure_using_dhcp_DoesNotTrigger_GW2006_does() =>
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(template: t => t.VmClusterStaticIpAddress("192.168.20.50")), Id);

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Unknown_address_DoesNotTrigger(bool known, bool expected)
    {
        // Built from steps, as the compile-time parser produces them: GW0001 covers an unevaluable argument.
        var steps = new[]
        {
            Call(1, DslSteps.Named.Method, (DslSteps.Named.Name, StepValue.Of("CONTOSO-GW01"))),
            Call(2, DslSteps.LogicalNetwork.Infrastructure, (DslSteps.LogicalNetwork.Name, StepValue.Of("Infrastructure")), (DslSteps.LogicalNetwork.Configure, StepValue.ScopeOf(new[]
            {
                Call(3, DslSteps.Site.Method, (DslSteps.Site.Name, StepValue.Of("Infra-Site")), (DslSteps.Site.HostGroup, StepValue.Of("All Hosts")), (DslSteps.Site.Configure, StepValue.ScopeOf(new[]
                {
                    Call(4, DslSteps.StaticPool.Method, (DslSteps.StaticPool.RangeStart, StepValue.Of("192.168.10.10")), (DslSteps.StaticPool.RangeEnd, StepValue.Of("192.168.10.99")), (DslSteps.StaticPool.Gateway, StepValue.Of("192.168.10.1")), (DslSteps.StaticPool.Metric, StepValue.Of(20))),
                }))),
            }))),
            Call(5, DslSteps.ServiceTemplate.Method, (DslSteps.ServiceTemplate.Template, StepValue.EnumMember("ThreeNic")), (DslSteps.ServiceTemplate.Configure, StepValue.ScopeOf(new[]
            {
                Call(6, DslSteps.VmClusterStaticIpAddress.Method, (DslSteps.VmClusterStaticIpAddress.Address, known ? StepValue.Of("192.168.10.60") : StepValue.Unknown)),
            }))),
        };

        var found = GatewayValidator.Validate(steps).Violations.Where(v => v.RuleId == Id).ToArray();

        Assert.Equal(expected, found.Length == 1);
        if (expected)
        {
            Assert.Equal(new SourceRef(6, DslSteps.VmClusterStaticIpAddress.Address), found[0].Location);
            Assert.Equal(new[] { SourceRef.Call(4) }, found[0].AdditionalLocations.ToArray());
        }
    }

    /// <summary>An Infrastructure network with the procedure's static pool and a service template; the hooks add calls.</summary>
    private static GatewayDefinition Definition(
        Action<StaticPoolBuilder>? pool = null,
        Action<ServiceTemplateBuilder>? template = null,
        string rangeEnd = "192.168.10.99") =>
        Gateway.Named("CONTOSO-GW01")
            .Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts\\Edge", s => s
                .Subnet("192.168.10.0/24")
                .StaticPool("192.168.10.10", rangeEnd, "192.168.10.1", metric: 20, p => pool?.Invoke(p))))
            .ServiceTemplate(GatewayTemplate.ThreeNic, t => template?.Invoke(t));

    private static Step Call(int id, string method, params (string Parameter, StepValue Value)[] arguments) =>
        new(id, method, arguments.Select(a => new StepArgument(a.Parameter, a.Value)).ToEquatableArray());
}
