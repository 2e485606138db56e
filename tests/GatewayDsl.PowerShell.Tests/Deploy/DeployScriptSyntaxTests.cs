using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Language;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Deploy;

/// <summary>
/// The generated scripts read statically (the real PowerShell parser, nothing run): they parse, keep the shape issue 4 asks
/// for, use only cmdlets and parameters of the VMM reference, guard every change with ShouldProcess, and hold the
/// definition's values only as string constants.
/// </summary>
public class DeployScriptSyntaxTests
{
    private static readonly string[] ChangeVerbs = { "New", "Add", "Set", "Register", "Import", "Start", "Update", "Remove", "Grant" };

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void Script_ParsesWithoutErrors_AsTextAndAsTheFileAnOperatorRuns(string sample)
    {
        var script = DeploySample.Named(sample);
        // The constant starts with the script itself (a U+FEFF there broke [scriptblock]::Create); the file has the BOM.
        Assert.StartsWith("<#", script.Script, StringComparison.Ordinal);
        var parsed = ScriptSyntax.Parse(script.Text);
        Assert.True(parsed.Errors.Count == 0, parsed.DescribeErrors());
        Parser.ParseFile(script.ScriptPath, out _, out var fileErrors);
        Assert.Empty(fileErrors);
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void Script_SupportsShouldProcess_RunsStrict_AndStopsOnErrors(string sample)
    {
        var ast = Parse(sample);
        var binding = Assert.Single(ast.ParamBlock.Attributes, a => a.TypeName.Name == "CmdletBinding");
        Assert.Contains(binding.NamedArguments, n => n.ArgumentName == "SupportsShouldProcess");
        Assert.Contains(ast.ParamBlock.Parameters, p => p.Name.VariablePath.UserPath == "VMMServer");
        Assert.Contains(ast.ParamBlock.Parameters, p => p.Name.VariablePath.UserPath == "TemplatePackagePath");
        var top = ast.EndBlock.Statements.Select(s => s.Extent.Text).ToList();
        Assert.Contains("Set-StrictMode -Version Latest", top);
        Assert.Contains("$ErrorActionPreference = 'Stop'", top);
        // Besides the four fixed parameters and certificate file paths, every parameter is a secret, and a SecureString.
        var fixedParameters = new[] { "VMMServer", "TemplatePackagePath", "ServiceTemplateName", "ServiceSetting" };
        Assert.All(
            ast.ParamBlock.Parameters.Where(p => !fixedParameters.Contains(p.Name.VariablePath.UserPath) && !p.Name.VariablePath.UserPath.EndsWith("CertificateFile", StringComparison.Ordinal)),
            p => Assert.Equal(typeof(System.Security.SecureString), p.StaticType));
    }

    [Fact]
    public void SecretParametersKeepTheirNames_AndOneNamedLikeAScriptVariable_IsReleased()
    {
        // ContosoVariants reads its product key from a parameter named VariantsProductKey, and Tenant-F's pre-shared key
        // from one named fabric, a variable of the script (the run tests prove it still works). A name the script's own
        // parameters or PowerShell use is GW6001 (Hostile/SecretNameTests), never renamed.
        var ast = Parse(nameof(DeploySample.Variants));
        var names = ast.ParamBlock.Parameters.Select(p => p.Name.VariablePath.UserPath).ToList();
        Assert.Single(names, n => n == "VMMServer");
        Assert.Contains("VariantsProductKey", names);
        Assert.Contains("TenantCPreSharedKey", names);
        Assert.Contains("fabric", names);
        Assert.Contains("TenantDCertificateFile", names);
        var remove = Assert.Single(ast.EndBlock.Statements, s => s.Extent.Text.StartsWith("Remove-Variable", StringComparison.Ordinal));
        Assert.Equal("Remove-Variable -Name 'VariantsProductKey', 'TenantCPreSharedKey', 'fabric', 'TenantDCertificateFile' -Force -WhatIf:$false -Confirm:$false", remove.Extent.Text);
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void Script_CallsOnlyReferenceCmdlets_WithNamedReferenceParameters_OfOneParameterSet(string sample)
    {
        var catalog = VmmCmdletCatalog.Default;
        var problems = new List<string>();
        foreach (var command in VmmCommands(Parse(sample)))
        {
            var name = command.GetCommandName();
            var cmdlet = catalog.Cmdlets.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (cmdlet is null)
            {
                problems.Add($"line {command.Extent.StartLineNumber}: {name} is not in vmm-cmdlets.tsv");
                continue;
            }

            var named = new List<string>();
            foreach (var element in command.CommandElements.Skip(1))
            {
                switch (element)
                {
                    case CommandParameterAst parameter:
                        named.Add(parameter.ParameterName);
                        break;
                    case VariableExpressionAst { Splatted: true }:
                        break; // checked at run time by the stubs
                    case var argument when argument.Parent is CommandAst && !IsParameterArgument(command, argument):
                        problems.Add($"line {command.Extent.StartLineNumber}: {name} gets a positional argument {argument.Extent.Text}");
                        break;
                }
            }

            var unknown = named.Where(n => !cmdlet.Parameters.Any(p => string.Equals(p.Name, n, StringComparison.OrdinalIgnoreCase))).ToList();
            problems.AddRange(unknown.Select(n => $"line {command.Extent.StartLineNumber}: {name} has no parameter -{n}"));
            var sets = cmdlet.Sets.Where(set => named.All(n => cmdlet.Parameters.Any(p => string.Equals(p.Name, n, StringComparison.OrdinalIgnoreCase) && p.Sets.Any(s => s.SetName == set))));
            if (unknown.Count == 0 && !sets.Any())
                problems.Add($"line {command.Extent.StartLineNumber}: {name} mixes parameter sets: -{string.Join(" -", named)}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void Script_MakesEveryVmmChange_InsideAShouldProcessStep(string sample)
    {
        var changes = VmmCommands(Parse(sample)).Where(c => ChangeVerbs.Contains(c.GetCommandName()!.Split('-')[0])).ToList();
        Assert.NotEmpty(changes);
        var unguarded = changes.Where(c => !InsideStep(c)).Select(c => $"line {c.Extent.StartLineNumber}: {c.Extent.Text}").ToList();
        Assert.True(unguarded.Count == 0, "Changes outside Invoke-GatewayStep -Change { ... }:\n" + string.Join("\n", unguarded));
    }

    [Theory]
    [MemberData(nameof(DeploySample.All), MemberType = typeof(DeploySample))]
    public void Script_NeverUsesWhatTheReferenceRulesOut(string sample)
    {
        var commands = VmmCommands(Parse(sample)).ToList();
        Assert.DoesNotContain(commands, c => c.GetCommandName() is "New-SCVPNConnection" or "New-SCGatewayRoutingDomain" or "Get-SCVMMServer" or "Get-SCService" or "Get-SCVirtualMachine");
        Assert.All(commands.Where(c => c.GetCommandName() == "Get-SCLibraryShare"), c => Assert.Single(c.CommandElements));
        Assert.All(commands.Where(c => c.GetCommandName() == "Set-SCPackageMapping"), c => Assert.DoesNotContain(c.CommandElements, e => e is CommandParameterAst { ParameterName: "PackageFile" }));
        Assert.All(commands.Where(c => c.GetCommandName() == "New-SCDefaultGateway"), c => Assert.DoesNotContain(c.CommandElements, e => e is CommandParameterAst { ParameterName: "Automatic" }));
    }

    public static TheoryData<string, string> DefinitionValues => new()
    {
        { nameof(DeploySample.Edge), "CONTOSO-GW01" },
        { nameof(DeploySample.Edge), "GatewayHost1.contoso.com" },
        { nameof(DeploySample.Edge), @"\\lib01.contoso.com\MSSCVMMLibrary" },
        { nameof(DeploySample.Edge), "Gateway-Quorum.vhdx" },
        { nameof(DeploySample.Edge), "Tenant-A PSK" },
        { nameof(DeploySample.Edge), "GATEWAY_PRODUCT_KEY" },
        { nameof(DeploySample.Edge), "157.56.20.10" },
        { nameof(DeploySample.Edge), "Contoso Gateway" },
        { nameof(DeploySample.Edge), "VirtualSwitch1" },
        { nameof(DeploySample.Edge), ContosoGateway.ContosoEdge.ConnectionString },
        { nameof(DeploySample.Forwarding), "CONTOSO-FWD01" },
        { nameof(DeploySample.Forwarding), "Datacenter-Bridge" },
        { nameof(DeploySample.Forwarding), "Forwarding-Quorum.vhdx" },
        { nameof(DeploySample.Forwarding), ContosoForwardingGateway.ContosoForwarding.ConnectionString },
    };

    [Theory]
    [MemberData(nameof(DefinitionValues))]
    public void DefinitionValues_AreOnlyStringConstants_NeverCodeOrComments(string sample, string value)
    {
        UserStringCheck.AssertOnlyLiteral(ScriptSyntax.Parse(DeploySample.Named(sample).Text), value);
    }

    private static ScriptBlockAst Parse(string sample)
    {
        var parsed = ScriptSyntax.Parse(DeploySample.Named(sample).Text);
        Assert.Empty(parsed.Errors);
        return parsed.Ast;
    }

    private static IEnumerable<CommandAst> VmmCommands(Ast ast) =>
        ast.FindAll(a => a is CommandAst c && c.GetCommandName() is { } n && n.Contains("-SC", StringComparison.Ordinal), searchNestedScriptBlocks: true).Cast<CommandAst>();

    // An element right after "-Name" (without a colon) is that parameter's argument, not a positional one.
    private static bool IsParameterArgument(CommandAst command, Ast element)
    {
        var index = command.CommandElements.IndexOf((CommandElementAst)element);
        return index > 0 && command.CommandElements[index - 1] is CommandParameterAst { Argument: null };
    }

    // Inside the script block given to Invoke-GatewayStep's -Change parameter.
    private static bool InsideStep(Ast ast)
    {
        for (var node = ast.Parent; node is not null; node = node.Parent)
        {
            if (node is ScriptBlockExpressionAst block && block.Parent is CommandAst step && step.GetCommandName() == "Invoke-GatewayStep")
            {
                var index = step.CommandElements.IndexOf(block);
                return index > 0 && step.CommandElements[index - 1] is CommandParameterAst { ParameterName: "Change" };
            }
        }

        return false;
    }
}
