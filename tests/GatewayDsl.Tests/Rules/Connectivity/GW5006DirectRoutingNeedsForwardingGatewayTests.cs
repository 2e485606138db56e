using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Connectivity;

public sealed class GW5006DirectRoutingNeedsForwardingGatewayTests
{
    private const string Id = "GW5006";

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Direct_routing_without_DirectRoutingMode_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().VmNetwork("Tenant-C", n => n.Subnet("10.3.0.0/24").DirectRouting()), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("VM network 'Tenant-C' asks for DirectRouting(), but the gateway has no DirectRoutingMode()", v.Message);
        Assert.Contains("Add DirectRoutingMode() and FrontEndServerAddress(...)", v.Message);
        Assert.Equal("VmNetwork(\"Tenant-C\") › DirectRouting(...)", v.Location);
    }

    [Fact]
    public void Direct_routing_with_DirectRoutingMode_false_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.Forwarding().DirectRoutingMode(false), Id);

        Assert.Contains("VM network 'Datacenter-Bridge' asks for DirectRouting(), but the gateway has DirectRoutingMode(false)", v.Message);
        Assert.Equal("VmNetwork(\"Datacenter-Bridge\") › DirectRouting(...)", v.Location);
    }

    [Fact]
    public void Direct_routing_beside_nat_on_non_forwarding_gateway_Triggers_on_DirectRouting()
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.NonForwarding().VmNetwork("Tenant-C", n => n.Nat(x => x.ExternalPool("External Pool")).DirectRouting()), Id);

        Assert.EndsWith("DirectRouting(...)", v.Location);
    }

    [Fact]
    public void Unnamed_vm_network_Triggers_with_generic_wording()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO-GW01").VmNetwork(null!, n => n.DirectRouting()), Id);

        Assert.StartsWith("A VM network asks for DirectRouting()", v.Message);
    }
}
