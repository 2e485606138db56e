using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Language;
using GatewayDsl.PowerShell.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Hostile;

/// <summary>
/// Issue 7, item 3: a sentinel product key or pre-shared key never reaches an artifact (the five files, the C# constants,
/// the generated source, the manifest) nor a diagnostic, however the secret is given; GW6001 fires on every literal; the
/// script takes secrets only as SecureString parameters, environment variables or Run As accounts.
/// </summary>
public class SecretArtifactTests
{
    private const string Sentinel = "S3NT1-N3LPK-7F1C2-Q9X4Z-HSTLE";

    /// <summary>Every way the definition can give the product key and a pre-shared key, and whether GW6001 must fire.</summary>
    public static TheoryData<string, string, string, bool> Ways => new()
    {
        { "literal product key", $"Secret.Literal(\"{Sentinel}\")", "Secret.FromParameter(\"TenantAPsk\")", true },
        { "literal product key through a constant", "Secret.Literal(Key)", "Secret.FromParameter(\"TenantAPsk\")", true },
        { "literal product key concatenated", $"Secret.Literal(\"{Sentinel[..10]}\" + \"{Sentinel[10..]}\")", "Secret.FromParameter(\"TenantAPsk\")", true },
        { "literal pre-shared key", "Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")", $"Secret.Literal(\"{Sentinel}\")", true },
        { "literal pre-shared key through a constant", "Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")", "Secret.Literal(Key)", true },
        { "both literal", $"Secret.Literal(\"{Sentinel}\")", "Secret.Literal(Key)", true },
        { "environment variables holding the sentinel at build time", "Secret.FromEnvironment(\"HOSTILE_SENTINEL_KEY\")", "Secret.FromEnvironment(\"HOSTILE_SENTINEL_KEY\")", false },
        { "script parameters", "Secret.FromParameter(\"ProductKey\")", "Secret.FromParameter(\"TenantAPsk\")", false },
    };

    [Theory]
    [MemberData(nameof(Ways))]
    public void TheSentinel_ReachesNoArtifact_AndLiteralsAreGW6001(string way, string productKey, string preSharedKey, bool literal)
    {
        Environment.SetEnvironmentVariable("HOSTILE_SENTINEL_KEY", Sentinel);
        try
        {
            var source = HostileFields.Source(null, string.Empty)
                .Replace("Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")", productKey, StringComparison.Ordinal)
                .Replace("Secret.FromParameter(\"TenantAPsk\")", preSharedKey, StringComparison.Ordinal)
                .Replace("public static GatewayDefinition Define()", $"private const string Key = \"{Sentinel}\";\n    public static GatewayDefinition Define()", StringComparison.Ordinal);
            Assert.Contains(productKey, source, StringComparison.Ordinal);
            var run = DslPipeline.Run(source);

            Assert.False(run.Rejected, way + ": " + string.Join("; ", run.Diagnostics));
            Assert.Empty(run.Crashes);
            var literals = run.Diagnostics.Where(d => d.Id == "GW6001").ToList();
            // The hostile definition's Tenant-C always has one literal pre-shared key.
            var expected = 1 + (productKey.Contains("Literal", StringComparison.Ordinal) ? 1 : 0) + (preSharedKey.Contains("Literal", StringComparison.Ordinal) ? 1 : 0);
            Assert.Equal(literal, expected > 1);
            Assert.Equal(expected, literals.Count);
            Assert.All(literals, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

            var artifacts = run.Artifacts(HostileFields.DefinitionType)!;
            // The six texts (the connection string, the five files); file names and the metadata constants
            // (DefinitionName, SourceFile) are not texts a secret could reach.
            Assert.Equal(6, artifacts.Count(a => !a.Key.EndsWith("FileName", StringComparison.Ordinal) && a.Key is not ("DefinitionName" or "SourceFile")));
            var places = artifacts.Select(a => ("constant " + a.Key, a.Value))
                .Concat(run.GeneratedSources.Select(s => ("generated source", s)))
                .Concat(run.Diagnostics.Select(d => ("diagnostic " + d.Id, d.GetMessage())));
            Assert.DoesNotContain(places, p => p.Item2.Contains(Sentinel, StringComparison.Ordinal) || p.Item2.Contains(Sentinel[..10], StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable("HOSTILE_SENTINEL_KEY", null);
        }
    }

    [Fact]
    public void TheScript_TakesSecretsOnlyAsSecureStringParameters_EnvironmentVariables_OrRunAsAccounts()
    {
        var parsed = ScriptSyntax.Parse(HostileCase.BenignRun.Artifacts[HostileCase.Script]);
        Assert.Empty(parsed.Errors);
        var parameters = parsed.Ast.ParamBlock.Parameters.ToDictionary(p => p.Name.VariablePath.UserPath, p => p.StaticType, StringComparer.OrdinalIgnoreCase);

        // The definition's secrets: the product key from an environment variable (or -ProductKey), Tenant-A's key from
        // -TenantAPsk, Tenant-C's literal from -TenantCPreSharedKey (its value is dropped); all SecureString.
        foreach (var secret in new[] { "ProductKey", "TenantAPsk", "TenantCPreSharedKey" })
        {
            Assert.Equal(typeof(System.Security.SecureString), parameters[secret]);
        }

        var notSecret = new[] { "VMMServer", "TemplatePackagePath", "ServiceTemplateName", "ServiceSetting", "TenantDCertificateFile" };
        Assert.All(parameters.Where(p => !notSecret.Contains(p.Key)), p => Assert.Equal(typeof(System.Security.SecureString), p.Value));

        // An environment variable is only read inside Get-GatewaySecret, by the name in $Definition.Secrets, into a SecureString.
        var environmentReads = parsed.Ast.FindAll(a => a is InvokeMemberExpressionAst m && m.Member.Extent.Text == "GetEnvironmentVariable", true).ToList();
        var read = Assert.Single(environmentReads);
        Assert.Equal("Get-GatewaySecret", FunctionOf(read));

        // Plain text never becomes a SecureString from a literal, and a secret parameter is never converted back.
        Assert.DoesNotContain(parsed.Ast.FindAll(a => a is CommandAst c && c.GetCommandName() is "ConvertTo-SecureString" or "ConvertFrom-SecureString", true), _ => true);

        // Every SecureString the script passes to VMM is a parameter or an environment variable read through
        // Get-GatewaySecret: the Run As account for a pre-shared key without a secret is only named.
        var definition = HostileCase.BenignRun.Artifacts[HostileCase.Script];
        Assert.Contains("EnvironmentVariable = 'GATEWAY_PRODUCT_KEY'", definition, StringComparison.Ordinal);
    }

    private static string? FunctionOf(Ast node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is FunctionDefinitionAst function)
            {
                return function.Name;
            }
        }

        return null;
    }
}
