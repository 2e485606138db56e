using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Builder;

/// <summary>The baselines every rule test starts from must themselves be clean, or "does not trigger" tests prove nothing.</summary>
public sealed class BaselineDefinitionTests
{
    [Fact]
    public void NonForwarding_baseline_has_no_violations() => ViolationAssert.IsClean(TestGateways.NonForwarding());

    [Fact]
    public void Forwarding_baseline_has_no_violations() => ViolationAssert.IsClean(TestGateways.Forwarding());

    [Fact]
    public void Procedure_example_connection_string_is_reproduced_exactly()
    {
        var definition = Gateway.Named("GW01")
            .OnHostCluster("GatewayHost1.contoso.com", c => c.Nodes("a.contoso.com", "b.contoso.com"))
            .GatewayVm("GatewayVM1.contoso.com")
            .BackendSwitch("VirtualSwitch1");

        Assert.Equal(
            "VMHost=GatewayHost1.contoso.com;GatewayVM=GatewayVM1.contoso.com;BackendSwitch=VirtualSwitch1",
            definition.GetConnectionString());
    }

    [Fact]
    public void Forwarding_connection_string_has_keys_in_documented_order() =>
        Assert.Equal(
            "VMHost=GatewayHost2.contoso.com;GatewayVM=GatewayVM2.contoso.com;BackendSwitch=VirtualSwitch2;DirectRoutingMode=True;FrontEndServerAddress=131.107.20.5;MaxVMNetworksSupported=1",
            TestGateways.Forwarding().GetConnectionString());
}
