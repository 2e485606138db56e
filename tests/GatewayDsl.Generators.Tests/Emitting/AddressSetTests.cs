using GatewayDsl.Generators.Emitting;
using GatewayDsl.Generators.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>
/// VIPs and reserved addresses reach the script and the runbook as VMM's canonical comma-separated list, whatever blanks
/// and line breaks the definition put around the separators (the rules accept those; VMM should never see them).
/// </summary>
public sealed class AddressSetTests
{
    private const string Messy = "\" 131.107.10.50 -\\r\\n\\t131.107.10.59\\r\\n\", \"131.107.10.60 \"";

    [Fact]
    public void Vips_written_over_several_lines_reach_the_script_canonical()
    {
        var script = Artifact("DeployScript", (".Vips(\"131.107.10.50-131.107.10.59\")", ".Vips(" + Messy + ")"));

        Assert.Contains("Vips       = '131.107.10.50-131.107.10.59, 131.107.10.60'", script);
        Assert.DoesNotContain("\r", script);
    }

    [Fact]
    public void Reserved_addresses_with_blanks_around_them_are_one_canonical_list()
    {
        var script = Artifact("DeployScript", (".Reserve(\"192.168.10.50\")", ".Reserve(\"192.168.10.50\", \" 192.168.10.60 -\\t192.168.10.61 \", \"192.168.10.70\\n\")"));

        Assert.Contains("Reserved   = '192.168.10.50, 192.168.10.60-192.168.10.61, 192.168.10.70'", script);
    }

    [Fact]
    public void Runbook_pool_table_shows_the_canonical_vips()
    {
        var runbook = Artifact("Runbook", (".Vips(\"131.107.10.50-131.107.10.59\")", ".Vips(" + Messy + ")"));

        Assert.Contains(Escape.MarkdownCode("131.107.10.50-131.107.10.59, 131.107.10.60"), runbook);
    }

    private static string Artifact(string member, (string Find, string Replace) edit)
    {
        var (path, text) = GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs");
        Assert.Contains(edit.Find, text);
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile((path, text.Replace(edit.Find, edit.Replace))));
        Assert.NotEmpty(result.GeneratedTrees);
        return RunbookSamples.Constant(output, "ContosoGateway.ContosoEdge", member);
    }
}
