using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Deployment;

/// <summary>
/// GW4002 at build time: an adapter count without a template is reported on NetworkAdapters' argument, a template
/// that does not match on ServiceTemplate's template argument.
/// </summary>
public sealed class GW4002ServiceTemplateMatchesNetworkAdaptersTests
{
    [Fact]
    public Task Template_for_other_adapters_Triggers_on_the_template() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".ServiceTemplate(GatewayTemplate.ThreeNic,", ".ServiceTemplate({|GW4002:GatewayTemplate.TwoNic|},")),
        "GW4002");

    [Fact]
    public Task Adapter_count_without_a_template_Triggers_on_the_count() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((".NetworkAdapters(2)", ".NetworkAdapters({|GW4002:4|})")),
        "GW4002");

    [Fact]
    public Task Adapter_count_from_a_constant_of_another_class_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".NetworkAdapters(3)", ".NetworkAdapters(perNode: {|GW4002:Hardware.AdaptersPerNode|})"),
            ("[Gateway]", "static class Hardware { public const int AdaptersPerNode = 1; }\n\n[Gateway]")),
        "GW4002");

    [Fact]
    public Task Mismatch_through_a_constant_adapter_count_Triggers_on_the_template() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (".NetworkAdapters(2)", ".NetworkAdapters(Hardware.AdaptersPerNode)"),
            (".ServiceTemplate(GatewayTemplate.TwoNic,", ".ServiceTemplate({|GW4002:Hardware.Template|},"),
            ("[Gateway]", "static class Hardware { public const int AdaptersPerNode = 3; public const GatewayTemplate Template = GatewayTemplate.TwoNic; }\n\n[Gateway]")),
        "GW4002");

    [Fact]
    public Task Template_cast_from_a_number_Triggers_on_the_cast() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".ServiceTemplate(GatewayTemplate.ThreeNic,", ".ServiceTemplate({|GW4002:(GatewayTemplate)7|},")),
        "GW4002");

    [Fact]
    public Task Matching_template_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW4002");

    [Fact]
    public Task Matching_2NIC_template_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.Forwarding(), "GW4002");
}
