using System;
using System.Collections.Generic;
using System.Linq;
using GatewayDsl.PowerShell.Tests.Harness;

namespace GatewayDsl.PowerShell.Tests.Deploy;

/// <summary>
/// The adapter between the shared harness (Harness/, Stubs/) and the deployment scripts. The shared stubs only record
/// Set- cmdlets, make one package mapping without a PackageId, return a service without VMs, do not filter virtual network
/// adapters by VM, and a real ping would leave the machine; the script's later stages and its verification need more, so
/// this class overrides those few stubs (through <see cref="PowerShellHarness.Override"/>) and replaces Test-Connection.
/// </summary>
public static class DeployHarness
{
    /// <summary>The resource names the template package refers to (the mapping IDs New-SCPackageMapping returns here).</summary>
    public static readonly string[] PackageIds = { "VMClusterSetup.cr", "WS2012R2-Gateway.vhdx", "Blank Disk - CSV.vhdx", "Blank Disk - Quorum.vhdx" };

    // Set-SCVMHost changes the host, so a second run sees it dedicated (the shared stub only records).
    private const string SetVmHost = """
        param($BoundParameters, $ParameterSetName)
        $vmHost = $BoundParameters['VMHost']
        if ($BoundParameters.Contains('IsDedicatedToNetworkVirtualizationGateway')) {
            $vmHost.IsDedicatedToNetworkVirtualizationGateway = $BoundParameters['IsDedicatedToNetworkVirtualizationGateway']
        }
        $vmHost
        """;

    // One mapping per resource the gateway template refers to, each with its PackageId (the property the script matches).
    private const string NewPackageMapping = """
        param($BoundParameters, $ParameterSetName)
        foreach ($id in $global:DeployTestPackageIds) {
            New-VmmFabricObject -Kind 'PackageMapping' -Properties ([ordered]@{ Name = $id; PackageId = $id; TemplatePackage = $BoundParameters['TemplatePackage'] })
        }
        """;

    // The deployed service: one tier with two VMs, each with $global:DeployTestAdapterCount adapters and $global:DeployTestVmStatus.
    private const string NewService = """
        param($BoundParameters, $ParameterSetName)
        $configuration = $BoundParameters['ServiceConfiguration']
        $serviceName = Get-VmmProperty $configuration 'Name'
        $vms = foreach ($index in 1, 2) {
            $vm = New-VmmFabricObject -Kind 'VM' -Properties ([ordered]@{ Name = ('{0}-{1}' -f $serviceName, $index); Status = $global:DeployTestVmStatus })
            foreach ($adapter in 1..$global:DeployTestAdapterCount) {
                $null = New-VmmFabricObject -Kind 'VirtualNetworkAdapter' -Properties ([ordered]@{ Name = ('{0} adapter {1}' -f $vm.Name, $adapter); VM = $vm })
            }
            $vm
        }
        $tier = [pscustomobject]@{ Name = 'Gateway'; VMs = @($vms) }
        New-VmmFabricObject -Kind 'Service' -Properties ([ordered]@{ Name = $serviceName; ServiceConfiguration = $configuration; ComputerTiers = @($tier) })
        """;

    // Get-SCVirtualNetworkAdapter -VM returns that VM's adapters (the shared stub does not filter by VM).
    private const string GetVirtualNetworkAdapter = """
        param($BoundParameters, $ParameterSetName)
        foreach ($adapter in (Get-VmmFabricList -Kind 'VirtualNetworkAdapter').ToArray()) {
            if (-not $BoundParameters.Contains('VM') -or (Test-VmmSameObject (Get-VmmProperty $adapter 'VM') $BoundParameters['VM'])) { $adapter }
        }
        """;

    // Test-Connection never leaves the machine: it records the target and answers $global:DeployTestPingAnswer.
    private const string Globals = """
        $global:DeployTestPackageIds = @('{0}')
        $global:DeployTestVmStatus = 'Running'
        $global:DeployTestAdapterCount = 3
        $global:DeployTestPingAnswer = $true
        $global:DeployTestPings = [System.Collections.Generic.List[string]]::new()
        function global:Test-Connection {
            param([string[]] $ComputerName, [int] $Count, [switch] $Quiet)
            foreach ($target in $ComputerName) { $global:DeployTestPings.Add($target) }
            $global:DeployTestPingAnswer
        }
        """;

    /// <summary>A harness seeded with <paramref name="seed"/> (default: the sample's full prerequisites) and the overrides.</summary>
    public static PowerShellHarness Create(DeploySample sample, FabricSeed? seed = null)
    {
        var harness = new PowerShellHarness().Seed(seed ?? sample.Seed());
        harness.Timeout = TimeSpan.FromSeconds(60);
        harness
            .Override("Set-SCVMHost", SetVmHost)
            .Override("New-SCPackageMapping", NewPackageMapping)
            .Override("New-SCService", NewService)
            .Override("Get-SCVirtualNetworkAdapter", GetVirtualNetworkAdapter);
        var globals = Globals.Replace("{0}", string.Join("', '", PackageIds), StringComparison.Ordinal);
        var setup = harness.RunScript(globals);
        if (!setup.Succeeded)
            throw new InvalidOperationException("Setting up the deployment test globals failed:\n" + setup.Describe());
        return harness;
    }

    /// <summary>Runs the sample's script file with <paramref name="parameters"/> (default: <see cref="DeploySample.Parameters"/>).</summary>
    public static ScriptRunResult Run(this PowerShellHarness harness, DeploySample sample, IDictionary<string, object?>? parameters = null) =>
        harness.RunFile(sample.ScriptPath, parameters ?? sample.Parameters());

    /// <summary>Sets a PowerShell global of this adapter (<c>DeployTestPingAnswer</c>, <c>DeployTestVmStatus</c>, <c>DeployTestAdapterCount</c>).</summary>
    public static void SetGlobal(this PowerShellHarness harness, string name, string powerShellValue)
    {
        var result = harness.RunScript($"$global:{name} = {powerShellValue}");
        if (!result.Succeeded)
            throw new InvalidOperationException(result.Describe());
    }

    /// <summary>The targets the script pinged so far.</summary>
    public static IReadOnlyList<string> Pings(this PowerShellHarness harness) =>
        harness.RunScript("$global:DeployTestPings.ToArray()").Output.Select(o => o.BaseObject.ToString() ?? "").ToList();

    /// <summary>The position of the first call of <paramref name="cmdlet"/>, or -1.</summary>
    public static int First(this IReadOnlyList<RecordedCall> calls, string cmdlet, Func<RecordedCall, bool>? where = null)
    {
        for (var i = 0; i < calls.Count; i++)
        {
            if (calls[i].Cmdlet == cmdlet && (where is null || where(calls[i])))
                return i;
        }

        return -1;
    }

    /// <summary>The position of the last call of <paramref name="cmdlet"/>, or -1.</summary>
    public static int Last(this IReadOnlyList<RecordedCall> calls, string cmdlet, Func<RecordedCall, bool>? where = null)
    {
        for (var i = calls.Count - 1; i >= 0; i--)
        {
            if (calls[i].Cmdlet == cmdlet && (where is null || where(calls[i])))
                return i;
        }

        return -1;
    }

    /// <summary>Every call of <paramref name="cmdlet"/>.</summary>
    public static IReadOnlyList<RecordedCall> Of(this IEnumerable<RecordedCall> calls, string cmdlet) =>
        calls.Where(c => c.Cmdlet == cmdlet).ToList();

    /// <summary>A parameter's value as text (enums and strings alike), or null when the parameter was not bound.</summary>
    public static string? Text(this RecordedCall call, string parameter) =>
        call.Has(parameter) ? Convert.ToString(call[parameter], System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The Name of a fabric-object argument.</summary>
    public static string? NameOf(this RecordedCall call, string parameter) =>
        call.Has(parameter) ? call.Property(parameter, "Name") as string : null;
}
