using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Parsing;

/// <summary>Code as it looks mid-keystroke: the analyzer must not throw (AD0001) and must not add noise to compiler errors.</summary>
public sealed class HalfTypedCodeTests
{
    public static TheoryData<string> Fragments() => new()
    {
        "Gateway.Named(",
        "Gateway.Named(\"GW01\").",
        "Gateway.Named(\"GW01\").InDomain()",
        "Gateway.Named(\"GW01\").InDomain(Unknown.Name)",
        "Gateway.Named(\"GW01\").OnHostCluster(\"c\", c => c.Nodes(\"a\", ",
        "Gateway.Named(\"GW01\").OnHostCluster(\"c\", c => { c.Nodes(\"a\"); ",
        "Gateway.Named(\"GW01\").OnHostCluster(\"c\", c => c.)",
        "Gateway.Named(\"GW01\").External(\"E\", n => n.Site(\"S\", \"All Hosts\", s => s.StaticPool(\"1.2.3.4\", \"1.2.3.5\", gateway: , metric: 5)))",
        "Gateway.Named(\"GW01\").ServiceTemplate(GatewayTemplate., t => t.ProductKey(Secret.FromEnvironment()))",
        "Gateway.Named(\"GW01\").NoSuchMethod(1).InDomain(\"contoso.com\")",
        "Gateway.Named(\"GW01\").VmNetwork(\"A\", v => v.SiteToSiteVpn(\"1.2.3.4\", s => s.Bgp(\"not a number\")))",
        "Gateway.Named(null).InDomain(default).MaxVmNetworks(default)",
        "Gateway.Named(\"GW01\").NetworkService(\"S\", s => s.HostGroups([.. Groups]))",
        "new GatewayDefinition()",
        "Gateway.Named(\"GW01\")).InDomain(\"x\"",
    };

    [Theory]
    [MemberData(nameof(Fragments))]
    public async Task Fragment_does_not_crash_the_analyzer(string chain)
    {
        var source = "using GatewayDsl;\n[Gateway]\npublic static partial class Contoso\n{\n    public static GatewayDefinition Define() => " + chain + ";\n}\n";
        var test = AnalyzerVerifier.Create(source, [], Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None);

        // Only the absence of AD0001 (an analyzer exception fails the test run) is asserted; which GW rules fire on
        // half-typed code is not.
        test.DisabledDiagnostics.AddRange(RuleIds.AllExcept());
        await test.RunAsync();
    }
}
