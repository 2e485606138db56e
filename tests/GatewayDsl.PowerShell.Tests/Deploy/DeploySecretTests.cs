using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Deploy;

/// <summary>
/// The product key reaches VMM only as a SecureString and a pre-shared key only as a Run As account's password, from the
/// script parameter or the environment variable the definition names, and neither value appears anywhere else: not in the
/// script, the recorded calls, the fabric or any stream. The tests of this class run one after another (xunit runs a class's
/// tests in sequence), so one that sets an environment variable cannot leak it into another; every other run passes the
/// secret as a parameter, which wins anyway.
/// </summary>
public class DeploySecretTests
{
    private const string Sentinel = "S3NT1-N3LPK-7F1C2-Q9X4Z-PRDKY";
    private const string Variable = "GATEWAY_PRODUCT_KEY";
    private const string PskVariable = "TENANT_C_PSK";

    // Set-SCServiceSetting -SecureValue records only a marker; this override also notes whether the key VMM would get is
    // the sentinel, so the test proves the key travelled, without ever putting the plain text in the record.
    private const string CompareSecureValue = """
        param($BoundParameters, $ParameterSetName)
        if ($BoundParameters.Contains('SecureValue')) {
            $plain = [System.Net.NetworkCredential]::new('', $BoundParameters['SecureValue']).Password
            if ($plain -eq $global:DeployTestExpectedKey) { $global:DeployTestProductKeyMatches = $true }
        }
        $BoundParameters['ServiceSetting']
        """;

    // New-SCRunAsAccount: the same check for the pre-shared key, which travels as the password of a PSCredential. The
    // override then makes the Run As account the shared stub would make (without any password).
    private const string ComparePassword = """
        param($BoundParameters, $ParameterSetName)
        if ($BoundParameters['Credential'].GetNetworkCredential().Password -eq $global:DeployTestExpectedKey) { $global:DeployTestProductKeyMatches = $true }
        New-VmmFabricObject -Kind 'RunAsAccount' -Properties ([ordered]@{ Name = $BoundParameters['Name']; UserName = $BoundParameters['Credential'].UserName; Domain = $null; Enabled = $true })
        """;

    [Fact]
    public void TheGeneratedScripts_HoldNoSecretValue_OnlyTheVariableName()
    {
        Assert.DoesNotContain(Sentinel, DeploySample.Edge.Script, StringComparison.Ordinal);
        Assert.Contains("EnvironmentVariable = 'GATEWAY_PRODUCT_KEY'", DeploySample.Edge.Script, StringComparison.Ordinal);
        Assert.Contains("[securestring] $ProductKey", DeploySample.Edge.Script, StringComparison.Ordinal);
        Assert.DoesNotContain("[securestring] $ProductKey", DeploySample.Forwarding.Script, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductKey_FromTheEnvironmentVariable_ReachesVmmOnlyAsASecureString()
    {
        var parameters = DeploySample.Edge.Parameters();
        parameters.Remove("ProductKey");
        Environment.SetEnvironmentVariable(Variable, Sentinel);
        try
        {
            AssertKeyTravelsUnseen(DeploySample.Edge, parameters, "Set-SCServiceSetting", CompareSecureValue);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Fact]
    public void ProductKey_FromTheSecureStringParameter_ReachesVmmOnlyAsASecureString()
    {
        AssertKeyTravelsUnseen(DeploySample.Edge, DeploySample.Edge.Parameters(Sentinel), "Set-SCServiceSetting", CompareSecureValue);
    }

    [Fact]
    public void PreSharedKey_FromTheEnvironmentVariable_BecomesTheNewRunAsAccountsPassword_AndNothingElse()
    {
        var parameters = DeploySample.Variants.Parameters();
        parameters.Remove("TenantCPreSharedKey");
        Environment.SetEnvironmentVariable(PskVariable, Sentinel);
        try
        {
            var result = AssertKeyTravelsUnseen(DeploySample.Variants, parameters, "New-SCRunAsAccount", ComparePassword);
            var account = Assert.Single(result.Calls, c => c.Cmdlet == "New-SCRunAsAccount" && c.Text("Name") == "Tenant-C PSK");
            Assert.Equal(("Tenant-C PSK", "<PSCredential:Tenant-C PSK>", true), (account.Text("Name"), account.Text("Credential"), account.Has("NoValidation")));
            Assert.Equal("Tenant-C PSK", Assert.Single(result.Calls, c => c.Cmdlet == "Add-SCVPNConnection" && c.Text("Name") == "Tenant-C VPN").NameOf("Secret"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(PskVariable, null);
        }
    }

    [Fact]
    public void ProductKey_Missing_StopsThePreflight_NamingTheParameterAndTheVariable()
    {
        using var harness = DeployHarness.Create(DeploySample.Edge);
        var parameters = DeploySample.Edge.Parameters();
        parameters.Remove("ProductKey");
        Environment.SetEnvironmentVariable(Variable, null);

        var result = harness.Run(DeploySample.Edge, parameters);

        Assert.NotNull(result.TerminatingError);
        Assert.Contains("the product key for the gateway VMs is not given; pass -ProductKey or environment variable 'GATEWAY_PRODUCT_KEY'", result.TerminatingError!.ToString(), StringComparison.Ordinal);
        Assert.Empty(result.Changes);
    }

    /// <summary>
    /// Runs <paramref name="sample"/> with <paramref name="compare"/> replacing <paramref name="receiver"/>, the cmdlet that
    /// gets the secret; asserts the receiver got the sentinel, and that the sentinel is nowhere else.
    /// </summary>
    [Fact]
    public void PreSharedKey_Missing_StopsThePreflight_NamingTheParameterAndTheVariable()
    {
        using var harness = DeployHarness.Create(DeploySample.Variants);
        var parameters = DeploySample.Variants.Parameters();
        parameters.Remove("TenantCPreSharedKey");
        Environment.SetEnvironmentVariable(PskVariable, null);

        var result = harness.Run(DeploySample.Variants, parameters);

        Assert.NotNull(result.TerminatingError);
        Assert.Contains("VM network 'Tenant-C': Run As account 'Tenant-C PSK' does not exist and its pre-shared key is not given; pass -TenantCPreSharedKey or environment variable 'TENANT_C_PSK'.", result.TerminatingError!.ToString(), StringComparison.Ordinal);
        Assert.Empty(result.Changes);
    }

    private static ScriptRunResult AssertKeyTravelsUnseen(DeploySample sample, Dictionary<string, object?> parameters, string receiver, string compare)
    {
        using var harness = DeployHarness.Create(sample);
        harness.Override(receiver, compare);
        harness.SetGlobal("DeployTestExpectedKey", "'" + Sentinel + "'");
        harness.SetGlobal("DeployTestProductKeyMatches", "$false");
        parameters["Verbose"] = true;

        var result = harness.Run(sample, parameters);

        Assert.True(result.Succeeded, result.Describe());
        Assert.All(result.Calls.Where(c => c.Has("SecureValue")), c => Assert.Equal(RecordedCall.SecureStringMarker, c["SecureValue"]));
        Assert.Equal(true, harness.RunScript("$global:DeployTestProductKeyMatches").Output.Single().BaseObject);

        // Forget the expected key before looking for it everywhere the script could have written it.
        harness.SetGlobal("DeployTestExpectedKey", "$null");
        var everything = harness.AllCalls().SelectMany(c => c.Parameters.Values)
            .Concat(ReachableText.AllFabricObjects(harness))
            .Concat(result.Output)
            .Concat(result.Verbose).Concat(result.Warnings).Concat(result.Information)
            .Concat(result.AllErrors.Select(e => (object?)e.ToString()));
        var texts = everything.SelectMany(v => ReachableText.Texts(v, depth: 4)).ToList();
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => t.Contains(Sentinel, StringComparison.Ordinal));
        Assert.DoesNotContain(Sentinel, sample.Script, StringComparison.Ordinal);
        return result;
    }
}
