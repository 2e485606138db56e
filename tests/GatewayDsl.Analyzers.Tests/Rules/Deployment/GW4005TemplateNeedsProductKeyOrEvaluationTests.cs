using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Deployment;

/// <summary>
/// GW4005 at build time: neither key nor evaluation is reported on the ServiceTemplate call, both on the
/// EvaluationDeployment call, a key source without a name on the Secret factory's argument.
/// </summary>
public sealed class GW4005TemplateNeedsProductKeyOrEvaluationTests
{
    private const string EnvironmentKey = "Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")";

    [Fact]
    public Task Neither_key_nor_evaluation_Triggers_on_the_ServiceTemplate_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((
            ".ServiceTemplate(GatewayTemplate.TwoNic, template => template.EvaluationDeployment())",
            ".{|GW4005:ServiceTemplate(GatewayTemplate.TwoNic, template => { })|}")),
        "GW4005");

    [Fact]
    public Task Neither_key_nor_evaluation_Triggers_on_the_whole_multi_line_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".ServiceTemplate(GatewayTemplate.ThreeNic,", ".{|GW4005:ServiceTemplate(GatewayTemplate.ThreeNic,"),
            (".ProductKey(" + EnvironmentKey + ")", string.Empty),
            (".VmClusterStaticIpAddress(\"192.168.10.50\"))", ".VmClusterStaticIpAddress(\"192.168.10.50\"))|}")),
        "GW4005");

    [Fact]
    public Task Key_and_evaluation_Trigger_on_EvaluationDeployment() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".ProductKey(" + EnvironmentKey + ")", ".ProductKey(" + EnvironmentKey + ").{|GW4005:EvaluationDeployment()|}")),
        "GW4005");

    [Fact]
    public Task Empty_environment_variable_Triggers_on_its_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((EnvironmentKey, "Secret.FromEnvironment({|GW4005:\"\"|})")),
        "GW4005");

    [Fact]
    public Task Blank_parameter_name_from_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (EnvironmentKey, "Secret.FromParameter({|GW4005:Keys.Parameter|})"),
            ("[Gateway]", "static class Keys { public const string Parameter = \" \"; }\n\n[Gateway]")),
        "GW4005");

    [Fact]
    public Task Product_key_from_a_parameter_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((EnvironmentKey, "Secret.FromParameter(\"ProductKey\")")),
        "GW4005");

    [Fact]
    public Task Evaluation_deployment_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.Forwarding(), "GW4005");
}
