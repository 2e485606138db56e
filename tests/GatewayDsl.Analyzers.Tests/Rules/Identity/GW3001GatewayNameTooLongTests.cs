using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Identity;

/// <summary>GW3001 at build time: reported on the name argument, also when the name is built from constants.</summary>
public sealed class GW3001GatewayNameTooLongTests
{
    [Fact]
    public Task Sixteen_characters_Triggers_on_the_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(("Gateway.Named(\"CONTOSO-GW01\")", "Gateway.Named({|GW3001:\"CONTOSO-EDGE-GW01\"|})")),
        "GW3001");

    [Fact]
    public Task Interpolated_constant_name_Triggers_on_the_interpolation() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            ("Gateway.Named(\"CONTOSO-GW01\")", "Gateway.Named({|GW3001:$\"{Prefix}-EDGE-GATEWAY-01\"|})"),
            ("public static GatewayDefinition Define()", "const string Prefix = \"CONTOSO\";\n\n    public static GatewayDefinition Define()")),
        "GW3001");

    [Fact]
    public Task Fifteen_characters_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(("Gateway.Named(\"CONTOSO-GW01\")", "Gateway.Named(\"CONTOSO-EDGE-01\")")),
        "GW3001");
}
