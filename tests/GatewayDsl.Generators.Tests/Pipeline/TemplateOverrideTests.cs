using System.Linq;
using GatewayDsl.Generators.Emitting;
using GatewayDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GatewayDsl.Generators.Tests.Pipeline;

/// <summary>
/// A user's replacement template: an AdditionalFiles item whose <c>GatewayDslTemplate</c> metadata names the built-in
/// template it replaces (docs/templates.md). A broken replacement never crashes the generator: the built-in template is
/// used and the generated file carries a <c>#warning</c> (CS1030) that says why.
/// </summary>
public sealed class TemplateOverrideTests
{
    private const string Definition = "ContosoGateway.ContosoEdge";

    [Theory]
    [InlineData("Runbook")]
    [InlineData("Runbook.scriban")]
    [InlineData("runbook.SCRIBAN")]
    public void Replacement_template_renders_the_artifact(string metadata)
    {
        var (output, generated) = Run(("templates/MyRunbook.scriban", metadata, "# {{ md model.GatewayName }} on {{ code model.HostCluster.Name }}\n"));

        var runbook = Artifact(output, "ContosoEdge.runbook.md");
        Assert.Equal("# CONTOSO\\-GW01 on `GatewayHost1.contoso.com`\n", runbook);
        Assert.DoesNotContain("#warning", generated);
    }

    [Fact]
    public void Replacement_template_sees_the_documented_model_and_scriban_builtins()
    {
        const string Template = """
            {{ model.GatewayName | string.downcase | md }}
            {{ for network in model.VmNetworks }}{{ network.Name | code }} {{ network.Connectivity }}{{ if !for.last }}, {{ end }}{{ end }}
            {{ array.size model.LogicalNetworks }} {{ model.Template.Flavour }} {{ model.Template.ProductKey.Kind }} {{ model.Template.ProductKey.Name | ps }}
            {{ if model.VmmServerDomain }}{{ model.VmmServerDomain | json }}{{ end }}
            """;

        var (output, generated) = Run(("Runbook.scriban", "Runbook", Template));

        Assert.Equal(
            "contoso\\-gw01\n`Tenant-A` SiteToSiteVpn, `Tenant-B` Nat\n3 3NIC Environment 'GATEWAY_PRODUCT_KEY'\n\"fabric.fabrikam.com\"",
            Artifact(output, "ContosoEdge.runbook.md"));
        Assert.DoesNotContain("#warning", generated);
    }

    [Fact]
    public void Example_in_the_docs_renders_without_warnings()
    {
        var docs = System.IO.File.ReadAllText(RepoPaths.Combine("docs", "templates.md"));
        var start = docs.IndexOf("```scriban\n", System.StringComparison.Ordinal) + "```scriban\n".Length;
        var example = docs.Substring(start, docs.IndexOf("\n```", start, System.StringComparison.Ordinal) - start + 1);

        var (output, generated) = Run(("gateway-templates/OurRunbook.scriban", "Runbook", example));

        Assert.DoesNotContain("#warning", generated);
        Assert.StartsWith("# Gateway CONTOSO\\-GW01: operator checklist\n", Artifact(output, "ContosoEdge.runbook.md"));
        Assert.Contains("| Tenant\\-A | SiteToSiteVpn |\n", Artifact(output, "ContosoEdge.runbook.md"));
    }

    [Fact]
    public void Manifest_hashes_the_replacement_output()
    {
        var (output, _) = Run(("Runbook.scriban", "Runbook", "custom runbook\n"));

        var manifest = Artifact(output, "manifest.json");
        Assert.Contains(ArtifactEmitter.Sha256("custom runbook\n"), manifest);
    }

    [Fact]
    public void Additional_file_without_the_metadata_is_not_a_template()
    {
        var driver = GeneratorHarness.CreateDriver(new TestOptionsProvider(), new TestAdditionalText("Runbook.scriban", "not used"));
        var (output, _) = GeneratorHarness.Run(Compile(), driver);

        Assert.NotEqual("not used", Artifact(output, "ContosoEdge.runbook.md"));
    }

    [Theory]
    [InlineData("{{ if model.IsForwarding }}unterminated", "Runbook.scriban")]
    [InlineData("{{ model.NoSuchMember }}", "Runbook.scriban")]
    [InlineData("{{ ps \"a\" \"b\" }}", "runbook")]
    public void Broken_replacement_falls_back_to_the_built_in_template_with_a_warning(string template, string replaces)
    {
        var builtIn = Artifact(Run().Output, "ContosoEdge.runbook.md");

        var (output, generated) = Run(("broken.scriban", replaces, template));

        Assert.Equal(builtIn, Artifact(output, "ContosoEdge.runbook.md"));
        var warning = Assert.Single(output.GetDiagnostics(), d => d.Id == "CS1030");
        Assert.StartsWith("GatewayDsl: the replacement template broken.scriban for Runbook.scriban failed, so the built-in template was used: ", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Replace("#warning: '", string.Empty));
        Assert.EndsWith("ContosoGateway.ContosoEdge.g.cs", warning.Location.SourceTree!.FilePath);
        Assert.Contains("#warning GatewayDsl: the replacement template broken.scriban", generated);
    }

    [Fact]
    public void Replacement_naming_no_template_is_ignored_with_a_warning()
    {
        var (output, generated) = Run(("Readme.scriban", "Readme", "hello\n"));

        Assert.Single(output.GetDiagnostics(), d => d.Id == "CS1030");
        Assert.Contains("#warning GatewayDsl: the replacement template Readme.scriban names 'Readme.scriban', which is not a GatewayDsl template, so it was ignored; use one of ConnectionString.scriban, Deploy.scriban, ServiceSettings.scriban, Runbook.scriban, Manifest.scriban", generated);
    }

    [Fact]
    public void Second_replacement_for_the_same_template_is_ignored_with_a_warning()
    {
        var (output, generated) = Run(("b.scriban", "Runbook", "from b\n"), ("a.scriban", "Runbook", "from a\n"));

        Assert.Equal("from a\n", Artifact(output, "ContosoEdge.runbook.md"));
        Assert.Contains("#warning GatewayDsl: b.scriban is a second replacement for Runbook.scriban, so it was ignored", generated);
    }

    [Fact]
    public void Warning_text_is_one_line_whatever_the_message_holds()
    {
        var line = TemplateWarnings.Line("failed: a\r\nclass Injected { }\u2028b\u0085c\u2029d\te");

        Assert.Equal("failed: a  class Injected { } b c d e", line);
    }

    private static string Artifact(Compilation output, string fileName) =>
        GeneratedArtifacts.Of(output, Definition).Single(a => a.FileName == fileName).Content;

    private static Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compile() => GeneratorHarness.Compile(GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs"));

    private static (Compilation Output, string Generated) Run(params (string Path, string Replaces, string Text)[] templates)
    {
        var options = new TestOptionsProvider(templates.Select(t => (t.Path, "GatewayDslTemplate", t.Replaces)).ToArray());
        var driver = GeneratorHarness.CreateDriver(options, templates.Select(t => (AdditionalText)new TestAdditionalText(t.Path, t.Text)).ToArray());
        var (output, result) = GeneratorHarness.Run(Compile(), driver);
        return (output, Assert.Single(result.GeneratedTrees).GetText().ToString());
    }
}
