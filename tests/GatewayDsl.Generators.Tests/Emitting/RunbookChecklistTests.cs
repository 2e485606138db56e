using System.Linq;
using System.Text.RegularExpressions;
using GatewayDsl.Generators.Model;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>The runbook is the procedure as a checklist: every part of it has items, each automated or manual.</summary>
public sealed class RunbookChecklistTests
{
    /// <summary>Both samples, by name.</summary>
    public static TheoryData<string> Samples => new() { nameof(RunbookSamples.Edge), nameof(RunbookSamples.Forwarding) };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_prerequisite_and_step_of_the_procedure_has_checklist_items(string sample)
    {
        var runbook = Read(sample);
        var sections = runbook.Headings().Where(h => h.Level == 3 && runbook.Headings().Any(c => c.Title == "Checklist" && c.Line < h.Line)).ToArray();

        Assert.Contains(sections, h => h.Title.StartsWith("Preparatory task", System.StringComparison.Ordinal));
        var prerequisites = sections.Select(h => Regex.Match(h.Title, @"^Prerequisite (\d+):")).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).ToArray();
        Assert.Equal(Enumerable.Range(1, 6), prerequisites);
        var steps = sections.Select(h => Regex.Match(h.Title, @"^Steps? (\d+)(?: to (\d+))?:")).Where(m => m.Success)
            .SelectMany(m => Enumerable.Range(int.Parse(m.Groups[1].Value), m.Groups[2].Success ? int.Parse(m.Groups[2].Value) - int.Parse(m.Groups[1].Value) + 1 : 1))
            .ToArray();
        Assert.Equal(Enumerable.Range(1, 21), steps);
        Assert.All(sections, h => Assert.NotEmpty(runbook.Items(h.Title)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_item_is_automated_by_a_named_stage_or_manual_with_a_verification(string sample)
    {
        var runbook = Read(sample);
        var stages = runbook.Lines.Select(l => Regex.Match(l, @"^\d+\. \*\*([^*]+)\*\*: ")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToArray();
        var items = runbook.AllItems();

        Assert.NotEmpty(items);
        Assert.Equal(items.Count, runbook.Lines.Count(l => l.StartsWith("- [ ] ", System.StringComparison.Ordinal)));
        Assert.All(items, item => Assert.True(item.IsAutomated ^ item.IsManual, "Neither AUTOMATED nor MANUAL: " + item.Text));
        Assert.All(items.Where(i => i.IsAutomated), item => Assert.Contains(item.Stage, stages));
        Assert.All(items.Where(i => i.IsManual), item => Assert.Contains("Verify", item.Text));
        Assert.Contains(items, i => i.IsAutomated);
        Assert.Contains(items, i => i.IsManual);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Script_stages_are_listed_in_the_order_the_script_runs_them(string sample)
    {
        var runbook = Read(sample);
        var listed = runbook.Lines.Select(l => Regex.Match(l, @"^\d+\. \*\*([^*]+)\*\*: ")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToArray();
        var all = RunbookModelBuilder.Stages.All.Select(s => s.Name).ToArray();

        // The logical switch stage exists only where the definition has a logical switch (the non-forwarding sample).
        Assert.Equal(sample == nameof(RunbookSamples.Edge) ? all : all.Where(s => s != RunbookModelBuilder.Stages.LogicalSwitch!.Name).ToArray(), listed);
        Assert.Equal("Preflight", listed.First());
        Assert.Equal("Verification", listed.Last());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_manual_steps_the_issue_names_are_manual_items(string sample)
    {
        var items = Read(sample).AllItems();

        ManualItem(items, "Download the Windows Server Gateway package");
        ManualItem(items, "Read the Quick Start Guide");
        ManualItem(items, "generalize it with Sysprep", "VMM cannot check Sysprep");
        ManualItem(items, "create the folder `Windows Server Gateway`");
        ManualItem(items, "Copy the folder `VMClusterSetup.cr`", "Get-SCCustomResource -Name 'VMClusterSetup.cr'");
        ManualItem(items, "Refresh the library share", "Read-SCLibraryShare -LibraryShare");
        ManualItem(items, "tie the virtual switches to the network sites of the three logical networks", "Get-SCLogicalNetwork -VMHost");
        ManualItem(items, "Create the two-node Hyper-V host cluster", "Get-SCVMHost -VMHostCluster");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Cluster_validation_is_a_Failover_Clustering_tool_not_a_VMM_command(string sample)
    {
        var items = Read(sample).AllItems();

        var validation = ManualItem(items, "*Validate a Configuration Wizard*");
        Assert.Contains("(advice)", validation.Text);
        Assert.Contains("Failover Clustering", validation.Text);
        Assert.Contains("VMM has no cmdlet for this", validation.Text);
        Assert.Empty(validation.Blocks);
        Assert.DoesNotContain(items.SelectMany(i => i.Blocks), b => b.Code.Contains("Test-Cluster"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Advice_of_the_reference_appears_as_manual_advice_items(string sample)
    {
        var items = Read(sample).AllItems();

        // R23, R34 (validation, single points of failure), R37, R53, R54, R55, R56, R57, R59, R62.
        var advice = new[]
        {
            "A domain controller and a DNS server",
            "*Validate a Configuration Wizard*",
            "Avoid single points of failure",
            "Hardware (*Windows Server Gateway Hardware and Configuration Requirements*)",
            "Do not import the service template before the prerequisites",
            "*Make this virtual machine highly available*",
            "If the gateway does not answer",
            "Do not set VLAN information",
            "*Data Exchange*",
            "The wizard's Certificates page needs no input",
            "If the sites you expect are not offered",
        };
        Assert.All(advice, text => Assert.Contains("(advice)", ManualItem(items, text).Text));
    }

    private static RunbookMarkdown Read(string sample) =>
        RunbookMarkdown.Read(sample == nameof(RunbookSamples.Edge) ? RunbookSamples.Edge : RunbookSamples.Forwarding);

    private static ChecklistItem ManualItem(System.Collections.Generic.IReadOnlyList<ChecklistItem> items, string text, string? verification = null)
    {
        var item = Assert.Single(items, i => i.Text.Contains(text));
        Assert.True(item.IsManual, "Not MANUAL: " + item.Text);
        if (verification is not null)
        {
            Assert.True(item.Text.Contains(verification) || item.Blocks.Any(b => b.Code.Contains(verification)), "No verification '" + verification + "' in: " + item.Text);
        }

        return item;
    }
}
