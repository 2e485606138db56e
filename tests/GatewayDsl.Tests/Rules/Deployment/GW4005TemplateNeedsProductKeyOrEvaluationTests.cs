using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Deployment;

public sealed class GW4005TemplateNeedsProductKeyOrEvaluationTests
{
    private const string Id = "GW4005";

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        // A product key from the environment (non-forwarding) and an evaluation deployment (forwarding).
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Neither_key_nor_evaluation_Triggers_on_the_template()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(includeProductKey: false), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("neither a product key nor an evaluation deployment", v.Message);
        Assert.Contains("EvaluationDeployment()", v.Message);
        Assert.Contains("@ProductKey@", v.Message);
        Assert.Equal("ServiceTemplate(...)", v.Location);
    }

    [Fact]
    public void Key_and_evaluation_Triggers_on_EvaluationDeployment()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.Forwarding(template: t => t.ProductKey(Secret.FromParameter("ProductKey"))), Id);

        Assert.Contains("both a product key and EvaluationDeployment()", v.Message);
        Assert.Contains("Remove EvaluationDeployment() to deploy with the product key", v.Message);
        Assert.EndsWith("EvaluationDeployment(...)", v.Location);
    }

    [Fact]
    public void Evaluation_added_to_a_keyed_template_Triggers() =>
        ViolationAssert.ReportsOnce(TestGateways.NonForwarding(template: t => t.EvaluationDeployment()), Id);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Key_from_unnamed_environment_variable_Triggers(string? variable)
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.NonForwarding(includeProductKey: false, template: t => t.ProductKey(Secret.FromEnvironment(variable!))), Id);

        Assert.Contains("names no environment variable", v.Message);
        Assert.EndsWith("FromEnvironment(variable)", v.Location);
        Assert.Contains("ProductKey(", v.Location);
    }

    [Fact]
    public void Key_from_unnamed_script_parameter_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.NonForwarding(includeProductKey: false, template: t => t.ProductKey(Secret.FromParameter(""))), Id);

        Assert.Contains("names no script parameter", v.Message);
        Assert.EndsWith("FromParameter(name)", v.Location);
    }

    [Fact]
    public void Literal_key_DoesNotTrigger() =>
        // A literal is a key source; GW6001 warns about it.
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(includeProductKey: false, template: t => t.ProductKey(Secret.Literal("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"))), Id);

    [Fact]
    public void Evaluation_only_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(includeProductKey: false, template: t => t.EvaluationDeployment()), Id);

    [Fact]
    public void Missing_template_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01"), Id);
}
