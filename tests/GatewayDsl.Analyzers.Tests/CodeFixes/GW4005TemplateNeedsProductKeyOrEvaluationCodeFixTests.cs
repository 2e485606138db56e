using System.Linq;
using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using GatewayDsl.CodeFixes.Deployment;
using Xunit;
using Fix = GatewayDsl.CodeFixes.Deployment.TemplateNeedsProductKeyOrEvaluationCodeFix;
using Verify = GatewayDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<GatewayDsl.CodeFixes.Deployment.TemplateNeedsProductKeyOrEvaluationCodeFix>;

namespace GatewayDsl.Analyzers.Tests.CodeFixes;

/// <summary>GW4005's fixes: add EvaluationDeployment() or a product key from the environment; with both, drop the evaluation.</summary>
public sealed class GW4005TemplateNeedsProductKeyOrEvaluationCodeFixTests
{
    private const string ProductKeyLine = "\n            .ProductKey(Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\"))";
    private const string TemplateCall = ".ServiceTemplate(GatewayTemplate.ThreeNic, template => template";
    private const string TemplateEnd = ".VmClusterStaticIpAddress(\"192.168.10.50\"))";
    private const string ForwardingTemplate = "template => template.EvaluationDeployment()";

    /// <summary>The sample's template without ProductKey, the diagnostic marked on ServiceTemplate(...).</summary>
    private static string WithoutKey() => SampleSource.NonForwarding(
        (ProductKeyLine, string.Empty),
        (TemplateCall, ".{|GW4005:ServiceTemplate(GatewayTemplate.ThreeNic, template => template"),
        (TemplateEnd, TemplateEnd + "|}"));

    [Fact]
    public Task Evaluation_deployment_is_added_to_the_template_lambda() => Verify.VerifyAsync(
        WithoutKey(),
        SampleSource.NonForwarding((ProductKeyLine, string.Empty), (TemplateEnd, ".VmClusterStaticIpAddress(\"192.168.10.50\")\n            .EvaluationDeployment())")),
        Fix.EvaluationKey);

    [Fact]
    public Task Product_key_from_the_environment_is_added_and_Secret_is_simplified() => Verify.VerifyAsync(
        WithoutKey(),
        SampleSource.NonForwarding((ProductKeyLine, string.Empty), (TemplateEnd, ".VmClusterStaticIpAddress(\"192.168.10.50\")" + ProductKeyLine + ")")),
        Fix.ProductKeyKey);

    [Fact]
    public Task Without_a_using_directive_Secret_stays_qualified() => Verify.VerifyAsync(
        """
        [GatewayDsl.Gateway]
        public static class Edge
        {
            public static GatewayDsl.GatewayDefinition Define() => GatewayDsl.Gateway.Named("EDGE")
                .{|GW4005:ServiceTemplate(GatewayDsl.GatewayTemplate.TwoNic, t => t.VmClusterStaticIpAddress("192.168.10.50"))|};
        }
        """,
        """
        [GatewayDsl.Gateway]
        public static class Edge
        {
            public static GatewayDsl.GatewayDefinition Define() => GatewayDsl.Gateway.Named("EDGE")
                .ServiceTemplate(GatewayDsl.GatewayTemplate.TwoNic, t => t.VmClusterStaticIpAddress("192.168.10.50").ProductKey(GatewayDsl.Secret.FromEnvironment("GATEWAY_PRODUCT_KEY")));
        }
        """,
        Fix.ProductKeyKey,
        "GW4005");

    [Fact]
    public Task Block_lambda_gets_a_statement() => Verify.VerifyAsync(
        SampleSource.Forwarding(
            (".ServiceTemplate(GatewayTemplate.TwoNic, " + ForwardingTemplate + ")", ".{|GW4005:ServiceTemplate(GatewayTemplate.TwoNic, template =>\n        {\n            // Backups run from the host.\n            template.DisableIntegrationService(GatewayIntegrationService.Backup);\n        })|}")),
        SampleSource.Forwarding(
            (ForwardingTemplate, "template =>\n        {\n            // Backups run from the host.\n            template.DisableIntegrationService(GatewayIntegrationService.Backup);\n            template.EvaluationDeployment();\n        }")),
        Fix.EvaluationKey);

    [Fact]
    public Task With_both_the_evaluation_deployment_is_removed() => Verify.VerifyAsync(
        SampleSource.Forwarding((ForwardingTemplate, "template => template.ProductKey(Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")).{|GW4005:EvaluationDeployment()|}")),
        SampleSource.Forwarding((ForwardingTemplate, "template => template.ProductKey(Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\"))")),
        Fix.RemoveEvaluationKey);

    [Fact]
    public async Task Titles_and_keys_of_both_alternatives()
    {
        var actions = await Verify.ActionsAsync(SampleSource.NonForwarding((ProductKeyLine, string.Empty)));

        Assert.Equal(
            ["Add EvaluationDeployment() (deploy without product keys)", "Take the product key from environment variable GATEWAY_PRODUCT_KEY"],
            actions.Select(a => a.Title));
        Assert.Equal([Fix.EvaluationKey, Fix.ProductKeyKey], actions.Select(a => a.EquivalenceKey));
    }

    [Fact]
    public async Task Unnamed_environment_variable_offers_nothing() =>
        Assert.Empty(await Verify.ActionsAsync(SampleSource.NonForwarding(("Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")", "Secret.FromEnvironment(\"\")"))));

    [Fact]
    public void No_fix_all_keys_or_evaluation_is_a_decision() => Assert.Null(new Fix().GetFixAllProvider());
}
