using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using GatewayDsl.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.EndToEnd.Tests.Packaging;

/// <summary>
/// Opens the packed nupkgs: their file lists and nuspecs are part of the product (what lands in a user's compiler and
/// build), so any change to them must be deliberate and shows up here.
/// </summary>
[Collection(EndToEndCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PackageContentTests
{
    /// <summary>What GatewayDsl.nupkg holds besides NuGet's own parts (_rels, [Content_Types].xml, package/, the nuspec).</summary>
    private static readonly string[] LibraryFiles =
    {
        "README.md",
        "analyzers/dotnet/cs/GatewayDsl.Analyzers.dll",
        "analyzers/dotnet/cs/GatewayDsl.CodeFixes.dll",
        "analyzers/dotnet/cs/GatewayDsl.Generators.dll",
        "analyzers/dotnet/cs/Microsoft.Bcl.AsyncInterfaces.dll",
        "analyzers/dotnet/cs/Scriban.Signed.dll",
        "analyzers/dotnet/cs/System.IO.Pipelines.dll",
        "analyzers/dotnet/cs/System.Text.Encodings.Web.dll",
        "analyzers/dotnet/cs/System.Text.Json.dll",
        "build/GatewayDsl.props",
        "build/GatewayDsl.targets",
        "buildTransitive/GatewayDsl.props",
        "buildTransitive/GatewayDsl.targets",
        "lib/netstandard2.0/GatewayDsl.dll",
        "lib/netstandard2.0/GatewayDsl.xml",
        "tasks/netstandard2.0/GatewayDsl.Build.Tasks.dll",
    };

    private static readonly string[] TemplateFiles =
    {
        "README.md",
        "content/templates/gateway/.template.config/dotnetcli.host.json",
        "content/templates/gateway/.template.config/template.json",
        "content/templates/gateway/EdgeGateway.cs",
        "content/templates/gateway/GatewayApp.csproj",
        "content/templates/gateway/Program.cs",
    };

    private readonly StarterProject starter;

    public PackageContentTests(StarterProject starter) => this.starter = starter;

    [Fact]
    public void Library_package_holds_exactly_the_expected_files()
    {
        Assert.Equal(LibraryFiles, ContentFiles(starter.LibraryPackage));
    }

    [Fact]
    public void Library_package_has_no_dependencies_and_full_metadata()
    {
        var metadata = Nuspec(starter.LibraryPackage);

        var groups = metadata.Element(metadata.Name.Namespace + "dependencies")!.Elements().ToList();
        Assert.All(groups, g => Assert.Empty(g.Elements()));
        Assert.Equal("GatewayDsl", Value(metadata, "id"));
        Assert.Equal(RepoPaths.PackageVersion, Value(metadata, "version"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Contains("vmm", Value(metadata, "tags").Split(' '));
        Assert.Equal("https://github.com/gatewaydsl/gatewaydsl.git", (string?)metadata.Element(metadata.Name.Namespace + "repository")?.Attribute("url"));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
    }

    [Fact]
    public void Library_package_targets_load_the_task_it_ships()
    {
        using var package = ZipFile.OpenRead(starter.LibraryPackage);
        using var reader = new StreamReader(package.GetEntry("build/GatewayDsl.targets")!.Open());

        // build/ and buildTransitive/ both resolve ../tasks/netstandard2.0/, where the package has the task.
        Assert.Contains("$(MSBuildThisFileDirectory)../tasks/netstandard2.0/GatewayDsl.Build.Tasks.dll", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Template_package_holds_the_template_and_references_this_version()
    {
        Assert.Equal(TemplateFiles, ContentFiles(starter.TemplatePackage));
        var metadata = Nuspec(starter.TemplatePackage);
        Assert.Equal("Template", (string?)metadata.Descendants(metadata.Name.Namespace + "packageType").Single().Attribute("name"));

        using var package = ZipFile.OpenRead(starter.TemplatePackage);
        using var json = JsonDocument.Parse(package.GetEntry("content/templates/gateway/.template.config/template.json")!.Open());
        var symbols = json.RootElement.GetProperty("symbols");
        Assert.Equal(RepoPaths.PackageVersion, symbols.GetProperty("GatewayDslVersion").GetProperty("defaultValue").GetString());
        Assert.Equal("gateway", json.RootElement.GetProperty("shortName").GetString());
    }

    private static string[] ContentFiles(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal)
                        && n != "[Content_Types].xml" && !n.EndsWith(".nuspec", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
    }

    private static XElement Nuspec(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var root = XDocument.Load(stream).Root!;
        return root.Element(root.Name.Namespace + "metadata")!;
    }

    private static string Value(XElement metadata, string name) => (string?)metadata.Element(metadata.Name.Namespace + name) ?? string.Empty;
}
