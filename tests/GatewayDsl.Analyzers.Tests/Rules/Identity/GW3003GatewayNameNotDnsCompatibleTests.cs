using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Identity;

/// <summary>GW3003 at build time: reported on the name argument of Gateway.Named, also when the name comes from constants.</summary>
public sealed class GW3003GatewayNameNotDnsCompatibleTests
{
    private const string Root = "Gateway.Named(\"CONTOSO-GW01\")";

    [Fact]
    public Task Underscore_Triggers_on_the_name() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(("Gateway.Named(\"CONTOSO-FWD01\")", "Gateway.Named({|GW3003:\"CONTOSO_FWD01\"|})")),
        "GW3003");

    [Fact]
    public Task Non_ascii_letter_Triggers_on_the_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Root, "Gateway.Named({|GW3003:\"CONTOSÖ-GW\"|})")),
        "GW3003");

    [Fact]
    public Task Concatenated_constants_of_another_class_Trigger_on_the_expression() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Root, "Gateway.Named({|GW3003:Names.Prefix + \".\" + Names.Suffix|})"),
            ("[Gateway]", "static class Names { public const string Prefix = \"CONTOSO\"; public const string Suffix = \"GW\"; }\n\n[Gateway]")),
        "GW3003");

    [Fact]
    public Task Name_reserved_by_RFC_952_from_nameof_Triggers_on_the_nameof() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Root, "Gateway.Named({|GW3003:nameof(GATEWAY)|})"),
            ("public static GatewayDefinition Define()", "const int GATEWAY = 1;\n\n    public static GatewayDefinition Define()")),
        "GW3003");

    [Fact]
    public Task Long_name_with_underscore_Triggers_with_GW3001_on_the_same_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Root, "Gateway.Named({|GW3001:{|GW3003:\"CONTOSO_EDGE_GW_01\"|}|})")),
        "GW3003", "GW3001");

    [Fact]
    public Task Name_that_is_not_valid_NetBios_DoesNotTrigger_and_leaves_it_to_GW3002() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Root, "Gateway.Named({|GW3002:\".CONTOSO\"|})")),
        "GW3003", "GW3002");

    [Fact]
    public Task Dns_compatible_name_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW3003");
}
