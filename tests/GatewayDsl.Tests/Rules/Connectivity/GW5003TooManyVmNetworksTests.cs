using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Connectivity;

public sealed class GW5003TooManyVmNetworksTests
{
    private const string Id = "GW5003";

    /// <summary>A small definition with <paramref name="count"/> NAT VM networks named Net-1, Net-2, ...</summary>
    private static GatewayDefinition WithVmNetworks(int count, int? max = null)
    {
        var definition = Gateway.Named("CONTOSO-GW01");
        if (max is { } limit)
        {
            definition.MaxVmNetworks(limit);
        }

        for (var i = 1; i <= count; i++)
        {
            definition.VmNetwork("Net-" + i, n => n.Nat(x => x.ExternalPool("External Pool")));
        }

        return definition;
    }

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void More_vm_networks_than_MaxVmNetworks_Triggers_on_the_first_over_the_limit()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().MaxVmNetworks(1), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("2 VM networks use the gateway, but MaxVmNetworks(1) allows 1", v.Message);
        Assert.Contains("VM network 'Tenant-B' is the first over the limit", v.Message);
        Assert.Contains("Set MaxVmNetworks to at least 2", v.Message);
        Assert.Equal("VmNetwork(\"Tenant-B\")", v.Location);
    }

    [Fact]
    public void Fifty_one_vm_networks_with_the_default_limit_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(WithVmNetworks(51), Id);

        Assert.Contains("51 VM networks use the gateway, but the default MaxVMNetworksSupported of 50 allows 50", v.Message);
        Assert.Contains("'Net-51'", v.Message);
    }

    [Fact]
    public void Fifty_vm_networks_with_the_default_limit_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(WithVmNetworks(50), Id);

    [Fact]
    public void Hundred_vm_networks_with_limit_hundred_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(WithVmNetworks(100, max: 100), Id);

    [Fact]
    public void More_than_hundred_vm_networks_Triggers_with_advice_to_split()
    {
        var v = ViolationAssert.ReportsOnce(WithVmNetworks(101, max: 100), Id);

        Assert.Contains("'Net-101'", v.Message);
        Assert.Contains("at most 100 VM networks; move the others to another gateway", v.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(101)]
    public void Out_of_range_limit_DoesNotTrigger(int max) =>
        // GW1002 reports the limit itself; there is no valid limit to compare with.
        ViolationAssert.DoesNotReport(WithVmNetworks(3, max), Id);

    [Fact]
    public void Explicit_non_forwarding_mode_uses_the_limit()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().DirectRoutingMode(false).MaxVmNetworks(1), Id);

        Assert.Contains("'Tenant-B'", v.Message);
    }

    [Fact]
    public void Forwarding_gateway_DoesNotTrigger() =>
        // GW5001 owns the VM networks past the first on a forwarding gateway.
        ViolationAssert.DoesNotReport(TestGateways.Forwarding().VmNetwork("Tenant-B", n => n.DirectRouting()).VmNetwork("Tenant-C", n => n.DirectRouting()), Id);

    [Fact]
    public void Unnamed_vm_network_over_the_limit_Triggers_by_number()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO-GW01").MaxVmNetworks(1).VmNetwork("Net-1", n => n.DirectRouting()).VmNetwork(null!, n => n.DirectRouting()), Id);

        Assert.Contains("VM network number 2 is the first over the limit", v.Message);
    }
}
