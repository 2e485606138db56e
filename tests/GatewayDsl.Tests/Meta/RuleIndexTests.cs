using System.IO;
using System.Linq;
using System.Text;
using GatewayDsl.Core.Rules;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Meta;

/// <summary>
/// <c>docs/rules/index.md</c> is generated from the rules' own metadata, so it cannot drift: this test compares it and
/// rewrites it when run with <c>GATEWAYDSL_BLESS=1</c>.
/// </summary>
public sealed class RuleIndexTests
{
    [Fact]
    public void Rule_index_matches_the_rules_metadata()
    {
        var path = RepoPaths.Combine("docs", "rules", "index.md");
        var expected = Render();
        if (RepoPaths.Bless)
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/rules/index.md is missing; run the tests with GATEWAYDSL_BLESS=1 to write it.");
        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    [Fact]
    public void Readme_rule_table_matches_the_rules_metadata()
    {
        const string start = "<!-- rules:start -->\n";
        const string end = "<!-- rules:end -->";
        var path = RepoPaths.Combine("README.md");
        var readme = File.ReadAllText(path).Replace("\r\n", "\n");
        var from = readme.IndexOf(start, System.StringComparison.Ordinal);
        var to = readme.IndexOf(end, System.StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "README.md lacks the rules:start / rules:end markers.");

        var expected = readme.Substring(0, from + start.Length) + RenderReadmeTable() + readme.Substring(to);
        if (RepoPaths.Bless)
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    internal static string RenderReadmeTable()
    {
        var text = new StringBuilder("| ID | Severity | Rule |\n|---|---|---|\n");
        foreach (var rule in RuleCatalog.Descriptors)
        {
            text.Append($"| [{rule.Id}](docs/rules/{rule.DocFileName}) | {rule.DefaultSeverity} | {rule.Title} |\n");
        }

        return text.ToString();
    }

    internal static string Render()
    {
        var text = new StringBuilder();
        text.Append("# GatewayDsl rules\n\n");
        text.Append("<!-- Generated from the rules' metadata by RuleIndexTests; rewrite with GATEWAYDSL_BLESS=1 dotnet test. -->\n\n");
        text.Append("Every rule of the procedure \"How to add a Windows Server Gateway in VMM\" is either a diagnostic below or impossible\n");
        text.Append("to express with the DSL (listed at the end). Severities are defaults; change them per rule in `.editorconfig`\n");
        text.Append("(`dotnet_diagnostic.GW2004.severity = warning`).\n\n");
        text.Append("| ID | Rule | Severity | Category | Source |\n|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.Descriptors)
        {
            text.Append($"| {rule.Id} | [{rule.Title}]({rule.DocFileName}) (`{rule.Slug}`) | {rule.DefaultSeverity} | {rule.Category} | {rule.Sources} |\n");
        }

        text.Append("\n## Impossible by construction\n\n");
        text.Append("The builder API cannot express these mistakes, so no diagnostic exists for them:\n\n");
        foreach (var id in RuleCatalogIds.ImpossibleByConstruction.OrderBy(i => i))
        {
            var page = Path.GetFileName(Directory.GetFiles(RepoPaths.Combine("docs", "rules"), id + "-*.md").Single());
            text.Append($"- [{id}]({page}): the DSL has no way to set a VLAN on a gateway VM's network adapter; VLANs come only from network sites (R56).\n");
        }

        text.Append("- Manufacturer `Microsoft`, model `Microsoft Windows Server Gateway` and provider `Microsoft Windows Server Gateway Provider` are fixed by the generator (R58).\n");
        text.Append("- The connection string always carries `VMHost`, `GatewayVM` and `BackendSwitch` (R2-R4); missing values are GW0004.\n");
        text.Append("- Each logical network is created as one connected network (R19), and External and Infrastructure get a same-named VM network (R21).\n");
        text.Append("- Both host cluster nodes are marked as dedicated network-virtualization gateways by the script (R35).\n");
        text.Append("- The blank disks and `VMClusterSetup.cr` always live in the library folder `Windows Server Gateway` (R46, R47).\n");
        text.Append("\n## Advice that cannot be checked\n\n");
        text.Append("R23, R34, R37, R53-R55, R59 and R62 of the reference are advice or manual checks. They appear in the generated runbook, not as diagnostics.\n");
        return text.ToString();
    }
}
