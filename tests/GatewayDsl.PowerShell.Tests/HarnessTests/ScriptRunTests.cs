using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.HarnessTests;

/// <summary>The harness runs scripts like a deployment would be run, and reports streams, errors and termination.</summary>
public class ScriptRunTests
{
    private const string GuardedScript = """
        [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
        param([string]$Name = 'Tenant')
        $ln = Get-SCLogicalNetwork -Name $Name
        if (-not $ln -and $PSCmdlet.ShouldProcess($Name, 'New-SCLogicalNetwork')) {
            $ln = New-SCLogicalNetwork -Name $Name
            Add-SCVMHostCluster -Name 'C1' -Credential (Get-SCRunAsAccount -Name 'ra') | Out-Null
        }
        foreach ($h in Get-SCVMHost) {
            if ($PSCmdlet.ShouldProcess($h.Name, 'Set-SCVMHost')) { Set-SCVMHost -VMHost $h -IsDedicatedToNetworkVirtualizationGateway $true | Out-Null }
        }
        """;

    private static FabricSeed Seed() => new FabricSeed().RunAsAccount("ra", @"CONTOSO\u").HostGroup("All Hosts").HostCluster("C0", "All Hosts", "h1.contoso.com");

    [Fact]
    public void WhatIf_WithShouldProcessGuards_RecordsNoChanges()
    {
        using var harness = new PowerShellHarness().Seed(Seed());
        var result = harness.RunScript(GuardedScript, new Dictionary<string, object?> { ["WhatIf"] = true });
        Assert.True(result.Succeeded, result.Describe());
        Assert.Empty(result.Changes);
        Assert.Equal(new[] { "Get-SCLogicalNetwork", "Get-SCVMHost" }, result.Calls.Select(c => c.Cmdlet));
    }

    [Fact]
    public void ConfirmFalse_RunsTheGuardedChangesWithoutPrompting()
    {
        using var harness = new PowerShellHarness().Seed(Seed());
        var result = harness.RunScript(GuardedScript, new Dictionary<string, object?> { ["Confirm"] = false });
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(new[] { "New-SCLogicalNetwork", "Add-SCVMHostCluster", "Set-SCVMHost" }, result.Changes.Select(c => c.Cmdlet));
    }

    [Fact]
    public void AConfirmPrompt_FailsInsteadOfWaiting()
    {
        // ConfirmImpact High >= $ConfirmPreference High: ShouldProcess wants to prompt, and the runspace has no UI.
        using var harness = new PowerShellHarness().Seed(Seed());
        harness.Timeout = TimeSpan.FromSeconds(20);
        var result = harness.RunScript(GuardedScript);
        Assert.False(result.TimedOut);
        Assert.NotEmpty(result.AllErrors);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void WhatIf_DoesNotStopUnguardedVmmCalls_BecauseVmmCmdletsIgnoreIt()
    {
        // The stubs declare no -WhatIf (the reference lists none), so a script must guard every change itself.
        using var harness = new PowerShellHarness();
        var result = harness.RunScript("""
            [CmdletBinding(SupportsShouldProcess)] param()
            New-SCLogicalNetwork -Name 'Unguarded' | Out-Null
            """, new Dictionary<string, object?> { ["WhatIf"] = true });
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("New-SCLogicalNetwork", Assert.Single(result.Changes).Cmdlet);
        var passed = harness.RunScript("New-SCLogicalNetwork -Name 'x' -WhatIf");
        Assert.StartsWith("NamedParameterNotFound", Assert.Single(passed.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Fact]
    public void Streams_AreCaptured()
    {
        using var harness = new PowerShellHarness();
        var result = harness.RunScript("""
            [CmdletBinding()] param()
            Write-Warning 'careful'
            Write-Verbose 'details'
            Write-Information 'info'
            Write-Host 'host text'
            Write-Error 'not fatal'
            'output'
            """, new Dictionary<string, object?> { ["Verbose"] = true });
        Assert.False(result.Terminated);
        Assert.Equal(new[] { "careful" }, result.Warnings);
        Assert.Equal(new[] { "details" }, result.Verbose);
        Assert.Equal(new[] { "info", "host text" }, result.Information);
        Assert.Equal("not fatal", Assert.Single(result.Errors).ToString());
        Assert.Equal("output", Assert.Single(result.Output).BaseObject);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Throw_TerminatesTheScript_AndCallsUpToThenAreRecorded()
    {
        using var harness = new PowerShellHarness();
        var result = harness.RunScript("New-SCLogicalNetwork -Name a | Out-Null; throw 'stop here'; New-SCLogicalNetwork -Name b");
        Assert.True(result.Terminated);
        Assert.Equal("stop here", result.TerminatingError!.ToString());
        Assert.Equal("a", Assert.Single(result.Calls)["Name"]);
    }

    [Fact]
    public void ErrorActionPreferenceStop_MakesABindingErrorTerminating()
    {
        using var harness = new PowerShellHarness();
        var result = harness.RunScript("$ErrorActionPreference = 'Stop'; New-SCLogicalNetwork -Name a -Bogus 1; New-SCLogicalNetwork -Name b");
        Assert.True(result.Terminated);
        Assert.StartsWith("NamedParameterNotFound", result.TerminatingError!.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Empty(result.Calls);
    }

    [Fact]
    public void StrictModeLatest_InTheScript_DoesNotBreakTheStubs()
    {
        using var harness = new PowerShellHarness().Seed(FabricSeed.GatewayPrerequisites());
        var result = harness.RunScript($$"""
            Set-StrictMode -Version Latest
            $ErrorActionPreference = 'Stop'
            $cluster = Get-SCVMHostCluster -Name '{{GatewayFabric.HostCluster}}'
            foreach ($node in $cluster.Nodes) { Set-SCVMHost -VMHost $node -IsDedicatedToNetworkVirtualizationGateway $true | Out-Null }
            Register-SCStorageFileShare -FileSharePath '\\SOFS01.contoso.com\Other' -VMHostCluster $cluster | Out-Null
            $template = Import-SCTemplate -Path '{{GatewayFabric.TemplatePackagePath}}' -Overwrite
            $config = New-SCServiceConfiguration -Name 'GW' -ServiceTemplate $template -VMHostGroup $cluster.VMHostGroup
            foreach ($s in Get-SCServiceSetting -ServiceConfiguration $config) { Set-SCServiceSetting -ServiceSetting $s -Value 'v' | Out-Null }
            $ln = New-SCLogicalNetwork -Name 'Back End' -EnableNetworkVirtualization $true -UseGRE $true
            $vmnet = New-SCVMNetwork -Name 'Tenant' -LogicalNetwork $ln -IsolationType WindowsNetworkVirtualization -CAIPAddressPoolType IPV4 -PAIPAddressPoolType IPV4
            $gw = Add-SCVMNetworkGateway -Name 'Tenant_Gateway' -VMNetwork $vmnet -RequiresVPN -EnableBGP $true -AutonomousSystemNumber 65001
            Add-SCVPNConnection -VMNetworkGateway $gw -Name 'ToHQ' -Protocol IKEv2 -TargetIPv4VPNAddress '203.0.113.1' -AuthenticationMethod PSKOnly -Secret (Get-SCRunAsAccount -Name '{{GatewayFabric.AdminRunAs}}') | Out-Null
            Add-SCBGPPeer -VMNetworkGateway $gw -PeerIPAddress '10.254.0.1' -PeerASN 65002 | Out-Null
            $nat = Add-SCNATConnection -VMNetworkGateway $gw -Name 'NAT' -ExternalIPAddress '198.51.100.7'
            Add-SCNATRule -NATConnection $nat -Name 'web' -InternalIPAddress '192.168.0.4' -ExternalPort 80 -InternalPort 80 -Protocol TCP | Out-Null
            @(Get-SCVPNConnection -VMNetworkGateway $gw).Count + @(Get-SCBGPPeer -VMNetworkGateway $gw).Count + @(Get-SCNATConnection -VMNetworkGateway $gw).Count
            """);
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(3, Assert.Single(result.Output).BaseObject);
        Assert.Equal("IPSec", result.Calls.Single(c => c.Cmdlet == "Add-SCVPNConnection").ParameterSet);
        Assert.Equal("Default", result.Calls.Single(c => c.Cmdlet == "Add-SCVMNetworkGateway").ParameterSet);
        Assert.Equal("RegisterToCluster", result.Calls.Single(c => c.Cmdlet == "Register-SCStorageFileShare").ParameterSet);
    }

    [Fact]
    public void RunFile_PassesParameters_AndReportsTheExitCode()
    {
        var path = Path.Combine(Path.GetTempPath(), $"Deploy-Probe-{Guid.NewGuid():N}.ps1");
        File.WriteAllText(path, """
            param([Parameter(Mandatory)][string]$Name, [int]$Code = 0)
            New-SCLogicalNetwork -Name $Name | Out-Null
            Write-Information "root=$PSScriptRoot"
            exit $Code
            """);
        try
        {
            using var harness = new PowerShellHarness();
            var result = harness.RunFile(path, new Dictionary<string, object?> { ["Name"] = "Front End", ["Code"] = 3 });
            Assert.Equal(3, result.ExitCode);
            Assert.Equal("Front End", Assert.Single(result.Calls)["Name"]);
            Assert.Equal("root=" + Path.GetDirectoryName(path), Assert.Single(result.Information));

            var missing = harness.RunFile(path);
            Assert.False(missing.TimedOut);
            Assert.StartsWith("MissingMandatoryParameter", Assert.Single(missing.AllErrors).FullyQualifiedErrorId, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadHost_FailsInsteadOfWaiting()
    {
        using var harness = new PowerShellHarness { Timeout = TimeSpan.FromSeconds(20) };
        var result = harness.RunScript("$x = Read-Host 'Password'; New-SCLogicalNetwork -Name $x");
        Assert.False(result.TimedOut);
        Assert.NotEmpty(result.AllErrors);
    }

    [Fact]
    public void AHangingScript_IsStoppedAfterTheTimeout()
    {
        using var harness = new PowerShellHarness { Timeout = TimeSpan.FromSeconds(1) };
        var result = harness.RunScript("while ($true) { Start-Sleep -Milliseconds 20 }");
        Assert.True(result.TimedOut);
        Assert.True(result.Terminated);
    }
}
