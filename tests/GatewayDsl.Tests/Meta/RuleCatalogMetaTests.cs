using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using GatewayDsl.Core.Rules;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Meta;

/// <summary>Every rule is registered once, has unique metadata, a doc page and a test class (Bicep's linter meta-tests).</summary>
public sealed class RuleCatalogMetaTests
{
    public static TheoryData<string> CatalogIds() => new(RuleCatalogIds.All);

    [Fact]
    public void Catalog_file_lists_exactly_the_known_ids()
    {
        var folder = RepoPaths.SharedReference;
        if (folder is null)
        {
            return; // A clone without the team's shared folder: RuleCatalogIds is the record.
        }

        var ids = Regex.Matches(File.ReadAllText(Path.Combine(folder, "rule-catalog.md")), @"^\| (GW\d{4}) \|", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToArray();
        Assert.Equal(RuleCatalogIds.All, ids);
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void Every_catalog_id_has_a_descriptor_unless_impossible_by_construction(string id)
    {
        var hasDescriptor = RuleCatalog.Descriptors.Any(d => d.Id == id);
        Assert.Equal(!RuleCatalogIds.ImpossibleByConstruction.Contains(id), hasDescriptor);
    }

    [Fact]
    public void Every_descriptor_is_a_catalog_id_with_unique_id_and_slug()
    {
        var descriptors = RuleCatalog.Descriptors;
        Assert.All(descriptors, d => Assert.Contains(d.Id, RuleCatalogIds.All));
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Slug).Distinct().Count());
        Assert.All(descriptors, d => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", d.Slug));
        Assert.All(descriptors, d => Assert.False(string.IsNullOrWhiteSpace(d.Title)));
        Assert.All(descriptors, d => Assert.False(string.IsNullOrWhiteSpace(d.Sources)));
    }

    [Fact]
    public void Every_rule_class_is_registered_exactly_once()
    {
        var ruleTypes = typeof(GatewayRule).Assembly.GetTypes()
            .Where(t => typeof(GatewayRule).IsAssignableFrom(t) && !t.IsAbstract)
            .ToArray();
        var registered = RuleCatalog.Rules.Select(r => r.GetType()).ToArray();

        Assert.Equal(ruleTypes.OrderBy(t => t.FullName), registered.OrderBy(t => t.FullName));
        Assert.Equal(registered.Length, registered.Distinct().Count());
    }

    [Fact]
    public void Every_rule_class_file_is_named_after_its_id()
    {
        var files = Directory.GetFiles(RepoPaths.Combine("src", "GatewayDsl.Core", "Rules"), "GW*.cs", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .ToArray();
        foreach (var rule in RuleCatalog.Rules)
        {
            Assert.Single(files, f => f!.StartsWith(rule.Descriptor.Id, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void Every_catalog_id_has_one_doc_page_with_the_required_sections(string id)
    {
        var pages = Directory.GetFiles(RepoPaths.Combine("docs", "rules"), id + "-*.md");
        var page = Assert.Single(pages);
        var text = File.ReadAllText(page);

        var descriptor = RuleCatalog.Descriptors.FirstOrDefault(d => d.Id == id);
        if (descriptor is not null)
        {
            Assert.Equal(descriptor.DocFileName, Path.GetFileName(page));
            Assert.StartsWith($"# {id}: {descriptor.Title}\n", text);
        }

        foreach (var section in new[] { "## Cause", "## Reason", "## How to fix", "### Violates", "### Does not violate" })
        {
            Assert.Contains(section, text);
        }
    }

    [Theory]
    [MemberData(nameof(CatalogIds))]
    public void Every_catalog_id_has_a_test_class(string id)
    {
        if (RuleCatalogIds.ImpossibleByConstruction.Contains(id) || RuleCatalogIds.TestedWithAnalyzers.Contains(id))
        {
            return;
        }

        var testClasses = typeof(RuleCatalogMetaTests).Assembly.GetTypes()
            .Where(t => t.Name.StartsWith(id, StringComparison.Ordinal) && t.Name.EndsWith("Tests", StringComparison.Ordinal));
        Assert.Single(testClasses);
    }
}
