using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Identity;

/// <summary>GW3002 at build time: reported on the name argument of Gateway.Named, also when the name comes from constants.</summary>
public sealed class GW3002GatewayNameNotValidNetBiosTests
{
    private const string Root = "Gateway.Named(\"CONTOSO-GW01\")";

    [Fact]
    public Task Forbidden_character_Triggers_on_the_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Root, "Gateway.Named({|GW3002:\"CONTOSO*GW\"|})")),
        "GW3002");

    [Fact]
    public Task Reserved_word_from_a_constant_of_another_class_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Root, "Gateway.Named({|GW3002:Names.Gateway|})"),
            ("[Gateway]", "static class Names { public const string Gateway = \"SYSTEM\"; }\n\n[Gateway]")),
        "GW3002");

    [Fact]
    public Task Interpolated_constant_with_a_forbidden_character_Triggers_on_the_interpolation() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Root, "Gateway.Named({|GW3002:$\"{Prefix}:GW01\"|})"),
            ("public static GatewayDefinition Define()", "const string Prefix = \"CONTOSO\";\n\n    public static GatewayDefinition Define()")),
        "GW3002");

    [Fact]
    public Task Verbatim_name_with_a_backslash_Triggers_on_the_literal() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Root, "Gateway.Named({|GW3002:@\"GW\\01\"|})")),
        "GW3002");

    [Fact]
    public Task Null_name_Triggers_on_the_null() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Root, "Gateway.Named({|GW3002:null|})")),
        "GW3002");

    [Fact]
    public Task Null_forgiven_name_Triggers_on_the_whole_argument() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Root, "Gateway.Named({|GW3002:null!|})")),
        "GW3002");

    [Fact]
    public Task Dns_incompatible_but_valid_NetBios_name_DoesNotTrigger_and_leaves_it_to_GW3003() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Root, "Gateway.Named({|GW3003:\"CONTOSO_GW01\"|})")),
        "GW3002", "GW3003");

    [Fact]
    public Task Valid_name_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW3002");
}
