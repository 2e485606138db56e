using System.Linq;
using GatewayDsl.Generators.Emitting;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>The verification commands use only VMM cmdlets of the reference, with parameters PowerShell can bind.</summary>
public sealed class RunbookCommandsTests
{
    [Theory]
    [InlineData(nameof(RunbookSamples.Edge), "Deploy-ContosoEdge.ps1")]
    [InlineData(nameof(RunbookSamples.Forwarding), "Deploy-ContosoForwarding.ps1")]
    public void Every_command_is_a_VMM_cmdlet_of_the_reference_with_one_parameter_set(string sample, string scriptFile)
    {
        var runbook = RunbookMarkdown.Read(sample == nameof(RunbookSamples.Edge) ? RunbookSamples.Edge : RunbookSamples.Forwarding);
        var blocks = runbook.Blocks.Where(b => b.Info == "powershell").ToArray();

        Assert.NotEmpty(blocks);
        var commands = blocks.SelectMany(b => RunbookCommands.Read(b.Code)).ToArray();
        Assert.Contains(commands, c => c.Name == "Get-SCVMHostCluster");
        var className = sample == nameof(RunbookSamples.Edge) ? "ContosoGateway.ContosoEdge" : "ContosoForwardingGateway.ContosoForwarding";
        var parameters = RunbookCommands.ScriptParameters(RunbookSamples.SampleConstant(sample, className, "DeployScript"));
        var problems = commands.Select(c => RunbookCommands.Problem(c, scriptFile, parameters)).Where(p => p is not null).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    [Fact]
    public void User_values_in_commands_are_PowerShell_literals()
    {
        var code = string.Join("\n", RunbookMarkdown.Read(RunbookSamples.Edge).Blocks.Select(b => b.Code));

        Assert.Contains("Get-SCRunAsAccount -Name " + Escape.PowerShell("Gateway Domain Join"), code);
        Assert.Contains("(Get-SCVMHostGroup).Where({ $_.Path -eq " + Escape.PowerShell("All Hosts\\Edge") + " })[0]", code);
        Assert.Contains("Get-SCVirtualNetwork -VMHost (Get-SCVMHost -ComputerName " + Escape.PowerShell("HV02.contoso.com") + ") -Name " + Escape.PowerShell("VirtualSwitch1"), code);
        Assert.Contains("Read-SCLibraryShare -LibraryShare (Get-SCLibraryShare).Where({ $_.Path -eq " + Escape.PowerShell("\\\\lib01.contoso.com\\MSSCVMMLibrary") + " })[0]", code);
    }

    [Theory]
    [InlineData("Get-SCRunAsAccount -Name 'x'", "Get-SCRunAsAccount", "Name")]
    [InlineData("(Get-SCServiceTemplate -All).ForEach({ Get-SCServiceSetting -ServiceTemplate $_ -Name 'a''b' })", "Get-SCServiceTemplate", "All")]
    [InlineData("& '.\\Deploy-X.ps1' -WhatIf", ".\\Deploy-X.ps1", "WhatIf")]
    public void The_tokenizer_finds_commands_and_their_parameters(string code, string first, string parameter)
    {
        var command = RunbookCommands.Read(code).First();

        Assert.Equal(first, command.Name);
        Assert.Equal(new[] { parameter }, command.Parameters);
    }

    [Theory]
    [InlineData("Where-Object { $_ }")]
    [InlineData("Test-Cluster -Node 'a'")]
    [InlineData("Get-SCRunAsAccount -Nme 'x'")]
    [InlineData("Get-SCStorageFileShare -VMHost $h -VMHostCluster $c")]
    [InlineData("& '.\\Deploy-X.ps1' -TemplatePackagePath 'x'")]
    public void The_check_rejects_other_cmdlets_unknown_parameters_and_mixed_sets(string code)
    {
        Assert.Contains(RunbookCommands.Read(code), c => RunbookCommands.Problem(c, "Deploy-X.ps1") is not null);
    }
}
