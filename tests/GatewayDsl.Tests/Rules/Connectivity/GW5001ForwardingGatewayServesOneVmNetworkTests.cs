using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Connectivity;

public sealed class GW5001ForwardingGatewayServesOneVmNetworkTests
{
    private const string Id = "GW5001";

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        // One VM network on the forwarding gateway; two on the non-forwarding one.
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Second_vm_network_on_forwarding_gateway_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.Forwarding().VmNetwork("Tenant-B", n => n.Subnet("10.60.0.0/24").DirectRouting()), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("VM network 'Tenant-B' is VM network 2 on a forwarding gateway", v.Message);
        Assert.Contains("exactly one VM network ('Datacenter-Bridge')", v.Message);
        Assert.Equal("VmNetwork(\"Tenant-B\")", v.Location);
    }

    [Fact]
    public void Every_extra_vm_network_Triggers()
    {
        var definition = TestGateways.Forwarding()
            .VmNetwork("Tenant-B", n => n.DirectRouting())
            .VmNetwork("Tenant-C", n => n.DirectRouting());

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(2, violations.Count);
        Assert.Contains("'Tenant-B' is VM network 2", violations[0].Message);
        Assert.Contains("'Tenant-C' is VM network 3", violations[1].Message);
    }

    [Fact]
    public void Unnamed_extra_vm_network_Triggers_by_number()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.Forwarding().VmNetwork(null!, n => n.DirectRouting()), Id);

        Assert.Contains("VM network #2 is VM network 2", v.Message);
    }

    [Fact]
    public void Forwarding_with_explicit_limit_of_one_is_reported_by_this_rule_only()
    {
        // The forwarding baseline has MaxVmNetworks(1): GW5001 owns the excess, GW5003 stays silent.
        var definition = TestGateways.Forwarding().VmNetwork("Tenant-B", n => n.DirectRouting());

        ViolationAssert.ReportsOnce(definition, Id);
        ViolationAssert.DoesNotReport(definition, "GW5003");
    }

    [Fact]
    public void Non_forwarding_gateway_with_several_vm_networks_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.Forwarding().DirectRoutingMode(false).VmNetwork("Tenant-B", n => n.Nat(x => x.ExternalAddress("131.107.20.6"))), Id);
}
