using System;
using System.Linq;
using System.Management.Automation;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Hostile;

/// <summary>
/// The defects issue 7 named and the ones the hostile-string suite found, each as an ordinary regression test on the
/// real analyzer and generator (docs/reliability.md lists them).
/// </summary>
public class HardeningRegressionTests
{
    private static readonly string Benign = HostileFields.Source(null, string.Empty);

    public static TheoryData<string, string, string> ClassesTheGeneratorCannotExtend => new()
    {
        { "own ConnectionString", "public static partial class HostileEdge\n{", "public static partial class HostileEdge\n{\n    public const string ConnectionString = \"mine\";" },
        { "own GatewayArtifacts", "public static partial class HostileEdge\n{", "public static partial class HostileEdge\n{\n    public static class GatewayArtifacts { }" },
        { "own ConnectionString method", "public static partial class HostileEdge\n{", "public static partial class HostileEdge\n{\n    public static string ConnectionString() => \"mine\";" },
        { "file-local class", "public static partial class HostileEdge", "file static partial class HostileEdge" },
        { "nested in a file-local class", "[Gateway]\npublic static partial class HostileEdge\n{", "file static partial class Outer\n{\n[Gateway]\npublic static partial class HostileEdge\n{" },
    };

    [Theory]
    [MemberData(nameof(ClassesTheGeneratorCannotExtend))]
    public void AClassTheGeneratedPartCannotExtend_IsGW0002_AndSkipped_SoTheProjectStillCompiles(string what, string find, string replace)
    {
        var source = Benign.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Benign, source);
        if (what.StartsWith("nested", StringComparison.Ordinal))
        {
            source += "\n}\n";
        }

        var run = DslPipeline.Run(source);

        Assert.Empty(run.Crashes);
        var gw0002 = Assert.Single(run.Diagnostics, d => d.Id == "GW0002");
        Assert.Equal(DiagnosticSeverity.Error, gw0002.Severity);
        Assert.Contains(what.Contains("file", StringComparison.Ordinal) ? "file-local" : "Rename your", gw0002.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.GeneratedSources);
        Assert.Empty(run.CompileErrors());
    }

    [Fact]
    public void AClassNamedLikeAGeneratedMember_IsGW0002_AndSkipped()
    {
        var run = DslPipeline.Run(Benign.Replace("class HostileEdge", "class GatewayArtifacts", StringComparison.Ordinal));

        Assert.Contains(run.Diagnostics, d => d.Id == "GW0002" && d.GetMessage().Contains("Rename the class", StringComparison.Ordinal));
        Assert.Empty(run.GeneratedSources);
        Assert.Empty(run.CompileErrors());
    }

    [Fact]
    public void TheDeployScriptConstant_HasNoByteOrderMark_AndWorksWithScriptBlockCreate_WhileTheManifestHashesTheFileWithIt()
    {
        var artifacts = HostileCase.BenignRun.Artifacts;
        var script = artifacts[HostileCase.Script];
        Assert.False(script.StartsWith('\uFEFF'));

        // [scriptblock]::Create(constant) read the opening comment as code while the constant started with U+FEFF.
        var block = ScriptBlock.Create(script);
        Assert.NotNull(block.Ast is System.Management.Automation.Language.ScriptBlockAst ast ? ast.ParamBlock : null);
        Assert.Contains(((System.Management.Automation.Language.ScriptBlockAst)block.Ast).ParamBlock.Attributes, a => a.TypeName.Name == "CmdletBinding");

        using var manifest = JsonDocument.Parse(artifacts[HostileCase.Manifest]);
        var entry = manifest.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("name").GetString()!.EndsWith(".ps1", StringComparison.Ordinal));
        var onDisk = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(script)).ToArray();
        Assert.Equal(Convert.ToHexString(SHA256.HashData(onDisk)).ToLowerInvariant(), entry.GetProperty("sha256").GetString());
    }

    public static TheoryData<string, string> SecretNamesTheScriptCannotCarry => new()
    {
        { "Secret.FromParameter(\"TenantAPsk\")", "Secret.FromParameter(\"VMMServer\")" },
        { "Secret.FromParameter(\"TenantAPsk\")", "Secret.FromParameter(\"ErrorActionPreference\")" },
        { "Secret.FromParameter(\"TenantAPsk\")", "Secret.FromParameter(\"TenantDCertificateFile\")" },
        { "Secret.FromParameter(\"TenantAPsk\")", "Secret.FromParameter(\"Tenant A Psk\")" },
        { "Secret.FromParameter(\"TenantAPsk\")", "Secret.FromParameter(\"1Psk\")" },
        { "Secret.FromParameter(\"TenantAPsk\")", "Secret.FromParameter(\"\")" },
        { "Secret.FromParameter(\"TenantAPsk\")", "Secret.FromParameter(\"Psk\u202E\")" },
        { "Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")", "Secret.FromEnvironment(\"GATEWAY=KEY\")" },
        { "Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")", "Secret.FromEnvironment(\"GATEWAY\\0KEY\")" },
        { "Secret.FromParameter(\"TenantAPsk\")", "Secret.FromEnvironment(\" \")" },
        { "Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")", "Secret.FromEnvironment(\"KEY\u202E\")" },
    };

    [Theory]
    [MemberData(nameof(SecretNamesTheScriptCannotCarry))]
    public void ASecretNameTheScriptCannotCarry_IsAGW6001Error_NotASilentRename(string find, string replace)
    {
        var run = DslPipeline.Run(Benign.Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.Single(run.Diagnostics, d => d.Id == "GW6001" && d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("use a plain name such as Secret.From", error.GetMessage(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(run.GeneratedSources);
    }

    [Theory]
    [InlineData("Secret.FromParameter(\"fabric\")")]
    [InlineData("Secret.FromParameter(\"_tenant_a_psk2\")")]
    public void APlainSecretParameterName_IsUsedAsItIs(string parameter)
    {
        var run = DslPipeline.Run(Benign.Replace("Secret.FromParameter(\"TenantAPsk\")", parameter, StringComparison.Ordinal));

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var name = parameter.Split('"')[1];
        var script = Harness.ScriptSyntax.Parse(run.Artifacts(HostileFields.DefinitionType)![HostileCase.Script]);
        var declared = Assert.Single(script.Ast.ParamBlock.Parameters, p => p.Name.VariablePath.UserPath == name);
        Assert.Equal(typeof(System.Security.SecureString), declared.StaticType);
    }

    [Fact]
    public void AUserParameterName_IsNeverRenamed_ANameGatewayDslChoosesStepsAside()
    {
        // The product key comes from an environment variable (its parameter would be -ProductKey), and the user names
        // Tenant-A's key parameter ProductKey: the user's name wins, GatewayDsl's own takes a number.
        var run = DslPipeline.Run(Benign.Replace("Secret.FromParameter(\"TenantAPsk\")", "Secret.FromParameter(\"ProductKey\")", StringComparison.Ordinal));

        var script = run.Artifacts(HostileFields.DefinitionType)![HostileCase.Script];
        var names = Harness.ScriptSyntax.Parse(script).Ast.ParamBlock.Parameters.Select(p => p.Name.VariablePath.UserPath).ToList();
        Assert.Contains("ProductKey", names);
        Assert.Contains("ProductKey2", names);
        Assert.Contains("ProductKeySecret         = 'ProductKey2'", script, StringComparison.Ordinal);
        Assert.Contains("PreSharedKeySecret       = 'ProductKey'", script, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoneSurrogate_IsGW0001_OnItsArgument()
    {
        var run = DslPipeline.Run(Benign.Replace("\"Tenant-B\"", "\"Tenant-B\\uDC00\"", StringComparison.Ordinal));

        var finding = Assert.Single(run.Diagnostics, d => d.Id == "GW0001");
        Assert.Contains("half of a UTF-16 surrogate pair", finding.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("\"Tenant-B\\uDC00\"", finding.Location.SourceTree!.GetText().ToString(finding.Location.SourceSpan));
        Assert.Empty(run.GeneratedSources);
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u200B")]
    [InlineData("\u2028")]
    public void AnInvisibleCharacterInAConnectionStringValue_IsGW1003(string invisible)
    {
        var field = HostileFields.Named("BackendSwitch");
        var run = DslPipeline.Run(HostileFields.Source(field, field.Value(invisible)));

        var finding = Assert.Single(run.Diagnostics, d => d.Id == "GW1003");
        Assert.Contains("BackendSwitch=", finding.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(invisible, finding.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void AValueWithCrLf_KeepsItsCrLf_InTheScript()
    {
        // The renderer used to turn every CRLF of the output into LF, values included.
        var field = HostileFields.Named("Description");
        var run = DslPipeline.Run(HostileFields.Source(field, field.Value("\r\n")));

        Assert.Contains("Windows Server Gateway\r\n for tenant VM networks", run.Artifacts(HostileFields.DefinitionType)![HostileCase.Script], StringComparison.Ordinal);
    }
}
