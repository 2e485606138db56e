using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.NetworkService;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.NetworkService;

public sealed class GW1001DirectRoutingNeedsFrontEndAddressTests
{
    private const string Id = "GW1001";

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_without_front_end_address_Triggers()
    {
        var violation = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().DirectRoutingMode(), Id);

        Assert.Contains("DirectRoutingMode=True", violation.Message);
        Assert.Contains("FrontEndServerAddress(...)", violation.Message);
        Assert.Equal("DirectRoutingMode(...)", violation.Location);
        Assert.Equal(GatewaySeverity.Error, violation.Severity);
    }

    [Fact]
    public void Minimal_forwarding_definition_without_front_end_address_Triggers() =>
        ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO-FWD01").DirectRoutingMode(true), Id);

    [Fact]
    public void Direct_routing_mode_false_without_front_end_address_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01").DirectRoutingMode(false), Id);

    [Fact]
    public void Front_end_address_given_before_direct_routing_mode_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-FWD01").FrontEndServerAddress("131.107.20.5").DirectRoutingMode(), Id);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Null_or_empty_front_end_address_DoesNotTrigger_but_GW1004_does(string? address)
    {
        var definition = Gateway.Named("CONTOSO-FWD01").DirectRoutingMode().FrontEndServerAddress(address!);

        ViolationAssert.DoesNotReport(definition, Id);
        ViolationAssert.ReportsOnce(definition, "GW1004");
    }

    [Fact]
    public void Unknown_direct_routing_mode_DoesNotTrigger()
    {
        var spec = new GatewaySpec { RootStepId = 1, DirectRoutingMode = new Setting<bool>(true, 2, "enabled", IsKnown: false) };

        Assert.Empty(new DirectRoutingNeedsFrontEndAddressRule().Check(spec));
    }

    [Fact]
    public void Unknown_front_end_address_DoesNotTrigger()
    {
        var spec = new GatewaySpec
        {
            RootStepId = 1,
            DirectRoutingMode = new Setting<bool>(true, 2, "enabled"),
            FrontEndServerAddress = new Setting<string?>(null, 3, "address", IsKnown: false),
        };

        Assert.Empty(new DirectRoutingNeedsFrontEndAddressRule().Check(spec));
    }
}
