using System;
using System.Collections.Generic;
using System.Linq;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Deploy;

/// <summary>
/// Each sample's script runs to the end under real PowerShell against the stub VMM cmdlets (which reject unknown parameters
/// and mixed parameter sets), makes its changes in the procedure's order, verifies the gateway, and changes nothing when run
/// again.
/// </summary>
[Collection(DeployRunCollection.Name)]
public class DeployRunTests(DeployRunFixture fixture)
{
    private static readonly string[] ReadVerbs = { "Get-", "Read-", "Test-" };

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void FirstRun_Completes_WithoutErrorsOrWarnings(string sample)
    {
        var run = fixture.For(sample).First;
        Assert.True(run.Succeeded, run.Describe());
        Assert.Empty(run.Warnings);
        Assert.NotEmpty(run.Changes);
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void FirstRun_ReadsTheWholePreflightBeforeItsFirstChange(string sample)
    {
        var calls = fixture.For(sample).First.Calls;
        var firstChange = calls.ToList().FindIndex(IsChange);
        Assert.True(firstChange > 0);
        Assert.All(calls.Take(firstChange), c => Assert.Contains(ReadVerbs, v => c.Cmdlet.StartsWith(v, StringComparison.Ordinal)));
        // The preflight looked at every prerequisite before that change.
        var preflight = calls.Take(firstChange).Select(c => c.Cmdlet).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "Get-SCRunAsAccount", "Get-SCVMHostGroup", "Get-SCVMHostCluster", "Get-SCVMHost", "Get-SCStorageFileServer",
                "Get-SCStorageFileShare", "Get-SCLibraryShare", "Read-SCLibraryShare", "Get-SCVirtualHardDisk", "Get-SCCustomResource",
                "Get-SCConfigurationProvider", "Get-SCServiceTemplate", "Get-SCTemplatePackage",
            },
            preflight);
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void FirstRun_FollowsTheProcedureOrder(string sample)
    {
        var calls = fixture.For(sample).First.Calls;
        var stages = new (string Stage, Func<RecordedCall, bool> Match)[]
        {
            ("logical networks", c => c.Cmdlet == "New-SCLogicalNetwork"),
            ("network sites", c => c.Cmdlet == "New-SCLogicalNetworkDefinition"),
            ("IP pools", c => c.Cmdlet is "New-SCDefaultGateway" or "New-SCStaticIPAddressPool"),
            ("same-named VM networks", c => c.Cmdlet == "New-SCVMNetwork" && c.Text("IsolationType") == "NoIsolation"),
            ("uplink port profile and logical switch", c => c.Cmdlet is "New-SCNativeUplinkPortProfile" or "New-SCLogicalSwitch" or "New-SCUplinkPortProfileSet"),
            ("host networking checked (step 4)", c => c.Cmdlet == "Get-SCVirtualNetwork"),
            ("file share on the host cluster (step 5)", c => c.Cmdlet == "Register-SCStorageFileShare"),
            ("dedicated gateway hosts (step 6)", c => c.Cmdlet == "Set-SCVMHost"),
            ("template import (step 1)", c => c.Cmdlet is "New-SCPackageMapping" or "Set-SCPackageMapping" or "Import-SCTemplate"),
            ("service configuration", c => c.Cmdlet is "New-SCServiceConfiguration" or "Set-SCServiceSetting"),
            ("placement", c => c.Cmdlet == "Update-SCServiceConfiguration"),
            ("deployment (step 7)", c => c.Cmdlet == "New-SCService"),
            ("start", c => c.Cmdlet == "Start-SCService"),
            ("provider test (step 18)", c => c.Cmdlet == "Test-SCNetworkService"),
            ("network service (steps 12-20)", c => c.Cmdlet == "Add-SCNetworkService"),
            ("front-end connection (step 21)", c => c.Cmdlet == "Add-SCNetworkConnection" && c.Text("ConnectionType") == "FrontEnd"),
            ("back-end connection (step 21)", c => c.Cmdlet == "Add-SCNetworkConnection" && c.Text("ConnectionType") == "BackEnd"),
            ("tenant VM networks and their gateways", c => c.Cmdlet is "New-SCVMSubnet" or "Add-SCVMNetworkGateway" or "Add-SCVPNConnection" or "Add-SCNetworkRoute" or "Add-SCBGPPeer" or "Add-SCNATConnection" or "Add-SCNATRule" || (c.Cmdlet == "New-SCVMNetwork" && c.Text("IsolationType") == "WindowsNetworkVirtualization")),
            ("verification (step 8)", c => c.Cmdlet == "Get-SCVirtualNetworkAdapter"),
        };

        var present = stages.Select(s => (s.Stage, Indexes: calls.Select((c, i) => (c, i)).Where(x => s.Match(x.c)).Select(x => x.i).ToList()))
            .Where(s => s.Indexes.Count > 0)
            .ToList();
        var expectedMissing = fixture.For(sample).Sample.HasLogicalSwitch ? Array.Empty<string>() : new[] { stages[4].Stage };
        Assert.Equal(expectedMissing, stages.Select(s => s.Stage).Except(present.Select(p => p.Stage)));
        for (var i = 1; i < present.Count; i++)
        {
            Assert.True(
                present[i - 1].Indexes.Max() < present[i].Indexes.Min(),
                $"'{present[i - 1].Stage}' (last call #{present[i - 1].Indexes.Max()}) must come before '{present[i].Stage}' (first call #{present[i].Indexes.Min()}).");
        }
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void FirstRun_ConnectsEachTenantInTheOrderItsObjectsNeed(string sample)
    {
        var calls = fixture.For(sample).First.Calls;
        foreach (var vmNetwork in calls.Of("Add-SCVMNetworkGateway").Select(c => c.NameOf("VMNetwork")!))
        {
            var network = calls.First("New-SCVMNetwork", c => c.Text("Name") == vmNetwork);
            var subnet = calls.First("New-SCVMSubnet", c => c.NameOf("VMNetwork") == vmNetwork);
            var gateway = calls.First("Add-SCVMNetworkGateway", c => c.NameOf("VMNetwork") == vmNetwork);
            Assert.True(network >= 0 && network < subnet && subnet < gateway, vmNetwork);
            var gatewayName = calls[gateway].Text("Name");
            var vpn = calls.First("Add-SCVPNConnection", c => c.NameOf("VMNetworkGateway") == gatewayName);
            var route = calls.First("Add-SCNetworkRoute", c => c.NameOf("VMNetworkGateway") == gatewayName);
            var peer = calls.First("Add-SCBGPPeer", c => c.NameOf("VMNetworkGateway") == gatewayName);
            var nat = calls.First("Add-SCNATConnection", c => c.NameOf("VMNetworkGateway") == gatewayName);
            Assert.True(vpn < 0 || (gateway < vpn && (route < 0 || vpn < route) && (peer < 0 || vpn < peer)), vmNetwork);
            Assert.True(nat < 0 || gateway < nat, vmNetwork);
        }
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void FirstRun_UsesTheParameterSetsTheReferenceRequires(string sample)
    {
        var calls = fixture.For(sample).First.Calls;
        // New-SCDefaultGateway: -Metric (ByMetric), never -Automatic with it.
        Assert.All(calls.Of("New-SCDefaultGateway"), c => Assert.Equal(("ByMetric", false), (c.ParameterSet, c.Has("Automatic"))));
        // Add-SCNetworkService: by provider, never mixed with -Manufacturer/-Model.
        var service = Assert.Single(calls.Of("Add-SCNetworkService"));
        Assert.Equal("ByProvider", service.ParameterSet);
        Assert.False(service.Has("Manufacturer") || service.Has("Model"));
        Assert.Equal(DeploySample.Provider, service.NameOf("ConfigurationProvider"));
        // The network service is tested with the same connection string, account and provider before it is added.
        var test = Assert.Single(calls.Of("Test-SCNetworkService"));
        Assert.Equal("TestNetworkService", test.ParameterSet);
        Assert.Equal(service.Text("ConnectionString"), test.Text("ConnectionString"));
        Assert.Equal(DeploySample.DomainJoinAccount, test.NameOf("RunAsAccount"));
        // Get-SCVMHostCluster is given its name as a named parameter (a.10).
        Assert.All(calls.Of("Get-SCVMHostCluster"), c => Assert.True(c.Has("Name")));
        // Every tenant gateway is ByGateway on this network service (f.5).
        Assert.All(calls.Of("Add-SCVMNetworkGateway"), c =>
        {
            Assert.Equal("ByGateway", c.ParameterSet);
            Assert.Equal(service.Text("Name"), c.NameOf("NetworkGateway"));
        });
        // The product key is only ever given as a SecureString.
        Assert.All(calls.Of("Set-SCServiceSetting").Where(c => c.NameOf("ServiceSetting")!.Contains("ProductKey", StringComparison.Ordinal)), c =>
        {
            Assert.Equal("SecureValue", c.ParameterSet);
            Assert.Equal(RecordedCall.SecureStringMarker, c["SecureValue"]);
        });
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void FirstRun_MapsTheFourTemplateResources_AndDeploysOnTheHostClustersGroup(string sample)
    {
        var runs = fixture.For(sample);
        var calls = runs.First.Calls;
        var mappings = calls.Of("Set-SCPackageMapping").ToDictionary(c => c.NameOf("PackageMapping")!, c => c.NameOf("TargetObject"));
        Assert.Equal(
            new Dictionary<string, string?>
            {
                [DeployHarness.PackageIds[0]] = DeploySample.ClusterSetupResource,
                [DeployHarness.PackageIds[1]] = runs.Sample.OsDisk,
                [DeployHarness.PackageIds[2]] = runs.Sample.CsvDisk,
                [DeployHarness.PackageIds[3]] = runs.Sample.QuorumDisk,
            },
            mappings);
        var import = Assert.Single(calls.Of("Import-SCTemplate"));
        Assert.Equal("Package", import.ParameterSet);
        Assert.Equal(runs.Sample.TemplateName, import.NameOf("TemplatePackage"));
        Assert.Equal(4, ((object?[])import["PackageMapping"]!).Length);
        var configuration = Assert.Single(calls.Of("New-SCServiceConfiguration"));
        Assert.Equal(runs.Sample.HostGroup, configuration.NameOf("VMHostGroup"));
        Assert.True(Assert.Single(calls.Of("New-SCService")).Has("PersistServiceConfiguration"));
        Assert.Single(calls.Of("Start-SCService"));
        Assert.Equal(
            new[] { DeploySample.DomainJoinAccount },
            calls.Of("Set-SCServiceSetting").Where(c => c.NameOf("ServiceSetting") == "DomainUserRAA").Select(c => c.Text("Value")));
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void FirstRun_MarksBothNodesAsDedicatedGateways_AndRegistersTheShareWithTheCluster(string sample)
    {
        var runs = fixture.For(sample);
        var calls = runs.First.Calls;
        Assert.Equal(runs.Sample.Nodes, calls.Of("Set-SCVMHost").Select(c => c.NameOf("VMHost")));
        Assert.All(calls.Of("Set-SCVMHost"), c => Assert.Equal(true, c["IsDedicatedToNetworkVirtualizationGateway"]));
        var register = Assert.Single(calls.Of("Register-SCStorageFileShare"));
        Assert.Equal("RegisterShareToCluster", register.ParameterSet);
        Assert.Equal((DeploySample.FileShare, runs.Sample.Cluster), (register.NameOf("StorageFileShare"), register.NameOf("VMHostCluster")));
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void FirstRun_Verifies_TheVmsAdaptersAndPingsTheGateway(string sample)
    {
        var runs = fixture.For(sample);
        Assert.Equal(2, runs.First.Calls.Of("Get-SCVirtualNetworkAdapter").Count);
        Assert.All(runs.First.Calls.Of("Get-SCVirtualNetworkAdapter"), c => Assert.Equal("VM", c.ParameterSet));
        Assert.Equal(new[] { runs.Sample.GatewayVm, runs.Sample.GatewayVm }, runs.Pings);
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void SecondRun_CreatesAndChangesNothing(string sample)
    {
        var runs = fixture.For(sample);
        Assert.False(runs.Second.Terminated, runs.Second.Describe());
        Assert.Empty(runs.Second.Errors);
        Assert.Empty(runs.Second.Changes);
        Assert.DoesNotContain(runs.Second.Calls, c => c.Cmdlet == "Test-SCNetworkService");
        // Only the VM check is left to the operator: this run did not deploy the service, so it cannot list the VMs.
        var warning = Assert.Single(runs.Second.Warnings);
        Assert.Contains("could not be listed", warning, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void SecondRun_FindsEveryObjectTheFirstRunMade(string sample)
    {
        var runs = fixture.For(sample);
        foreach (var (kind, created) in new[]
                 {
                     ("LogicalNetwork", "New-SCLogicalNetwork"), ("LogicalNetworkDefinition", "New-SCLogicalNetworkDefinition"),
                     ("StaticIPAddressPool", "New-SCStaticIPAddressPool"), ("VMNetwork", "New-SCVMNetwork"), ("VMSubnet", "New-SCVMSubnet"),
                     ("NetworkService", "Add-SCNetworkService"), ("NetworkServiceConnection", "Add-SCNetworkConnection"),
                     ("VMNetworkGateway", "Add-SCVMNetworkGateway"), ("ServiceConfiguration", "New-SCServiceConfiguration"),
                     ("ServiceTemplate", "Import-SCTemplate"),
                 })
        {
            Assert.Equal(runs.First.Calls.Of(created).Count, runs.Harness.Fabric(kind).Count);
        }
    }

    private static bool IsChange(RecordedCall call) => !ReadVerbs.Any(v => call.Cmdlet.StartsWith(v, StringComparison.Ordinal));
}
