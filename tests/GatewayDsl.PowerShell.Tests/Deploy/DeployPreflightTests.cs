using System;
using System.Collections.Generic;
using System.Linq;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Deploy;

/// <summary>
/// A missing prerequisite stops the preflight before any change, with a message that names it. The cases share one seeded
/// harness per sample: a preflight that stops changes nothing (each case asserts it), and a case takes its object out of the
/// fabric, runs, and puts the same object back, so the references to it stay valid.
/// </summary>
public class DeployPreflightTests(DeployPreflightTests.Fixture fixture) : IClassFixture<DeployPreflightTests.Fixture>
{
    public static TheoryData<string, string, string, string> MissingPrerequisites => new()
    {
        // sample, kind removed from the fabric, its name, text the message must contain
        { nameof(DeploySample.Edge), "VirtualHardDisk", "Gateway-Quorum.vhdx", "blank quorum disk 'Gateway-Quorum.vhdx' is not in library folder '\\\\lib01.contoso.com\\MSSCVMMLibrary\\Windows Server Gateway'" },
        { nameof(DeploySample.Edge), "VirtualHardDisk", "Gateway-CSV.vhdx", "blank CSV disk 'Gateway-CSV.vhdx'" },
        { nameof(DeploySample.Edge), "VirtualHardDisk", "WS2016-Datacenter.vhdx", "OS disk 'WS2016-Datacenter.vhdx'" },
        { nameof(DeploySample.Edge), "CustomResource", "VMClusterSetup.cr", "custom resource 'VMClusterSetup.cr'" },
        { nameof(DeploySample.Edge), "RunAsAccount", "Gateway Admin", "Run As account 'Gateway Admin'" },
        { nameof(DeploySample.Edge), "RunAsAccount", "Gateway Domain Join", "Run As account 'Gateway Domain Join' (DomainUserRAA" },
        { nameof(DeploySample.Edge), "RunAsAccount", "Tenant-A PSK", "Run As account 'Tenant-A PSK' (holds the pre-shared key of VM network Tenant-A)" },
        { nameof(DeploySample.Edge), "Host", "HV02.contoso.com", "host cluster 'GatewayHost1.contoso.com' has 1 node(s) in VMM; the gateway needs exactly two" },
        { nameof(DeploySample.Edge), "HostCluster", "GatewayHost1.contoso.com", "host cluster 'GatewayHost1.contoso.com' is not in VMM" },
        { nameof(DeploySample.Edge), "HostGroup", "Edge", "host group 'All Hosts\\Edge' does not exist" },
        { nameof(DeploySample.Edge), "StorageFileServer", "sofs01.contoso.com", "Scale-Out File Server 'sofs01.contoso.com' is not in VMM" },
        { nameof(DeploySample.Edge), "StorageFileShare", "GatewayShare", "has no share 'GatewayShare'" },
        { nameof(DeploySample.Edge), "LibraryShare", "MSSCVMMLibrary", "library share '\\\\lib01.contoso.com\\MSSCVMMLibrary' is not in the VMM library" },
        { nameof(DeploySample.Edge), "ConfigurationProvider", DeploySample.Provider, "configuration provider 'Microsoft Windows Server Gateway Provider'" },
        { nameof(DeploySample.Edge), "Package", "Windows Server 2012 R2 HA Gateway 3NIC", "no service template package at 'C:\\Gateway\\Windows Server 2012 R2 HA Gateway 3NIC.xml'" },
        { nameof(DeploySample.Forwarding), "VirtualHardDisk", "Forwarding-Quorum.vhdx", "blank quorum disk 'Forwarding-Quorum.vhdx'" },
        { nameof(DeploySample.Forwarding), "Host", "HV04.contoso.com", "host 'HV04.contoso.com' is not a node of host cluster 'GatewayHost2.contoso.com'" },
        { nameof(DeploySample.Forwarding), "RunAsAccount", "Gateway Domain Join", "Run As account 'Gateway Domain Join'" },
        { nameof(DeploySample.Variants), "ClientCertificate", "tenant-d.fabrikam.com", "VM network 'Tenant-D': no certificate could be read from 'C:\\Gateway\\tenant-d.cer'" },
    };

    // A secret the definition also reads from an environment variable is left out in DeploySecretTests, whose tests run in
    // sequence with the one that sets the variable.
    public static TheoryData<string, string, string> MissingParameters => new()
    {
        // sample, parameter left out, text the message must contain
        { nameof(DeploySample.Variants), "VariantsProductKey", "the product key for the gateway VMs is not given; pass -VariantsProductKey." },
        { nameof(DeploySample.Variants), "fabric", "VM network 'Tenant-F': Run As account 'Tenant-F PSK' does not exist and its pre-shared key is not given; pass -fabric." },
        { nameof(DeploySample.Variants), "TenantDCertificateFile", "VM network 'Tenant-D': the VPN authenticates with certificate 'CN=tenant-d.fabrikam.com'; pass its exported file as -TenantDCertificateFile" },
    };

    [Theory]
    [MemberData(nameof(MissingPrerequisites))]
    public void AMissingPrerequisite_StopsThePreflight_BeforeAnyChange(string sample, string kind, string name, string expected)
    {
        var deploySample = DeploySample.Named(sample);
        var harness = fixture.For(deploySample);

        var result = Without(harness, (kind, name), () => harness.Run(deploySample));

        AssertStoppedByPreflight(result, expected);
    }

    [Theory]
    [MemberData(nameof(MissingParameters))]
    public void AMissingSecretOrFile_StopsThePreflight_NamingTheParameter(string sample, string parameter, string expected)
    {
        var deploySample = DeploySample.Named(sample);
        var parameters = deploySample.Parameters();
        Assert.True(parameters.Remove(parameter));

        AssertStoppedByPreflight(fixture.For(deploySample).Run(deploySample, parameters), expected);
    }

    [Fact]
    public void SeveralMissingPrerequisites_AreAllListed()
    {
        var harness = fixture.For(DeploySample.Edge);

        var result = Without(harness, ("VirtualHardDisk", "Gateway-Quorum.vhdx"), () =>
            Without(harness, ("RunAsAccount", "Gateway Admin"), () => harness.Run(DeploySample.Edge)));

        AssertStoppedByPreflight(result, "2 prerequisite(s) missing");
        Assert.Contains("Gateway-Quorum.vhdx", result.TerminatingError!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Gateway Admin", result.TerminatingError!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AQuorumDiskOutsideTheGatewayFolder_DoesNotCount()
    {
        var harness = fixture.For(DeploySample.Edge);

        var result = WithProperty(harness, "VirtualHardDisk", "Gateway-Quorum.vhdx", "Directory", @"'\\lib01.contoso.com\MSSCVMMLibrary\VHDs'", () => harness.Run(DeploySample.Edge));

        AssertStoppedByPreflight(result, "blank quorum disk 'Gateway-Quorum.vhdx' is not in library folder");
    }

    [Fact]
    public void AShareNotManagedByVmm_StopsThePreflight()
    {
        var harness = fixture.For(DeploySample.Edge);

        var result = WithProperty(harness, "StorageFileShare", DeploySample.FileShare, "IsManaged", "$false", () => harness.Run(DeploySample.Edge));

        AssertStoppedByPreflight(result, @"share '\\sofs01.contoso.com\GatewayShare' is not managed by VMM");
    }

    [Fact]
    public void AHostWhoseStatusIsNotOk_StopsThePreflight()
    {
        var harness = fixture.For(DeploySample.Edge);

        var result = WithProperty(harness, "Host", "HV02.contoso.com", "OverallState", "'NeedsAttention'", () => harness.Run(DeploySample.Edge));

        AssertStoppedByPreflight(result, "host 'HV02.contoso.com' has status 'NeedsAttention', not OK");
    }

    [Fact]
    public void ATemplateThatIsNeitherImportedNorGiven_StopsThePreflight()
    {
        var harness = fixture.For(DeploySample.Edge);
        var parameters = DeploySample.Edge.Parameters();
        parameters.Remove("TemplatePackagePath");

        AssertStoppedByPreflight(harness.Run(DeploySample.Edge, parameters), "service template 'CONTOSO-GW01 Windows Server Gateway 3NIC' is not in the VMM library; pass -TemplatePackagePath with the 3NIC template");
    }

    [Fact]
    public void ATemplateImportedEarlier_IsUsed_WithoutAPackage()
    {
        // A harness of its own: this run completes and changes the fabric.
        using var harness = DeployHarness.Create(DeploySample.Edge);
        var imported = harness.RunScript("Import-SCTemplate -TemplatePackage (Get-SCTemplatePackage -Path 'C:\\Gateway\\Windows Server 2012 R2 HA Gateway 3NIC.xml') -Name 'Imported by hand' | Out-Null");
        Assert.True(imported.Succeeded, imported.Describe());
        var parameters = DeploySample.Edge.Parameters();
        parameters.Remove("TemplatePackagePath");
        parameters["ServiceTemplateName"] = "Imported by hand";

        var result = harness.Run(DeploySample.Edge, parameters);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Empty(result.Calls.Of("Import-SCTemplate"));
        Assert.Equal("Imported by hand", Assert.Single(result.Calls.Of("New-SCServiceConfiguration")).NameOf("ServiceTemplate"));
    }

    [Fact]
    public void ATemplateWithoutAGivenSetting_StopsStep7_BeforeTheServiceConfigurationIsMade()
    {
        using var harness = DeployHarness.Create(DeploySample.Edge);
        var parameters = DeploySample.Edge.Parameters();
        parameters["ServiceSetting"] = new System.Collections.Hashtable { ["GatewayDomainFQDN"] = "contoso.com" };

        var result = harness.Run(DeploySample.Edge, parameters);

        Assert.NotNull(result.TerminatingError);
        Assert.Contains("[Step 7] Service template 'CONTOSO-GW01 Windows Server Gateway 3NIC' has no setting 'GatewayDomainFQDN'.", result.TerminatingError!.ToString(), StringComparison.Ordinal);
        Assert.Contains(result.Changes, c => c.Cmdlet == "Import-SCTemplate");
        Assert.DoesNotContain(result.Changes, c => c.Cmdlet == "New-SCServiceConfiguration");
        Assert.Empty(harness.Fabric("ServiceConfiguration"));
    }

    /// <summary>Runs <paramref name="run"/> with the fabric's objects of that kind and name taken out (exactly one must exist), then puts them back.</summary>
    private static ScriptRunResult Without(PowerShellHarness harness, (string Kind, string Name) missing, Func<ScriptRunResult> run)
    {
        var stash = Stash();
        var kind = Quote(missing.Kind);
        Assert.Equal(1, Count(harness.RunScript(
            $"$global:{stash} = Get-VmmFabricObject -Kind {kind} -Name {Quote(missing.Name)}\n" +
            $"foreach ($item in $global:{stash}) {{ $null = (Get-VmmFabricList -Kind {kind}).Remove($item) }}\n" +
            $"$global:{stash}.Count")));
        try
        {
            return run();
        }
        finally
        {
            harness.RunScript($"foreach ($item in $global:{stash}) {{ (Get-VmmFabricList -Kind {kind}).Add($item) }}");
        }
    }

    /// <summary>Runs <paramref name="run"/> with one property of a fabric object changed, then changes it back.</summary>
    private static ScriptRunResult WithProperty(PowerShellHarness harness, string kind, string name, string property, string powerShellValue, Func<ScriptRunResult> run)
    {
        var stash = Stash();
        Assert.Equal(1, Count(harness.RunScript(
            $"$global:{stash} = Get-VmmFabricObject -Kind {Quote(kind)} -Name {Quote(name)}\n" +
            $"$global:{stash}Old = $global:{stash}[0].{property}\n" +
            $"$global:{stash}[0].{property} = {powerShellValue}\n" +
            $"$global:{stash}.Count")));
        try
        {
            return run();
        }
        finally
        {
            harness.RunScript($"$global:{stash}[0].{property} = $global:{stash}Old");
        }
    }

    private static int _stashes;

    private static string Stash() => "DeployTestStash" + System.Threading.Interlocked.Increment(ref _stashes).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static int Count(ScriptRunResult result)
    {
        Assert.True(result.Succeeded, result.Describe());
        return Convert.ToInt32(result.Output.Single().BaseObject, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void AssertStoppedByPreflight(ScriptRunResult result, string expected)
    {
        Assert.True(result.TerminatingError is not null, result.Describe());
        var message = result.TerminatingError!.ToString();
        Assert.StartsWith("Preflight: ", message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Empty(result.Changes);
        Assert.DoesNotContain(result.Calls, c => c.Cmdlet.StartsWith("New-", StringComparison.Ordinal));
    }

    /// <summary>One seeded harness per sample for the whole class.</summary>
    public sealed class Fixture : IDisposable
    {
        private readonly Dictionary<string, PowerShellHarness> _harnesses = new(StringComparer.Ordinal);

        /// <summary>The sample's harness, made on first use.</summary>
        public PowerShellHarness For(DeploySample sample)
        {
            if (!_harnesses.TryGetValue(sample.Name, out var harness))
            {
                harness = DeployHarness.Create(sample);
                _harnesses[sample.Name] = harness;
            }

            return harness;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            foreach (var harness in _harnesses.Values)
                harness.Dispose();
        }
    }
}
