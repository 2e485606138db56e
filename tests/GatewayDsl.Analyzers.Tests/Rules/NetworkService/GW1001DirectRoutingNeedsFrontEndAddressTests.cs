using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.NetworkService;

/// <summary>GW1001 at build time: reported on the whole <c>DirectRoutingMode(...)</c> call.</summary>
public sealed class GW1001DirectRoutingNeedsFrontEndAddressTests
{
    [Fact]
    public Task Forwarding_without_front_end_address_Triggers_on_the_DirectRoutingMode_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".FrontEndServerAddress("131.107.20.5")""", string.Empty),
            (".DirectRoutingMode()", ".{|GW1001:DirectRoutingMode()|}")),
        "GW1001");

    [Fact]
    public Task Direct_routing_from_a_constant_Triggers_on_the_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".FrontEndServerAddress("131.107.20.5")""", string.Empty),
            (".DirectRoutingMode()", ".{|GW1001:DirectRoutingMode(Modes.Forwarding)|}"),
            ("[Gateway]", "static class Modes { public const bool Forwarding = !false; }\n\n[Gateway]")),
        "GW1001");

    [Fact]
    public Task Front_end_address_given_before_direct_routing_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".FrontEndServerAddress("131.107.20.5")""", string.Empty),
            (".DirectRoutingMode()", """.FrontEndServerAddress("131.107.20.5").DirectRoutingMode()""")),
        "GW1001");

    [Fact]
    public Task Empty_front_end_address_DoesNotTrigger_but_GW1004_does() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".FrontEndServerAddress("131.107.20.5")""", """.FrontEndServerAddress({|GW1004:""|})""")),
        "GW1001",
        "GW1004");

    [Fact]
    public Task Direct_routing_mode_false_from_a_constant_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".FrontEndServerAddress("131.107.20.5")""", string.Empty),
            (".DirectRoutingMode()", ".DirectRoutingMode(Modes.Forwarding)"),
            ("[Gateway]", "static class Modes { public const bool Forwarding = false; }\n\n[Gateway]")),
        "GW1001");
}
