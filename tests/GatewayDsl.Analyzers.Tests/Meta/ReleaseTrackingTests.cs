using System.IO;
using System.Linq;
using GatewayDsl.Analyzers.Diagnostics;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Meta;

/// <summary>
/// Release tracking: RS2000-RS2002 cannot see descriptors built from the rules' metadata, so this test holds
/// AnalyzerReleases.Unshipped.md (plus Shipped.md) to exactly the analyzer's descriptors.
/// </summary>
public sealed class ReleaseTrackingTests
{
    [Fact]
    public void Release_files_list_every_descriptor_with_its_category_and_severity()
    {
        var folder = RepoPaths.Combine("analyzers", "GatewayDsl.Analyzers");
        var entries = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
            .Where(l => l.StartsWith("GW"))
            .Select(l => l.Split('|').Select(p => p.Trim()).ToArray())
            .Select(p => $"{p[0]} | {p[1]} | {p[2]}")
            .OrderBy(l => l)
            .ToArray();

        var expected = GatewayDiagnostics.All
            .Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity switch { Microsoft.CodeAnalysis.DiagnosticSeverity.Info => "Info", var s => s.ToString() }}")
            .OrderBy(l => l)
            .ToArray();

        Assert.Equal(expected, entries);
    }

    [Fact]
    public void Every_descriptor_has_a_help_link_to_its_doc_page()
    {
        foreach (var descriptor in GatewayDiagnostics.All)
        {
            var page = Path.GetFileName(descriptor.HelpLinkUri);
            Assert.True(File.Exists(RepoPaths.Combine("docs", "rules", page)), $"{descriptor.Id}: {page} is missing");
            Assert.Equal("{0}", descriptor.MessageFormat.ToString());
        }
    }
}
