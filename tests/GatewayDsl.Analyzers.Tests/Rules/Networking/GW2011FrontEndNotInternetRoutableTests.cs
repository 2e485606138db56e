using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>
/// GW2011 at build time: reported on the External subnet's <c>cidr</c> argument or on the <c>address</c> argument of
/// <c>FrontEndServerAddress</c> / <c>VpnServerAddress</c> (an error with a VPN tenant, a warning without).
/// </summary>
public sealed class GW2011FrontEndNotInternetRoutableTests
{
    [Fact]
    public Task Private_External_subnet_with_vpn_Triggers_on_the_cidr() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".Vips("131.107.10.50-131.107.10.59"))))""", """.Vips("131.107.10.50-131.107.10.59")).Subnet({|GW2011:"10.99.0.0/24"|})))""")),
        "GW2011");

    [Fact]
    public Task Private_front_end_address_without_vpn_Triggers_a_warning_on_the_address() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".FrontEndServerAddress("131.107.20.5")""", """.FrontEndServerAddress({|GW2011:"192.168.20.5"|})""")),
        "GW2011");

    [Fact]
    public Task Vpn_server_address_from_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".MaxVmNetworks(50)", ".MaxVmNetworks(50).VpnServerAddress({|GW2011:Addresses.Vpn|})"),
            ("[Gateway]", "static class Addresses { public const string Vpn = \"100.64.0.5\"; }\n\n[Gateway]")),
        "GW2011");

    [Fact]
    public Task Public_addresses_and_private_Infrastructure_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".MaxVmNetworks(50)", """.MaxVmNetworks(50).VpnServerAddress("131.107.10.60")""")),
        "GW2011");
}
