using System.Linq;
using System.Text.RegularExpressions;
using GatewayDsl.Generators.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>The runbook's "Running the script" table names every parameter the generated script declares, and no other.</summary>
public sealed class RunbookScriptParameterTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(".PreSharedKey(\"Tenant-A PSK\")", ".Certificate(\"CN=tenant-a.fabrikam.com\")")]
    [InlineData(".ProductKey(Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\"))", ".ProductKey(Secret.FromParameter(\"GatewayKey\"))")]
    public void Every_script_parameter_is_explained_in_the_runbook(string? find, string? replace)
    {
        var (path, text) = GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs");
        if (find is not null)
        {
            Assert.Contains(find, text);
            text = text.Replace(find, replace);
        }

        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile((path, text)));
        Assert.NotEmpty(result.GeneratedTrees);
        var script = RunbookSamples.Constant(output, "ContosoGateway.ContosoEdge", "DeployScript");
        var runbook = RunbookSamples.Constant(output, "ContosoGateway.ContosoEdge", "Runbook");

        var declared = RunbookCommands.ScriptParameters(script);
        var section = Regex.Match(runbook, @"## Running the script\n(.*?)\n## ", RegexOptions.Singleline).Groups[1].Value;
        var explained = Regex.Matches(section, @"^\| `-(\w+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains("TemplatePackagePath", declared);
        Assert.Equal(declared, explained);
    }
}
