using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.NetworkService;

/// <summary>GW1004 at build time: reported on the <c>address</c> argument of <c>FrontEndServerAddress</c> or <c>VpnServerAddress</c>.</summary>
public sealed class GW1004InvalidServerAddressTests
{
    [Fact]
    public Task Front_end_address_with_three_parts_Triggers_on_the_address() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".FrontEndServerAddress("131.107.20.5")""", """.FrontEndServerAddress({|GW1004:"131.107.20"|})""")),
        "GW1004");

    [Fact]
    public Task Host_name_as_vpn_server_address_Triggers_on_the_address() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".MaxVmNetworks(50)", """.MaxVmNetworks(50).VpnServerAddress({|GW1004:"vpn.contoso.com"|})""")),
        "GW1004");

    [Fact]
    public Task Address_from_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".FrontEndServerAddress("131.107.20.5")""", ".FrontEndServerAddress({|GW1004:Addresses.FrontEnd|})"),
            ("[Gateway]", "static class Addresses { public const string FrontEnd = \"131.107.20.5/24\"; }\n\n[Gateway]")),
        "GW1004");

    [Fact]
    public Task Empty_address_Triggers_on_the_address() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".FrontEndServerAddress("131.107.20.5")""", """.FrontEndServerAddress({|GW1004:""|})""")),
        "GW1004");

    [Fact]
    public Task Null_address_Triggers_on_the_whole_argument() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".FrontEndServerAddress("131.107.20.5")""", ".FrontEndServerAddress({|GW1004:null!|})")),
        "GW1004");

    [Fact]
    public Task Valid_IPv4_and_IPv6_addresses_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".FrontEndServerAddress("131.107.20.5")""", """.FrontEndServerAddress("131.107.20.6").VpnServerAddress("2001:db8::5")""")),
        "GW1004");

    [Fact]
    public Task Address_that_GW1003_reports_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".FrontEndServerAddress("131.107.20.5")""", """.FrontEndServerAddress({|GW1003:" 131.107.20.5"|})""")),
        "GW1004",
        "GW1003");
}
