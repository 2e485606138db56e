using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using GatewayDsl.CodeFixes.Networking;
using Xunit;
using Verify = GatewayDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<GatewayDsl.CodeFixes.Networking.NoClusterAddressWithDhcpCodeFix>;

namespace GatewayDsl.Analyzers.Tests.CodeFixes;

/// <summary>GW2006's fix: remove VmClusterStaticIpAddress(...) when Infrastructure uses DHCP.</summary>
public sealed class GW2006NoClusterAddressWithDhcpCodeFixTests
{
    private const string Key = NoClusterAddressWithDhcpCodeFix.EquivalenceKey;
    private const string Template = "template => template.EvaluationDeployment()";

    [Fact]
    public Task Call_at_the_end_of_a_one_line_chain_is_removed() => Verify.VerifyAsync(
        SampleSource.Forwarding((Template, Template + ".VmClusterStaticIpAddress({|GW2006:\"192.168.20.50\"|})")),
        SampleSource.Forwarding(),
        Key);

    [Fact]
    public Task Last_call_on_its_own_line_is_removed_and_the_parenthesis_follows_the_previous_call() => Verify.VerifyAsync(
        SampleSource.Forwarding((Template, "template => template\n            .EvaluationDeployment()\n            .VmClusterStaticIpAddress({|GW2006:\"192.168.20.50\"|})")),
        SampleSource.Forwarding((Template, "template => template\n            .EvaluationDeployment()")),
        Key);

    [Fact]
    public Task Call_in_the_middle_of_a_chain_is_removed() => Verify.VerifyAsync(
        SampleSource.Forwarding((Template, "template => template\n            .VmClusterStaticIpAddress({|GW2006:\"192.168.20.50\"|})\n            .EvaluationDeployment()")),
        SampleSource.Forwarding((Template, "template => template\n            .EvaluationDeployment()")),
        Key);

    [Fact]
    public Task Statement_in_a_block_lambda_is_removed() => Verify.VerifyAsync(
        SampleSource.Forwarding((Template, "template =>\n        {\n            template.EvaluationDeployment();\n            template.VmClusterStaticIpAddress({|GW2006:\"192.168.20.50\"|});\n        }")),
        SampleSource.Forwarding((Template, "template =>\n        {\n            template.EvaluationDeployment();\n        }")),
        Key);

    [Fact]
    public Task Only_call_of_an_expression_lambda_leaves_an_empty_block() => Verify.VerifyAsync(
        SampleSource.Forwarding((Template, "template => template.VmClusterStaticIpAddress({|GW2006:\"192.168.20.50\"|})")),
        SampleSource.Forwarding((Template, "template => { }")),
        Key,
        "GW2006");

    [Fact]
    public async Task Title_and_key()
    {
        var actions = await Verify.ActionsAsync(SampleSource.Forwarding((Template, Template + ".VmClusterStaticIpAddress(\"192.168.20.50\")")));

        var action = Assert.Single(actions);
        Assert.Equal(NoClusterAddressWithDhcpCodeFix.Title, action.Title);
        Assert.Equal("Remove VmClusterStaticIpAddress(...): Infrastructure uses DHCP", action.Title);
        Assert.Equal(Key, action.EquivalenceKey);
    }

    [Fact]
    public Task Fix_all_removes_the_call_from_every_definition() => Verify.VerifyFixAllAsync(
        TwoDefinitions(".VmClusterStaticIpAddress({|GW2006:\"192.168.20.50\"|})", ".VmClusterStaticIpAddress({|GW2006:\"192.168.30.50\"|})"),
        TwoDefinitions(string.Empty, string.Empty),
        Key,
        diagnostics: 2,
        "GW2006");

    private static string TwoDefinitions(string first, string second) => $$"""
        using GatewayDsl;

        [Gateway]
        public static class First
        {
            public static GatewayDefinition Define() => Gateway.Named("FIRST")
                .Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts", s => s.Subnet("192.168.20.0/24").UsesDhcp()))
                .ServiceTemplate(GatewayTemplate.TwoNic, t => t.EvaluationDeployment(){{first}});
        }

        [Gateway]
        public static class Second
        {
            public static GatewayDefinition Define() => Gateway.Named("SECOND")
                .Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts", s => s.Subnet("192.168.30.0/24").UsesDhcp()))
                .ServiceTemplate(GatewayTemplate.TwoNic, t => t.EvaluationDeployment(){{second}});
        }
        """;
}
