using System.Linq;
using GatewayDsl.Generators.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Generators.Tests.Pipeline;

/// <summary>What the generator adds to user code, and what it leaves out.</summary>
public sealed class GeneratedClassTests
{
    [Fact]
    public void Valid_sample_gets_its_connection_string_and_artifacts()
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs")));

        var generated = Assert.Single(result.GeneratedTrees);
        Assert.EndsWith("ContosoGateway.ContosoEdge.g.cs", generated.FilePath);
        var type = output.GetTypeByMetadataName("ContosoGateway.ContosoEdge+GatewayArtifacts");
        Assert.NotNull(type);
        var connection = output.GetTypeByMetadataName("ContosoGateway.ContosoEdge")!.GetMembers("ConnectionString").Single();
        Assert.Equal(
            "VMHost=GatewayHost1.contoso.com;GatewayVM=GatewayVM1.contoso.com;BackendSwitch=VirtualSwitch1;MaxVMNetworksSupported=50",
            ((Microsoft.CodeAnalysis.IFieldSymbol)connection).ConstantValue);
    }

    [Fact]
    public void Definition_with_an_error_gets_nothing()
    {
        var source = GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs");
        var broken = (source.Path, source.Text.Replace("Gateway.Named(\"CONTOSO-GW01\")", "Gateway.Named(\"CONTOSO-EDGE-GATEWAY-01\")"));

        var (_, result) = GeneratorHarness.Run(GeneratorHarness.Compile(broken));

        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Project_without_definitions_gets_nothing()
    {
        var (_, result) = GeneratorHarness.Run(GeneratorHarness.Compile(("Program.cs", "class Program { static void Main() { } }")));

        Assert.Empty(result.GeneratedTrees);
    }
}
