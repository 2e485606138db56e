using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.NetworkService;

/// <summary>GW1005 at build time: a warning on the <c>address</c> argument of <c>FrontEndServerAddress</c>.</summary>
public sealed class GW1005FrontEndAddressOutsideSubnetTests
{
    [Fact]
    public Task Address_just_outside_the_front_end_subnet_Triggers_on_the_address() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".FrontEndServerAddress("131.107.20.5")""", """.FrontEndServerAddress({|GW1005:"131.107.21.5"|})""")),
        "GW1005");

    [Fact]
    public Task Interpolated_constant_address_Triggers_on_the_interpolation() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".FrontEndServerAddress("131.107.20.5")""", """.FrontEndServerAddress({|GW1005:$"{Addresses.Prefix}.30.5"|})"""),
            ("[Gateway]", "static class Addresses { public const string Prefix = \"131.107\"; }\n\n[Gateway]")),
        "GW1005");

    [Fact]
    public Task Address_on_a_non_forwarding_gateway_Triggers_on_the_address() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".MaxVmNetworks(50)", """.MaxVmNetworks(50).FrontEndServerAddress({|GW1005:"131.107.20.5"|})""")),
        "GW1005");

    [Fact]
    public Task Address_at_the_edge_of_the_front_end_subnet_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".FrontEndServerAddress("131.107.20.5")""", """.FrontEndServerAddress("131.107.20.255")""")),
        "GW1005");
}
