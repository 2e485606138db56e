using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.HarnessTests;

/// <summary>Secrets passed to stubs never reach the call record or the fabric in plain text.</summary>
public class SecretTests
{
    private const string Sentinel = "S3ntinel-Pr0ductKey-7f1c";
    private const string PasswordSentinel = "S3ntinel-Passw0rd-b2e9";

    [Fact]
    public void SecureStringAndCredentialArguments_AreRecordedWithoutTheirPlainText()
    {
        using var harness = new PowerShellHarness().Seed(FabricSeed.GatewayPrerequisites());
        var result = harness.RunScript($$"""
            [CmdletBinding()]
            param([Parameter(Mandatory)][securestring]$ProductKey, [Parameter(Mandatory)][pscredential]$AdminCredential)
            $template = Import-SCTemplate -Path '{{GatewayFabric.TemplatePackagePath}}'
            $config = New-SCServiceConfiguration -Name 'GW' -ServiceTemplate $template -VMHostGroup (Get-SCVMHostGroup -Name '{{GatewayFabric.GatewayHostGroup}}')
            $setting = Get-SCServiceSetting -ServiceConfiguration $config -Name 'ProductKey'
            Set-SCServiceSetting -ServiceSetting $setting -SecureValue $ProductKey | Out-Null
            New-SCRunAsAccount -Name 'Admin2' -Credential $AdminCredential | Out-Null
            """,
            new Dictionary<string, object?>
            {
                ["ProductKey"] = PowerShellHarness.Secure(Sentinel),
                ["AdminCredential"] = new PSCredential(@"CONTOSO\admin2", PowerShellHarness.Secure(PasswordSentinel)),
            });
        Assert.True(result.Succeeded, result.Describe());

        var set = result.Calls.Single(c => c.Cmdlet == "Set-SCServiceSetting");
        Assert.Equal("SecureValue", set.ParameterSet);
        Assert.Equal(RecordedCall.SecureStringMarker, set["SecureValue"]);
        Assert.Equal(@"<PSCredential:CONTOSO\admin2>", result.Calls.Single(c => c.Cmdlet == "New-SCRunAsAccount")["Credential"]);

        var account = Assert.Single(harness.Fabric("RunAsAccount", "Admin2"));
        Assert.Equal("admin2", FabricObject.Get(account, "UserName"));
        Assert.Null(account.Properties["Credential"]);

        // Nothing anywhere holds either sentinel: every recorded value, every fabric object, every stream.
        var everything = harness.AllCalls().SelectMany(c => c.Parameters.Values).Select(v => (object?)v)
            .Concat(ReachableText.AllFabricObjects(harness))
            .Concat(result.Output)
            .Concat(result.Information).Concat(result.Warnings).Concat(result.Verbose);
        var texts = everything.SelectMany(v => ReachableText.Texts(v, depth: 4)).ToList();
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => t.Contains(Sentinel, StringComparison.Ordinal) || t.Contains(PasswordSentinel, StringComparison.Ordinal));
    }
}
