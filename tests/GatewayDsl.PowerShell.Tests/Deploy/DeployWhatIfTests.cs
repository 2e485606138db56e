using System;
using System.Linq;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Deploy;

/// <summary>-WhatIf runs the preflight and previews every change without making one; a stop at step 4 resumes cleanly.</summary>
public class DeployWhatIfTests
{
    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void WhatIf_RunsThePreflight_AndCreatesNothing(string sample)
    {
        var deploySample = DeploySample.Named(sample);
        using var harness = DeployHarness.Create(deploySample);
        var parameters = deploySample.Parameters();
        parameters["WhatIf"] = true;

        var result = harness.Run(deploySample, parameters);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Empty(result.Changes);
        Assert.Empty(harness.Fabric("LogicalNetwork"));
        Assert.Empty(harness.Fabric("NetworkService"));
        Assert.Contains(result.Calls, c => c.Cmdlet == "Get-SCVMHostCluster");
        Assert.DoesNotContain(result.Calls, c => c.Cmdlet is "Test-SCNetworkService" or "Get-SCNetworkServiceCapabilities");
        Assert.Empty(harness.Pings());
    }

    [Fact]
    public void WhatIf_AfterAFullRun_StillChangesNothing()
    {
        using var harness = DeployHarness.Create(DeploySample.Edge);
        Assert.True(harness.Run(DeploySample.Edge).Succeeded);
        var parameters = DeploySample.Edge.Parameters();
        parameters["WhatIf"] = true;

        var result = harness.Run(DeploySample.Edge, parameters);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void MissingHostNetworking_StopsBeforeTheService_AndASecondRunContinuesWhereTheFirstStopped()
    {
        // Step 4 is manual: the back-end switch of the connection string is missing on the second node.
        var sample = DeploySample.Edge;
        using var harness = DeployHarness.Create(sample);
        Assert.Equal(1, harness.RunScript("""
            $list = Get-VmmFabricList -Kind 'VirtualNetwork'
            $node = (Get-VmmFabricObject -Kind 'Host' -Name 'HV02.contoso.com')[0]
            $found = @($list | Where-Object { Test-VmmSameObject $_.VMHost $node })
            foreach ($item in $found) { $null = $list.Remove($item) }
            $found.Count
            """).Output.Select(o => Convert.ToInt32(o.BaseObject, System.Globalization.CultureInfo.InvariantCulture)).Single());

        var stopped = harness.Run(sample);

        Assert.NotNull(stopped.TerminatingError);
        var message = stopped.TerminatingError!.ToString();
        Assert.Contains("Step 4 (manual) is not done: virtual switch 'VirtualSwitch1' (BackendSwitch) is missing on HV02.contoso.com", message, StringComparison.Ordinal);
        Assert.Contains(stopped.Changes, c => c.Cmdlet == "New-SCLogicalNetwork");
        Assert.DoesNotContain(stopped.Changes, c => c.Cmdlet is "Register-SCStorageFileShare" or "Set-SCVMHost" or "Import-SCTemplate" or "New-SCService");

        var fix = harness.RunScript("""
            $node = (Get-VmmFabricObject -Kind 'Host' -Name 'HV02.contoso.com')[0]
            $null = New-VmmFabricObject -Kind 'VirtualNetwork' -Properties ([ordered]@{ Name = 'VirtualSwitch1'; VMHost = $node })
            """);
        Assert.True(fix.Succeeded, fix.Describe());
        var resumed = harness.Run(sample);

        Assert.True(resumed.Succeeded, resumed.Describe());
        Assert.DoesNotContain(resumed.Changes, c => c.Cmdlet is "New-SCLogicalNetwork" or "New-SCLogicalNetworkDefinition" or "New-SCStaticIPAddressPool" or "New-SCLogicalSwitch");
        Assert.Contains(resumed.Changes, c => c.Cmdlet == "New-SCService");
        Assert.Single(harness.Fabric("LogicalNetwork", "External"));
    }
}
