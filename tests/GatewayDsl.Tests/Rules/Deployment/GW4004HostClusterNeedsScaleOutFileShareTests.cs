using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Deployment;

public sealed class GW4004HostClusterNeedsScaleOutFileShareTests
{
    private const string Id = "GW4004";

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void No_share_Triggers_on_the_root_call()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .InDomain("contoso.com")
            .OnHostCluster("GatewayHost1.contoso.com", c => c.Nodes("HV01.contoso.com", "HV02.contoso.com").NetworkAdapters(3));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("No Scale-Out File Server share is given", v.Message);
        Assert.Contains(".ScaleOutFileServer(", v.Message);
        Assert.Equal("Named(\"CONTOSO-GW01\")", v.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_server_Triggers(string? server)
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().ScaleOutFileServer(server!, "GatewayShare"), Id);

        Assert.Contains("Scale-Out File Server's name is empty", v.Message);
        Assert.Equal("ScaleOutFileServer(server)", v.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Empty_share_Triggers(string? share)
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().ScaleOutFileServer("sofs01.contoso.com", share!), Id);

        Assert.Contains("share's name is empty", v.Message);
        Assert.Equal("ScaleOutFileServer(share)", v.Location);
    }

    [Fact]
    public void Empty_server_and_share_Trigger_each()
    {
        var violations = ViolationAssert.Reports(TestGateways.NonForwarding().ScaleOutFileServer("", ""), Id);

        // Both sit on one call; Validate() orders findings of one call by message, so only the set is asserted.
        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Location == "ScaleOutFileServer(server)");
        Assert.Contains(violations, v => v.Location == "ScaleOutFileServer(share)");
    }

    [Fact]
    public void Invalid_server_name_DoesNotTrigger() =>
        // A malformed FQDN is GW3004's finding, not this rule's.
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().ScaleOutFileServer("sofs_01..contoso", "GatewayShare"), Id);
}
