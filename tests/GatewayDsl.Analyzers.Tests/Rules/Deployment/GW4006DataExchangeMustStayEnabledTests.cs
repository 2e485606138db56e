using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Deployment;

/// <summary>GW4006 at build time: reported on the service argument of each DisableIntegrationService(DataExchange).</summary>
public sealed class GW4006DataExchangeMustStayEnabledTests
{
    private const string Evaluation = "template => template.EvaluationDeployment())";

    [Fact]
    public Task Disabled_data_exchange_Triggers_on_the_service() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((Evaluation, "template => template.EvaluationDeployment().DisableIntegrationService({|GW4006:GatewayIntegrationService.DataExchange|}))")),
        "GW4006");

    [Fact]
    public Task Data_exchange_from_an_enum_constant_of_another_class_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (Evaluation, "template => template.EvaluationDeployment().DisableIntegrationService(service: {|GW4006:Services.Disabled|}))"),
            ("[Gateway]", "static class Services { public const GatewayIntegrationService Disabled = GatewayIntegrationService.DataExchange; }\n\n[Gateway]")),
        "GW4006");

    [Fact]
    public Task Each_call_that_disables_data_exchange_Triggers() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((
            ".VmClusterStaticIpAddress(\"192.168.10.50\"))",
            ".VmClusterStaticIpAddress(\"192.168.10.50\")\n"
            + "            .DisableIntegrationService({|GW4006:GatewayIntegrationService.DataExchange|})\n"
            + "            .DisableIntegrationService(GatewayIntegrationService.Backup)\n"
            + "            .DisableIntegrationService({|GW4006:(GatewayIntegrationService)2|}))")),
        "GW4006");

    [Fact]
    public Task Other_disabled_services_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((Evaluation, "template => template.EvaluationDeployment()"
            + ".DisableIntegrationService(GatewayIntegrationService.TimeSynchronization).DisableIntegrationService(GatewayIntegrationService.GuestServices))")),
        "GW4006");

    [Fact]
    public Task No_disabled_service_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW4006");
}
