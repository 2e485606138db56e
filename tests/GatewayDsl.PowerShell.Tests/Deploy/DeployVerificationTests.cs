using System;
using System.Linq;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Deploy;

/// <summary>The verification stage (procedure step 8) warns, with what to check, when the deployed gateway is not healthy.</summary>
public class DeployVerificationTests
{
    [Fact]
    public void AnUnhealthyGateway_GivesWarningsWithWhatToCheck_ButTheRunCompletes()
    {
        using var harness = DeployHarness.Create(DeploySample.Forwarding);
        harness.SetGlobal("DeployTestPingAnswer", "$false");
        harness.SetGlobal("DeployTestAdapterCount", "2");
        harness.SetGlobal("DeployTestVmStatus", "'Stopped'");

        var result = harness.Run(DeploySample.Forwarding);

        Assert.False(result.Terminated, result.Describe());
        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Warnings.Count);
        Assert.Equal(2, result.Warnings.Count(w => w.Contains("has 2 network adapter(s), not three", StringComparison.Ordinal)));
        Assert.Equal(2, result.Warnings.Count(w => w.Contains("is 'Stopped', not Running", StringComparison.Ordinal)));
        var ping = Assert.Single(result.Warnings, w => w.Contains("does not answer ping", StringComparison.Ordinal));
        Assert.Contains("'GatewayVM2.contoso.com'", ping, StringComparison.Ordinal);
        Assert.Contains("check DNS, the firewall and the state of the gateway's guest cluster", ping, StringComparison.Ordinal);
        Assert.Equal(new[] { "GatewayVM2.contoso.com" }, harness.Pings());
    }
}
