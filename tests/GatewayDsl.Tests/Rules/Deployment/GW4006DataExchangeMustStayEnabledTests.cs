using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Deployment;

public sealed class GW4006DataExchangeMustStayEnabledTests
{
    private const string Id = "GW4006";

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Disabling_data_exchange_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.NonForwarding(template: t => t.DisableIntegrationService(GatewayIntegrationService.DataExchange)), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("'DataExchange' must not be disabled", v.Message);
        Assert.Contains("Remove DisableIntegrationService(GatewayIntegrationService.DataExchange)", v.Message);
        Assert.EndsWith("DisableIntegrationService(service)", v.Location);
        Assert.StartsWith("ServiceTemplate(", v.Location);
    }

    [Fact]
    public void Disabling_data_exchange_among_others_Triggers_once()
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.Forwarding(template: t => t
                .DisableIntegrationService(GatewayIntegrationService.TimeSynchronization)
                .DisableIntegrationService(GatewayIntegrationService.DataExchange)
                .DisableIntegrationService(GatewayIntegrationService.Backup)),
            Id);

        Assert.EndsWith("DisableIntegrationService(service)", v.Location);
    }

    [Fact]
    public void Disabling_data_exchange_twice_Triggers_twice() =>
        Assert.Equal(2, ViolationAssert.Reports(
            TestGateways.NonForwarding(template: t => t
                .DisableIntegrationService(GatewayIntegrationService.DataExchange)
                .DisableIntegrationService(GatewayIntegrationService.DataExchange)),
            Id).Count);

    [Theory]
    [InlineData(GatewayIntegrationService.Shutdown)]
    [InlineData(GatewayIntegrationService.TimeSynchronization)]
    [InlineData(GatewayIntegrationService.Heartbeat)]
    [InlineData(GatewayIntegrationService.Backup)]
    [InlineData(GatewayIntegrationService.GuestServices)]
    public void Disabling_other_services_DoesNotTrigger(GatewayIntegrationService service) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(template: t => t.DisableIntegrationService(service)), Id);

    [Fact]
    public void Undefined_service_value_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(template: t => t.DisableIntegrationService((GatewayIntegrationService)42)), Id);
}
