using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.NetworkService;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.NetworkService;

public sealed class GW1002MaxVmNetworksOutOfRangeTests
{
    private const string Id = "GW1002";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(100)]
    public void Non_forwarding_value_from_1_to_100_DoesNotTrigger(int count) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().MaxVmNetworks(count), Id);

    [Theory]
    [InlineData(0, "0", "MaxVmNetworks(1) or more")]
    [InlineData(-1, "-1", "MaxVmNetworks(1) or more")]
    [InlineData(101, "101", "MaxVmNetworks(100) or less")]
    [InlineData(int.MaxValue, "2147483647", "MaxVmNetworks(100) or less")]
    [InlineData(int.MinValue, "-2147483648", "MaxVmNetworks(1) or more")]
    public void Non_forwarding_value_outside_1_to_100_Triggers(int count, string shown, string fix)
    {
        var violation = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().MaxVmNetworks(count), Id);

        Assert.Contains($"MaxVMNetworksSupported is {shown};", violation.Message);
        Assert.Contains("1 to 100", violation.Message);
        Assert.Contains(fix, violation.Message);
        Assert.Equal("MaxVmNetworks(count)", violation.Location);
        Assert.Equal(GatewaySeverity.Error, violation.Severity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(101)]
    public void Forwarding_value_other_than_1_Triggers(int count)
    {
        var violation = ViolationAssert.ReportsOnce(TestGateways.Forwarding().MaxVmNetworks(count), Id);

        Assert.Contains($"MaxVMNetworksSupported is {count},", violation.Message);
        Assert.Contains("exactly 1 VM network", violation.Message);
        Assert.Contains("MaxVmNetworks(1)", violation.Message);
        Assert.Equal("MaxVmNetworks(count)", violation.Location);
    }

    [Fact]
    public void Direct_routing_mode_false_allows_50() =>
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01").DirectRoutingMode(false).MaxVmNetworks(50), Id);

    [Fact]
    public void Missing_value_DoesNotTrigger_with_or_without_direct_routing()
    {
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01"), Id);
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-FWD01").DirectRoutingMode().FrontEndServerAddress("131.107.20.5"), Id);
    }

    [Fact]
    public void Unknown_value_DoesNotTrigger()
    {
        var spec = new GatewaySpec
        {
            RootStepId = 1,
            DirectRoutingMode = new Setting<bool>(true, 2, "enabled"),
            MaxVmNetworks = new Setting<long>(0, 3, "count", IsKnown: false),
        };

        Assert.Empty(new MaxVmNetworksOutOfRangeRule().Check(spec));
    }

    [Fact]
    public void Unknown_direct_routing_mode_reports_only_values_wrong_in_both_modes()
    {
        var unknownMode = new Setting<bool>(true, 2, "enabled", IsKnown: false);
        var fifty = new GatewaySpec { RootStepId = 1, DirectRoutingMode = unknownMode, MaxVmNetworks = new Setting<long>(50, 3, "count") };
        var tooMany = fifty with { MaxVmNetworks = new Setting<long>(101, 3, "count") };

        Assert.Empty(new MaxVmNetworksOutOfRangeRule().Check(fifty));
        Assert.Single(new MaxVmNetworksOutOfRangeRule().Check(tooMany));
    }
}
