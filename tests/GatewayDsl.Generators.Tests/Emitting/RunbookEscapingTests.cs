using System;
using System.Linq;
using System.Text.RegularExpressions;
using GatewayDsl.Generators.Emitting;
using GatewayDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>
/// Hostile user strings (pipes, backticks, brackets, quotes, line breaks, HTML, Mermaid entity codes) stay inside the
/// table cell, code span, code block or Mermaid label they are written to: first through the escaping functions, then
/// through a definition whose free-text names carry them.
/// </summary>
public sealed class RunbookEscapingTests
{
    /// <summary>Strings that would break Markdown or Mermaid if written raw.</summary>
    public static TheoryData<string> Hostile => new()
    {
        "a|b",
        "``x` y`",
        "]\"[",
        "line1\nline2\r\nline3\rline4",
        "<script>alert(1)</script>",
        "#quot;",
        "```\n| x |\n```",
        "n1[\"x\"] --> n2",
        "Ten|ant`\n```\n]\"<b>#quot;\t\u0001\u2028end",
        "\ud83d\ude00 and a lone \ud800 surrogate",
    };

    private const string Site = "Ext|`]\"<script>#quot;\nSite";
    private const string Pool = "Pool ``x`` | ] \" #quot; <script>alert(1)</script>";
    private const string Description = "Desc\r\n```\n| a | b |\n<img src=x onerror=alert(1)> #quot; `";
    private const string VmNetwork = "Ten|ant`\n```\n]\"<b>#quot;";

    internal static readonly Lazy<string> HostileRunbook = new(() =>
    {
        var source = GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs").Text
            .Replace("\"External-Site\"", Literal(Site))
            .Replace("\"External Pool\"", Literal(Pool))
            .Replace("\"Windows Server Gateway for tenant VM networks\"", Literal(Description))
            .Replace("\"Tenant-B\"", Literal(VmNetwork));
        return RunbookSamples.FromSource(source, "ContosoGateway.ContosoEdge");
    });

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Mermaid_label_holds_any_string_and_shows_it(string value)
    {
        var label = Escape.Mermaid(value);

        Assert.Matches("^\"(?:[\\p{L}\\p{N} .,\\-_/:@+=']|#\\d+;|<br/>)*\"$", label);
        var diagram = RunbookMermaid.Read("```mermaid\nflowchart LR\n  n1[" + label + "]\n  n2[\"b\"]\n  n1 ---|" + label + "| n2\n```\n");
        var expected = Regex.Replace(value.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n'), "[\\p{Cc}-[\\n]]", " ").Replace("\ud800", "\ufffd");
        Assert.Equal(expected, diagram.Nodes["n1"].Label);
        Assert.Equal(expected, diagram.Edges.Single().Label);
    }

    [Fact]
    public void Mermaid_entity_codes_in_a_value_stay_text()
    {
        Assert.Equal("\"#35;quot#59;\"", Escape.Mermaid("#quot;"));
        Assert.Equal("\"a#34;b#93;#96;#124;#60;#62;\"", Escape.Mermaid("a\"b]`|<>"));
        Assert.Equal("\"a<br/>b\"", Escape.Mermaid("a\r\nb"));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Code_block_holds_any_string_inside_its_list_item(string value)
    {
        var text = "- [ ] **MANUAL** first\n" + Escape.MarkdownCodeBlock(value, "power`shell", 2) + "\n- [ ] **MANUAL** second\n";

        var markdown = RunbookMarkdown.Read(text);

        var block = Assert.Single(markdown.Blocks);
        Assert.Equal("powershell", block.Info);
        Assert.Equal(Regex.Replace(value.Replace("\r\n", "\n").Replace('\r', '\n'), "[\\p{Cc}-[\\n\\t]]", " "), block.Code);
        Assert.Equal(new[] { "**MANUAL** first", "**MANUAL** second" }, markdown.AllItems().Select(i => i.Text));
        Assert.Same(block, markdown.AllItems()[0].Blocks.Single());
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Table_cells_hold_any_string_as_code_span_or_text(string value)
    {
        var cells = RunbookMarkdown.Cells("| " + Escape.MarkdownCode(value) + " | " + Escape.Markdown(value) + " |");

        Assert.Equal(2, cells.Count);
        var span = Assert.Single(RunbookMarkdown.CodeSpans(cells[0].Trim()));
        Assert.Equal(Regex.Replace(value, "[\\p{Cc}\\u2028\\u2029]", " "), span.Replace("\\|", "|"));
        var text = RunbookMarkdown.Inline(cells[1].Trim());
        Assert.DoesNotContain(text, s => s.IsCode);
        Assert.DoesNotContain('<', cells[1]);
        Assert.DoesNotContain('\n', cells[1]);
    }

    [Fact]
    public void Hostile_names_in_a_definition_keep_the_runbook_structure()
    {
        var runbook = RunbookMarkdown.Read(HostileRunbook.Value);

        // Tables keep their columns.
        Assert.All(runbook.Tables(), table => Assert.All(table, row => Assert.Equal(table[0].Count, row.Count)));

        // Every line from the first checklist item on is an item, its continuation, a heading or blank: nothing left an item.
        var start = Array.FindIndex(runbook.Lines, l => l.StartsWith("- [ ] ", StringComparison.Ordinal));
        Assert.All(runbook.Lines.Skip(start), line => Assert.True(
            line.Length == 0 || line.StartsWith("- [ ] ", StringComparison.Ordinal) || line.StartsWith("#", StringComparison.Ordinal) || line.StartsWith("  ", StringComparison.Ordinal),
            "A line outside any item: " + line));

        // No HTML outside code: every '<' of a user value is an entity or inside a code span or block.
        Assert.All(runbook.OutsideBlocks(), line => Assert.DoesNotContain(RunbookMarkdown.Inline(line.Text), s => !s.IsCode && s.Text.Contains('<')));
    }

    [Fact]
    public void Hostile_names_appear_escaped_in_tables()
    {
        var values = RunbookValuesTests.KeyValues(HostileRunbook.Value);
        Assert.Equal(Escape.MarkdownCode("Contoso Gateway") + ": " + Escape.Markdown(Description), values["Network service"]);
        Assert.Equal(Escape.MarkdownCode(Site), values["Front-end connection site"]);
        Assert.Equal(Site.Replace('\n', ' '), RunbookMarkdown.CodeSpans(values["Front-end connection site"]).Single().Replace("\\|", "|"));

        var tenants = RunbookValuesTests.Table(HostileRunbook.Value, "VM network");
        var nat = Assert.Single(tenants, r => r["VM network"] == Escape.MarkdownCode(VmNetwork));
        Assert.StartsWith("external pool " + Escape.MarkdownCode(Pool) + ";", nat["Details"]);
        var pools = RunbookValuesTests.Table(HostileRunbook.Value, "Role");
        Assert.Single(pools, r => r["Site"] == Escape.MarkdownCode(Site) && r["Pool"] == Escape.MarkdownCode(Pool));
    }

    [Fact]
    public void Hostile_names_appear_as_PowerShell_literals_in_commands()
    {
        var runbook = RunbookMarkdown.Read(HostileRunbook.Value);

        var nat = Assert.Single(runbook.AllItems(), i => i.IsAutomated && i.Text.Contains("connects to the gateway with NAT"));
        Assert.Equal("Get-SCNATConnection -VMNetwork (Get-SCVMNetwork -Name " + Escape.PowerShell(VmNetwork) + ")", nat.Blocks.Single().Code);
        var commands = runbook.Blocks.Where(b => b.Info == "powershell").SelectMany(b => RunbookCommands.Read(b.Code)).ToArray();
        var parameters = RunbookCommands.ScriptParameters(RunbookSamples.SampleConstant(nameof(RunbookSamples.Edge), "ContosoGateway.ContosoEdge", "DeployScript"));
        Assert.DoesNotContain(commands, c => RunbookCommands.Problem(c, "Deploy-ContosoEdge.ps1", parameters) is not null);
    }

    [Fact]
    public void Hostile_names_stay_inside_Mermaid_labels()
    {
        var diagram = RunbookMermaid.Read(HostileRunbook.Value);

        Assert.Contains(diagram.Nodes.Values, n => n.Label == "VM network " + VmNetwork + "\n10.2.0.0/24");
        Assert.Contains(diagram.Nodes.Values, n => n.Label.Contains("site " + Site + ": 131.107.10.0/24"));
        Assert.Contains(diagram.Edges, e => e.Label == "front-end connection\nsite " + Site);
        Assert.Contains(diagram.Edges, e => e.Label.StartsWith("NAT\nexternal pool " + Pool + "\n", StringComparison.Ordinal));
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
