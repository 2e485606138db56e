using System.IO;
using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules;

/// <summary>The valid samples build without any GW diagnostic, and analyzer and <c>Validate()</c> agree on them.</summary>
public sealed class SampleParityTests
{
    public static TheoryData<string> Samples() => new()
    {
        "samples/ContosoGateway/ContosoEdge.cs",
        "samples/ContosoForwardingGateway/ContosoForwarding.cs",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Sample_has_no_diagnostics(string path)
    {
        var test = AnalyzerVerifier.Create(File.ReadAllText(RepoPaths.Combine(path)), [], CompilerDiagnostics.Errors);
        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public Task Sample_parity(string path) => Parity.AssertSameRuleIdsAsync(File.ReadAllText(RepoPaths.Combine(path)));
}
