using System.Linq;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Stubs;

/// <summary>PowerShell itself rejects calls the real cmdlets would reject, because the stubs declare the real parameters.</summary>
public class ParameterBindingTests
{
    private static ScriptRunResult Run(string script, FabricSeed? seed = null)
    {
        using var harness = new PowerShellHarness();
        if (seed is not null)
            harness.Seed(seed);
        return harness.RunScript(script);
    }

    private static void AssertSingleError(ScriptRunResult result, string errorIdPrefix)
    {
        var errors = result.AllErrors.ToList();
        Assert.True(errors.Count == 1 && errors[0].FullyQualifiedErrorId.StartsWith(errorIdPrefix, System.StringComparison.Ordinal),
            $"Expected one error '{errorIdPrefix}...'.\n{result.Describe()}");
    }

    [Fact]
    public void UnknownParameter_FailsWithPowerShellsBindingError()
    {
        var result = Run("New-SCLogicalNetwork -Name x -Bogus 1");
        AssertSingleError(result, "NamedParameterNotFound,New-SCLogicalNetwork");
        Assert.Contains("A parameter cannot be found that matches parameter name 'Bogus'", result.Errors[0].ToString(), System.StringComparison.Ordinal);
        Assert.Empty(result.Calls);
    }

    [Fact]
    public void AutomaticWithMetric_CannotResolveTheParameterSet()
    {
        var result = Run("New-SCDefaultGateway -IPAddress 1.2.3.4 -Automatic -Metric 5");
        AssertSingleError(result, "AmbiguousParameterSet,New-SCDefaultGateway");
        Assert.Contains("Parameter set cannot be resolved", result.Errors[0].ToString(), System.StringComparison.Ordinal);
        Assert.Empty(result.Calls);
    }

    [Fact]
    public void RequiresNatWithNetworkGateway_CannotResolveTheParameterSet()
    {
        var result = Run("""
            $ln = New-SCLogicalNetwork -Name 'Tenant'
            $vmnet = New-SCVMNetwork -Name 'TenantNet' -LogicalNetwork $ln -IsolationType WindowsNetworkVirtualization
            $gw = Add-SCNetworkService -Name 'GW' -ConnectionString 'VMHost=x' -RunAsAccount (New-SCRunAsAccount -Name r -Credential ([pscredential]::new('u', (ConvertTo-SecureString 'p' -AsPlainText -Force)))) -VMHostGroup (Get-SCVMHostGroup -Name 'All Hosts') -Manufacturer Microsoft -Model 'Microsoft Windows Server Gateway'
            Add-SCVMNetworkGateway -Name 'GW1' -VMNetwork $vmnet -RequiresNAT -NetworkGateway $gw
            """, new FabricSeed().HostGroup("All Hosts"));
        AssertSingleError(result, "AmbiguousParameterSet,Add-SCVMNetworkGateway");
        Assert.DoesNotContain(result.Calls, c => c.Cmdlet == "Add-SCVMNetworkGateway");
    }

    [Fact]
    public void NetworkGatewayAlone_ResolvesTheByGatewaySet()
    {
        var result = Run("""
            $ln = New-SCLogicalNetwork -Name 'Tenant'
            $vmnet = New-SCVMNetwork -Name 'TenantNet' -LogicalNetwork $ln
            $gw = Add-SCNetworkGateway -Name 'GW' -ConnectionString 'VMHost=x' -RunAsAccount (Get-SCRunAsAccount -Name 'ra') -Manufacturer Microsoft -Model 'M'
            Add-SCVMNetworkGateway -Name 'GW1' -VMNetwork $vmnet -NetworkGateway $gw -EnableBGP $false
            """, new FabricSeed().RunAsAccount("ra", @"CONTOSO\u"));
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("ByGateway", result.Calls.Last().ParameterSet);
        Assert.Equal("Default", result.Calls.Single(c => c.Cmdlet == "New-SCVMNetwork").ParameterSet);
    }

    [Fact]
    public void BadEnumValue_FailsArgumentConversion()
    {
        var result = Run("""
            $nat = [pscustomobject]@{ Name = 'nat' }
            Add-SCNATRule -NATConnection $nat -Name r -InternalIPAddress 10.0.0.4 -ExternalPort 80 -InternalPort 80 -Protocol ICMP
            """);
        AssertSingleError(result, "ParameterArgumentTransformationError,Add-SCNATRule");
        Assert.Contains("TCP, UDP", result.Errors[0].ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void EnumValues_AreCaseInsensitive_AndRecordedAsTheirName()
    {
        var result = Run("""
            $nat = [pscustomobject]@{ Name = 'nat' }
            Add-SCNATRule -NATConnection $nat -Name r -InternalIPAddress 10.0.0.4 -ExternalPort 80 -InternalPort 80 -Protocol udp
            """);
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("UDP", result.Calls.Single()["Protocol"]!.ToString());
    }

    [Fact]
    public void GetSCVMHostCluster_TakesNameOnlyAsANamedParameter()
    {
        var seed = new FabricSeed().HostGroup("All Hosts").HostCluster("C1", "All Hosts", "n1.contoso.com", "n2.contoso.com");
        var named = Run("Get-SCVMHostCluster -Name C1", seed);
        Assert.True(named.Succeeded, named.Describe());
        Assert.Equal("C1", FabricObject.Get(Assert.Single(named.Output), "Name"));

        var positional = Run("Get-SCVMHostCluster C1", seed);
        AssertSingleError(positional, "PositionalParameterNotFound,Get-SCVMHostCluster");
    }

    [Fact]
    public void GetSCVMHostGroup_TakesNamePositionally()
    {
        var result = Run("Get-SCVMHostGroup 'All Hosts'", new FabricSeed().HostGroup("All Hosts"));
        Assert.True(result.Succeeded, result.Describe());
        Assert.Single(result.Output);
    }

    [Fact]
    public void GetSCLibraryShare_HasNoNameParameter()
    {
        var result = Run("Get-SCLibraryShare -Name x");
        AssertSingleError(result, "NamedParameterNotFound,Get-SCLibraryShare");
    }

    [Fact]
    public void GetSCConfigurationProvider_BindsAPositionalStringToName_NotToTheEnumProviderType()
    {
        var result = Run("Get-SCConfigurationProvider 'Microsoft Windows Server Gateway Provider'; Get-SCConfigurationProvider Gateway; Get-SCConfigurationProvider -ProviderType Gateway");
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(new[] { "ByName", "ByName", "ByType" }, result.Calls.Select(c => c.ParameterSet));
    }

    [Fact]
    public void MissingMandatoryParameter_FailsWithoutPrompting()
    {
        var result = Run("New-SCLogicalNetwork -Description 'no name'");
        AssertSingleError(result, "MissingMandatoryParameter,New-SCLogicalNetwork");
        Assert.False(result.TimedOut);
    }

    [Fact]
    public void NullForAMandatoryObjectParameter_IsRejected_LikeALookupThatFoundNothing()
    {
        var result = Run("""
            $ln = Get-SCLogicalNetwork -Name 'does not exist'
            New-SCVMNetwork -Name 'x' -LogicalNetwork $ln
            """);
        AssertSingleError(result, "ParameterArgumentValidationErrorNullNotAllowed,New-SCVMNetwork");
    }

    [Fact]
    public void AStringForAVmmObjectParameter_IsRejected()
    {
        var result = Run("New-SCVMNetwork -Name 'x' -LogicalNetwork 'Tenant'");
        AssertSingleError(result, "ParameterArgumentTransformationError,New-SCVMNetwork");
        Assert.Contains("to type \"LogicalNetwork\"", result.Errors[0].ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AFabricObjectOfTheWrongKind_IsRejected_AndACompatibleOneAccepted()
    {
        var result = Run("""
            $ln = New-SCLogicalNetwork -Name 'Tenant'
            New-SCVMNetwork -Name 'x' -LogicalNetwork (Get-SCVMHostGroup -Name 'All Hosts')
            Add-SCVMHostCluster -Name 'C2' -Credential (Get-SCRunAsAccount -Name 'ra')
            """, new FabricSeed().HostGroup("All Hosts").RunAsAccount("ra", @"CONTOSO\u"));
        AssertSingleError(result, "ParameterArgumentTransformationError,New-SCVMNetwork");
        Assert.Contains("\"HostGroup\" object to type \"LogicalNetwork\"", result.Errors[0].ToString(), System.StringComparison.Ordinal);
        Assert.Contains(result.Calls, c => c.Cmdlet == "Add-SCVMHostCluster");
    }

    [Fact]
    public void SetSelectingSwitch_IsMandatoryInItsSet_SoAPoolOnASiteResolvesByLogicalNetworkDefinition()
    {
        // With -IsMulticast optional (as SYNTAX shows it) this call would be ambiguous between ByLogicalNetworkDefinition
        // and ByMulticastSwitch; the YAML says Required: True (Reference/vmm-mandatory-overrides.tsv).
        var result = Run("""
            $lnd = [pscustomobject]@{ Name = 'site' }
            New-SCStaticIPAddressPool -Name 'p' -LogicalNetworkDefinition $lnd -Subnet '10.0.0.0/24' -IPAddressRangeStart '10.0.0.10' -IPAddressRangeEnd '10.0.0.99'
            New-SCStaticIPAddressPool -Name 'm' -LogicalNetworkDefinition $lnd -Subnet '239.0.0.0/24' -IsMulticast
            """);
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(new[] { "ByLogicalNetworkDefinition", "ByMulticastSwitch" }, result.Calls.Select(c => c.ParameterSet));
    }

    [Fact]
    public void BooleanParameter_RejectsAString_LikeACompiledCmdlet()
    {
        var result = Run("New-SCLogicalNetwork -Name x -EnableNetworkVirtualization 'true'");
        AssertSingleError(result, "ParameterArgumentTransformationError,New-SCLogicalNetwork");
    }

    [Fact]
    public void SetSCPackageMapping_PackageFile_FromTheImportSCTemplateExample_DoesNotExist()
    {
        // vmm-reference.md section a.7: Import-SCTemplate Example 3 uses -PackageFile, which no SYNTAX block has.
        var result = Run("Set-SCPackageMapping -PackageMapping ([pscustomobject]@{ PackageID = 'x' }) -PackageFile 'x.vhdx'");
        AssertSingleError(result, "NamedParameterNotFound,Set-SCPackageMapping");
    }

    [Fact]
    public void HostileStrings_ReachTheRecordUnchanged()
    {
        const string hostile = "O'Brien \"$(Remove-Item x)\" `n; & calc";
        using var harness = new PowerShellHarness();
        var result = harness.RunScript("param([string]$Name) New-SCLogicalNetwork -Name $Name | Out-Null; Get-SCLogicalNetwork -Name $Name",
            new System.Collections.Generic.Dictionary<string, object?> { ["Name"] = hostile });
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(hostile, result.Calls[0]["Name"]);
        Assert.Equal(hostile, FabricObject.Get(Assert.Single(result.Output), "Name"));
    }
}
