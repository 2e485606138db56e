using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Usage;

public sealed class GW0003SettingGivenTwiceTests
{
    [Fact]
    public void Root_setting_given_twice_Triggers_on_the_earlier_call()
    {
        var violation = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().GatewayVm("GatewayVM9.contoso.com"), "GW0003");

        Assert.Equal("GatewayVm(...)", violation.Location);
        Assert.Contains("The gateway VM (GatewayVm) is given twice", violation.Message);
        Assert.Equal(GatewaySeverity.Warning, violation.Severity);
    }

    [Fact]
    public void Nested_setting_given_twice_Triggers_with_its_path()
    {
        var definition = TestGateways.NonForwarding(cluster: c => c.NetworkAdapters(3));

        var violation = ViolationAssert.ReportsOnce(definition, "GW0003");

        Assert.Equal("OnHostCluster(\"GatewayHost1.contoso.com\") › NetworkAdapters(...)", violation.Location);
    }

    [Fact]
    public void Product_key_given_twice_Triggers_on_the_earlier_ProductKey_call_not_on_its_secret()
    {
        var definition = TestGateways.NonForwarding(template: t => t.ProductKey(Secret.FromEnvironment("OTHER_PRODUCT_KEY")));

        var violation = ViolationAssert.ReportsOnce(definition, "GW0003");

        Assert.EndsWith("ServiceTemplate() › ProductKey(...)", violation.Location);
        Assert.Contains("The product key (ProductKey) is given twice", violation.Message);
    }

    [Fact]
    public void Scope_given_twice_Triggers()
    {
        var definition = TestGateways.NonForwarding().ServiceTemplate(GatewayTemplate.ThreeNic, t => t
            .ProductKey(Secret.FromEnvironment("GATEWAY_PRODUCT_KEY"))
            .VmClusterStaticIpAddress("192.168.10.50"));

        Assert.Contains("ServiceTemplate", ViolationAssert.ReportsOnce(definition, "GW0003").Message);
    }

    [Fact]
    public void The_later_value_wins()
    {
        var definition = TestGateways.NonForwarding().BackendSwitch("VirtualSwitch9");

        Assert.Contains("BackendSwitch=VirtualSwitch9", definition.GetConnectionString());
    }

    [Fact]
    public void List_settings_given_several_times_DoesNotTrigger()
    {
        var definition = TestGateways.NonForwarding(
            infraPool: p => p.Reserve("192.168.10.51").DnsServers("192.168.10.6"),
            networkService: ns => ns.HostGroups("All Hosts\\Edge\\Rack2"));

        ViolationAssert.DoesNotReport(definition, "GW0003");
    }

    [Fact]
    public void Valid_samples_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), "GW0003");
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), "GW0003");
    }
}
