using System.Linq;
using System.Management.Automation;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Stubs;

/// <summary>Get- stubs read the in-memory fabric; New-/Add-/Import-/Register- stubs write it; everything is recorded.</summary>
public class FabricTests
{
    [Fact]
    public void CreateThenGet_FindsTheCreatedObject_AndRecordsCallsInOrderWithTheirSets()
    {
        using var harness = new PowerShellHarness().Seed(new FabricSeed().HostGroup("All Hosts"));
        var result = harness.RunScript("""
            $ln = New-SCLogicalNetwork -Name 'Infrastructure' -LogicalNetworkDefinitionIsolation $false -EnableNetworkVirtualization $false
            $subnet = New-SCSubnetVLan -Subnet '10.0.0.0/24' -VLanID 0
            $site = New-SCLogicalNetworkDefinition -Name 'Infrastructure_0' -LogicalNetwork $ln -SubnetVLan $subnet -VMHostGroup (Get-SCVMHostGroup -Name 'All Hosts')
            $gw = New-SCDefaultGateway -IPAddress '10.0.0.1' -Metric 10
            New-SCStaticIPAddressPool -Name 'Infrastructure Pool' -LogicalNetworkDefinition $site -Subnet '10.0.0.0/24' -DefaultGateway $gw | Out-Null
            $again = Get-SCLogicalNetwork -Name 'infrastructure'
            [pscustomobject]@{ Same = ($again.ID -eq $ln.ID); Site = (Get-SCLogicalNetworkDefinition -LogicalNetwork $again).Name; Pool = (Get-SCStaticIPAddressPool -LogicalNetworkDefinition $site).Name }
            """);
        Assert.True(result.Succeeded, result.Describe());

        var answer = Assert.Single(result.Output);
        Assert.Equal(true, FabricObject.Get(answer, "Same"));
        Assert.Equal("Infrastructure_0", FabricObject.Get(answer, "Site"));
        Assert.Equal("Infrastructure Pool", FabricObject.Get(answer, "Pool"));

        Assert.Equal(
            new[]
            {
                "New-SCLogicalNetwork[(All)]", "New-SCSubnetVLan[(All)]", "Get-SCVMHostGroup[Connection]", "New-SCLogicalNetworkDefinition[(All)]",
                "New-SCDefaultGateway[ByMetric]", "New-SCStaticIPAddressPool[ByLogicalNetworkDefinition]", "Get-SCLogicalNetwork[GlobalList]",
                "Get-SCLogicalNetworkDefinition[All]", "Get-SCStaticIPAddressPool[ByLogicalNetworkDefinition]",
            },
            result.Calls.Select(c => $"{c.Cmdlet}[{c.ParameterSet}]"));
        var first = result.Calls[0];
        Assert.Equal("Infrastructure", first["Name"]);
        Assert.Equal(false, first["LogicalNetworkDefinitionIsolation"]);
        Assert.Equal("Infrastructure", result.Calls[3].Property("LogicalNetwork", "Name"));
        Assert.Single(harness.Fabric("LogicalNetwork", "Infrastructure"));
    }

    [Fact]
    public void SeededObjects_AreFound_ByNameAndByRelation()
    {
        using var harness = new PowerShellHarness().Seed(FabricSeed.GatewayPrerequisites());
        var result = harness.RunScript($$"""
            $cluster = Get-SCVMHostCluster -Name '{{GatewayFabric.HostCluster}}'
            [pscustomobject]@{
                Status = $cluster.Status
                Nodes = @($cluster.Nodes | ForEach-Object Name)
                ByCluster = @(Get-SCVMHost -VMHostCluster $cluster).Count
                ByComputerName = (Get-SCVMHost -ComputerName 'GWHOST02').Name
                RunAs = (Get-SCRunAsAccount -Name '{{GatewayFabric.DomainJoinRunAs}}').UserName
                Share = (Get-SCLibraryShare | Where-Object Path -eq '{{GatewayFabric.LibrarySharePath.Replace("'", "''")}}').Name
                Folder = @(Get-SCVirtualHardDisk -All | Where-Object Directory -like '*\{{GatewayFabric.GatewayFolder}}').Count
                Resource = (Get-SCCustomResource -Name 'VMClusterSetup.cr').Directory
                FileShare = (Get-SCStorageFileServer -Name '{{GatewayFabric.FileServer}}').StorageFileShares[0].Name
                Provider = (Get-SCConfigurationProvider -Name '{{GatewayFabric.Provider}}').Model
                Adapters = @((Get-SCNetworkServiceCapabilities -ConnectionString 'x' -RunAsAccount (Get-SCRunAsAccount -Name '{{GatewayFabric.DomainJoinRunAs}}') -ConfigurationProvider (Get-SCConfigurationProvider -Name '{{GatewayFabric.Provider}}')).NetworkAdapters).Count
            }
            """);
        Assert.True(result.Succeeded, result.Describe());
        var o = Assert.Single(result.Output);
        Assert.Equal("OK", FabricObject.Get(o, "Status"));
        Assert.Equal(new object[] { GatewayFabric.Node1, GatewayFabric.Node2 }, (object[])FabricObject.Get(o, "Nodes")!);
        Assert.Equal(2, FabricObject.Get(o, "ByCluster"));
        Assert.Equal(GatewayFabric.Node2, FabricObject.Get(o, "ByComputerName"));
        Assert.Equal("svc-gwjoin", FabricObject.Get(o, "RunAs"));
        Assert.Equal(GatewayFabric.LibraryShare, FabricObject.Get(o, "Share"));
        Assert.Equal(2, FabricObject.Get(o, "Folder"));
        Assert.Equal(GatewayFabric.LibrarySharePath + @"\Windows Server Gateway", FabricObject.Get(o, "Resource"));
        Assert.Equal(GatewayFabric.FileShare, FabricObject.Get(o, "FileShare"));
        Assert.Equal("Microsoft Windows Server Gateway", FabricObject.Get(o, "Provider"));
        Assert.Equal(2, FabricObject.Get(o, "Adapters"));
    }

    [Fact]
    public void RemovingAPrerequisite_MakesItsLookupReturnNothing()
    {
        using var harness = new PowerShellHarness().Seed(FabricSeed.GatewayPrerequisites());
        Assert.Equal(1, harness.Remove("CustomResource", GatewayFabric.CustomResource));
        var result = harness.RunScript("""
            [CmdletBinding()] param()
            $cr = Get-SCCustomResource -Name 'VMClusterSetup.cr'
            if (-not $cr) { throw "The custom resource VMClusterSetup.cr is not in the library." }
            """);
        Assert.True(result.Terminated);
        Assert.Contains("VMClusterSetup.cr is not in the library", result.TerminatingError!.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void SeedWithout_LeavesOutAPrerequisite()
    {
        using var harness = new PowerShellHarness().Seed(FabricSeed.GatewayPrerequisites().Without("RunAsAccount", GatewayFabric.AdminRunAs));
        Assert.Empty(harness.Fabric("RunAsAccount", GatewayFabric.AdminRunAs));
        Assert.Single(harness.Fabric("RunAsAccount", GatewayFabric.DomainJoinRunAs));
    }

    [Fact]
    public void AnIdempotentScript_CreatesNothingOnItsSecondRun()
    {
        const string script = """
            $ln = Get-SCLogicalNetwork -Name 'Back End'
            if (-not $ln) { $ln = New-SCLogicalNetwork -Name 'Back End' -EnableNetworkVirtualization $true -UseGRE $true }
            $vmnet = Get-SCVMNetwork -Name 'Back End' -LogicalNetwork $ln
            if (-not $vmnet) { $vmnet = New-SCVMNetwork -Name 'Back End' -LogicalNetwork $ln -IsolationType NoIsolation }
            """;
        using var harness = new PowerShellHarness();
        var first = harness.RunScript(script);
        var second = harness.RunScript(script);
        Assert.True(first.Succeeded && second.Succeeded, first.Describe() + second.Describe());
        Assert.Equal(new[] { "New-SCLogicalNetwork", "New-SCVMNetwork" }, first.Changes.Select(c => c.Cmdlet));
        Assert.Empty(second.Changes);
        Assert.Equal(2, second.Calls.Count);
        Assert.Equal(6, harness.AllCalls().Count);
    }

    [Fact]
    public void RegisterSCStorageFileShare_AddsTheShareToTheCluster()
    {
        using var harness = new PowerShellHarness().Seed(FabricSeed.GatewayPrerequisites());
        var result = harness.RunScript($$"""
            $cluster = Get-SCVMHostCluster -Name '{{GatewayFabric.HostCluster}}'
            $share = Get-SCStorageFileShare -Name '{{GatewayFabric.FileShare}}'
            $before = @(Get-SCStorageFileShare -VMHostCluster $cluster).Count
            Register-SCStorageFileShare -StorageFileShare $share -VMHostCluster $cluster | Out-Null
            [pscustomobject]@{ Before = $before; After = @(Get-SCStorageFileShare -VMHostCluster $cluster).Count; Listed = $cluster.RegisteredStorageFileShares[0].Name }
            """);
        Assert.True(result.Succeeded, result.Describe());
        var o = Assert.Single(result.Output);
        Assert.Equal(0, FabricObject.Get(o, "Before"));
        Assert.Equal(1, FabricObject.Get(o, "After"));
        Assert.Equal(GatewayFabric.FileShare, FabricObject.Get(o, "Listed"));
        Assert.Equal("RegisterShareToCluster", result.Calls.Single(c => c.Cmdlet == "Register-SCStorageFileShare").ParameterSet);
    }

    [Fact]
    public void TemplateImportAndServiceConfiguration_CarryTheTemplatesSettings()
    {
        using var harness = new PowerShellHarness().Seed(FabricSeed.GatewayPrerequisites());
        var result = harness.RunScript($$"""
            $package = Get-SCTemplatePackage -Path '{{GatewayFabric.TemplatePackagePath}}'
            $template = Import-SCTemplate -TemplatePackage $package -Name 'Gateway' -SettingsIncludePrivate
            $config = New-SCServiceConfiguration -Name 'GW01' -ServiceTemplate $template -VMHostGroup (Get-SCVMHostGroup -Name '{{GatewayFabric.GatewayHostGroup}}')
            $setting = Get-SCServiceSetting -ServiceConfiguration $config -Name 'DomainUserRAA'
            Set-SCServiceSetting -ServiceSetting $setting -Value '{{GatewayFabric.DomainJoinRunAs}}' | Out-Null
            Update-SCServiceConfiguration -ServiceConfiguration $config | Out-Null
            $service = New-SCService -ServiceConfiguration $config
            Start-SCService -Service $service | Out-Null
            [pscustomobject]@{ Template = (Get-SCServiceTemplate -Name 'Gateway').Release; Settings = @(Get-SCServiceSetting -ServiceConfiguration $config).Count; Service = $service.Name }
            """);
        Assert.True(result.Succeeded, result.Describe());
        var o = Assert.Single(result.Output);
        Assert.Equal(GatewayFabric.TemplateRelease, FabricObject.Get(o, "Template"));
        Assert.Equal(GatewayFabric.TemplateSettings.Length, FabricObject.Get(o, "Settings"));
        Assert.Equal("GW01", FabricObject.Get(o, "Service"));
        Assert.Equal("Package", result.Calls.Single(c => c.Cmdlet == "Import-SCTemplate").ParameterSet);
        Assert.Equal("HostGroup", result.Calls.Single(c => c.Cmdlet == "New-SCServiceConfiguration").ParameterSet);
        Assert.Equal("Value", result.Calls.Single(c => c.Cmdlet == "Set-SCServiceSetting").ParameterSet);
    }

    [Fact]
    public void NetworkServiceAddedWithAddSCNetworkService_IsAlsoAGateway()
    {
        using var harness = new PowerShellHarness().Seed(FabricSeed.GatewayPrerequisites());
        var result = harness.RunScript($$"""
            $raa = Get-SCRunAsAccount -Name '{{GatewayFabric.DomainJoinRunAs}}'
            $provider = Get-SCConfigurationProvider -Name '{{GatewayFabric.Provider}}'
            $hg = Get-SCVMHostGroup -Name '{{GatewayFabric.GatewayHostGroup}}'
            $ns = Add-SCNetworkService -Name 'Gateway01' -ConnectionString 'VMHost=GWCLUSTER01.contoso.com;GatewayVM=GW01.contoso.com' -RunAsAccount $raa -ConfigurationProvider $provider -VMHostGroup $hg
            $adapter = (Get-SCNetworkServiceCapabilities -ConnectionString $ns.ConnectionString -RunAsAccount $raa -ConfigurationProvider $provider).NetworkAdapters[0]
            Add-SCNetworkConnection -Service $ns -Name 'Front End' -ConnectionType FrontEnd -NetworkAdapter $adapter -LogicalNetworkDefinition ([pscustomobject]@{ Name = 'site' }) | Out-Null
            [pscustomobject]@{ Gateway = (Get-SCNetworkGateway -Name 'Gateway01').Name; Type = (Get-SCNetworkService -ServiceType Gateway).Name; Connections = @(Get-SCNetworkConnection -Service $ns).Count }
            """);
        Assert.True(result.Succeeded, result.Describe());
        var o = Assert.Single(result.Output);
        Assert.Equal("Gateway01", FabricObject.Get(o, "Gateway"));
        Assert.Equal("Gateway01", FabricObject.Get(o, "Type"));
        Assert.Equal(1, FabricObject.Get(o, "Connections"));
        Assert.Equal("ByProvider", result.Calls.Single(c => c.Cmdlet == "Add-SCNetworkService").ParameterSet);
        Assert.Equal("AddNetworkServiceConnectionByLND", result.Calls.Single(c => c.Cmdlet == "Add-SCNetworkConnection").ParameterSet);
    }

    [Fact]
    public void Override_ReplacesAStubsBehaviour_AfterRecording()
    {
        using var harness = new PowerShellHarness().Override("Add-SCVMHostCluster", "param($BoundParameters) throw \"VMM error 25201: cannot add cluster $($BoundParameters['Name'])\"");
        var result = harness.RunScript("""
            $cred = [pscredential]::new('CONTOSO\u', (ConvertTo-SecureString 'x' -AsPlainText -Force))
            Add-SCVMHostCluster -Name 'C9' -Credential $cred -ErrorAction Stop
            'not reached'
            """);
        Assert.True(result.Terminated);
        Assert.Contains("VMM error 25201: cannot add cluster C9", result.TerminatingError!.ToString(), System.StringComparison.Ordinal);
        Assert.Single(result.Calls);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void SetAndReadStubs_OnlyRecord()
    {
        using var harness = new PowerShellHarness().Seed(FabricSeed.GatewayPrerequisites());
        var result = harness.RunScript($$"""
            foreach ($node in (Get-SCVMHostCluster -Name '{{GatewayFabric.HostCluster}}').Nodes) {
                Set-SCVMHost -VMHost $node -IsDedicatedToNetworkVirtualizationGateway $true
            }
            Read-SCLibraryShare -LibraryShare (Get-SCLibraryShare)[0] -Path '{{GatewayFabric.LibrarySharePath}}\{{GatewayFabric.GatewayFolder}}'
            """);
        Assert.True(result.Succeeded, result.Describe());
        Assert.Empty(result.Output);
        var sets = result.Calls.Where(c => c.Cmdlet == "Set-SCVMHost").ToList();
        Assert.Equal(new object?[] { GatewayFabric.Node1, GatewayFabric.Node2 }, sets.Select(c => c.Property("VMHost", "Name")));
        Assert.All(sets, c => Assert.Equal(true, c["IsDedicatedToNetworkVirtualizationGateway"]));
        Assert.All(harness.Fabric("Host"), h => Assert.Equal(false, FabricObject.Get(h, "IsDedicatedToNetworkVirtualizationGateway")));
    }

    [Fact]
    public void FabricObjects_CarryTheVmmTypeName()
    {
        using var harness = new PowerShellHarness().Seed(new FabricSeed().HostGroup("All Hosts"));
        var hg = Assert.Single(harness.Fabric("HostGroup"));
        Assert.Equal("Microsoft.SystemCenter.VirtualMachineManager.HostGroup", hg.TypeNames[0]);
        Assert.Equal("HostGroup", FabricObject.KindOf(hg));
        Assert.IsType<System.Guid>(FabricObject.Get(hg, "ID"));
        Assert.Null(FabricObject.KindOf(PSObject.AsPSObject("x")));
    }
}
