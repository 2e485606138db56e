using System;
using System.Linq;
using GatewayDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>
/// Runbooks the way users get them: the generator runs on source, and the runbook is the <c>GatewayArtifacts.Runbook</c>
/// constant of the output compilation (the text the build task writes to disk).
/// </summary>
public static class RunbookSamples
{
    private static readonly Lazy<string> EdgeText = new(() => FromSample("ContosoGateway", "ContosoEdge.cs", "ContosoGateway.ContosoEdge"));
    private static readonly Lazy<string> ForwardingText = new(() => FromSample("ContosoForwardingGateway", "ContosoForwarding.cs", "ContosoForwardingGateway.ContosoForwarding"));

    /// <summary>The runbook of the non-forwarding sample (VPN with BGP, NAT, product key from the environment).</summary>
    public static string Edge => EdgeText.Value;

    /// <summary>The runbook of the forwarding sample (direct routing, DHCP on Infrastructure, evaluation deployment).</summary>
    public static string Forwarding => ForwardingText.Value;

    /// <summary>The runbook generated for the definition class <paramref name="className"/> (metadata name) in <paramref name="source"/>.</summary>
    public static string FromSource(string source, string className)
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(("Definition.cs", source)));
        if (result.GeneratedTrees.IsEmpty)
        {
            throw new InvalidOperationException("The generator emitted nothing: the definition has an error.");
        }

        return Constant(output, className, "Runbook");
    }

    /// <summary>A string constant of the generated <c>GatewayArtifacts</c> class.</summary>
    public static string Constant(Compilation output, string className, string member)
    {
        var artifacts = output.GetTypeByMetadataName(className + "+GatewayArtifacts")
            ?? throw new InvalidOperationException("No GatewayArtifacts class on " + className);
        var field = artifacts.GetMembers(member).OfType<IFieldSymbol>().Single();
        return (string)field.ConstantValue!;
    }

    /// <summary>A constant of a sample's generated <c>GatewayArtifacts</c> class (<paramref name="sample"/>: <c>Edge</c> or <c>Forwarding</c>).</summary>
    public static string SampleConstant(string sample, string className, string member) =>
        sample == nameof(Edge)
            ? FromSample("ContosoGateway", "ContosoEdge.cs", className, member)
            : FromSample("ContosoForwardingGateway", "ContosoForwarding.cs", className, member);

    private static string FromSample(string project, string file, string className, string member = "Runbook")
    {
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.Sample(project, file)));
        return Constant(output, className, member);
    }
}
