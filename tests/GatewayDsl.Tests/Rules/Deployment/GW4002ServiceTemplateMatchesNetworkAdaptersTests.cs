using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Deployment;

public sealed class GW4002ServiceTemplateMatchesNetworkAdaptersTests
{
    private const string Id = "GW4002";

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        // 3NIC with three adapters, and 2NIC with two.
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void ThreeNic_template_on_two_adapter_nodes_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(cluster: c => c.NetworkAdapters(2)), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("'ThreeNic' (3NIC)", v.Message);
        Assert.Contains("NetworkAdapters(2)", v.Message);
        Assert.Contains("Use GatewayTemplate.TwoNic", v.Message);
        Assert.Equal("ServiceTemplate(template)", v.Location);
    }

    [Fact]
    public void TwoNic_template_on_three_adapter_nodes_Triggers()
    {
        var definition = TestGateways.NonForwarding()
            .ServiceTemplate(GatewayTemplate.TwoNic, t => t.ProductKey(Secret.FromEnvironment("GATEWAY_PRODUCT_KEY")).VmClusterStaticIpAddress("192.168.10.50"));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("'TwoNic' (2NIC) is made for host nodes with 2 network adapters", v.Message);
        Assert.Contains("Use GatewayTemplate.ThreeNic", v.Message);
        Assert.Equal("ServiceTemplate(template)", v.Location);
    }

    [Theory]
    [InlineData(4, "4 network adapters")]
    [InlineData(1, "1 network adapter,")]
    [InlineData(0, "0 network adapters")]
    [InlineData(-2, "-2 network adapters")]
    public void Adapter_count_without_a_template_Triggers_on_perNode(int perNode, string expected)
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(cluster: c => c.NetworkAdapters(perNode)), Id);

        Assert.Contains(expected, v.Message);
        Assert.Contains("only for 2 (2NIC) and 3 (3NIC)", v.Message);
        Assert.EndsWith("NetworkAdapters(perNode)", v.Location);
    }

    [Fact]
    public void Unsupported_adapter_count_Triggers_even_without_a_service_template()
    {
        var definition = Gateway.Named("CONTOSO-GW01").OnHostCluster("GatewayHost1.contoso.com", c => c.Nodes("HV01.contoso.com", "HV02.contoso.com").NetworkAdapters(4));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.EndsWith("NetworkAdapters(perNode)", v.Location);
    }

    [Fact]
    public void Undefined_template_value_Triggers()
    {
        var definition = TestGateways.NonForwarding()
            .ServiceTemplate((GatewayTemplate)7, t => t.ProductKey(Secret.FromEnvironment("GATEWAY_PRODUCT_KEY")).VmClusterStaticIpAddress("192.168.10.50"));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("'7' is not one of the two gateway templates", v.Message);
        Assert.Equal("ServiceTemplate(template)", v.Location);
    }

    [Fact]
    public void Template_without_NetworkAdapters_call_DoesNotTrigger()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .OnHostCluster("GatewayHost1.contoso.com", c => c.Nodes("HV01.contoso.com", "HV02.contoso.com"))
            .ServiceTemplate(GatewayTemplate.ThreeNic, t => t.EvaluationDeployment());

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Adapters_without_template_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01").OnHostCluster("GatewayHost1.contoso.com", c => c.NetworkAdapters(2)), Id);
}
