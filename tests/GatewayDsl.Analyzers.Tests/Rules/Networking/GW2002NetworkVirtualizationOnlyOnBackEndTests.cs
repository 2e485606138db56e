using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>
/// GW2002 at build time: reported on the <c>allow</c> argument of <c>AllowNetworkVirtualization</c>, or on the whole
/// call when the argument is left to its default (<c>true</c>).
/// </summary>
public sealed class GW2002NetworkVirtualizationOnlyOnBackEndTests
{
    [Fact]
    public Task Back_end_network_not_allowing_it_Triggers_on_the_argument() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".NetworkVirtualization("Network Virtualization", network => network""", """.NetworkVirtualization("Network Virtualization", network => network.AllowNetworkVirtualization({|GW2002:false|})""")),
        "GW2002");

    [Fact]
    public Task External_network_allowing_it_by_default_argument_Triggers_a_warning_on_the_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".External("External", network => network""", """.External("External", network => network.{|GW2002:AllowNetworkVirtualization()|}""")),
        "GW2002");

    [Fact]
    public Task Infrastructure_allowing_it_through_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".Infrastructure("Infrastructure", network => network""", """.Infrastructure("Infrastructure", network => network.AllowNetworkVirtualization(allow: {|GW2002:Options.Hnv|})"""),
            ("[Gateway]", "static class Options { public const bool Hnv = true; }\n\n[Gateway]")),
        "GW2002");

    [Fact]
    public Task Later_call_wins_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".External("External", network => network""", """.External("External", network => network.{|GW0003:AllowNetworkVirtualization(true)|}.AllowNetworkVirtualization(false)""")),
        "GW2002",
        "GW0003");

    [Fact]
    public Task Back_end_network_explicitly_allowing_it_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".NetworkVirtualization("Network Virtualization", network => network""", """.NetworkVirtualization("Network Virtualization", network => network.AllowNetworkVirtualization()""")),
        "GW2002");
}
