using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.NetworkService;

/// <summary>GW1006 at build time: an info diagnostic on the whole <c>VpnServerAddress(...)</c> call.</summary>
public sealed class GW1006VpnServerAddressWithoutVpnTests
{
    [Fact]
    public Task Vpn_server_address_without_a_VPN_tenant_Triggers_on_the_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((".MaxVmNetworks(1)", """.MaxVmNetworks(1).{|GW1006:VpnServerAddress("131.107.20.6")|}""")),
        "GW1006");

    [Fact]
    public Task Vpn_server_address_from_a_constant_Triggers_on_the_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (".MaxVmNetworks(1)", ".MaxVmNetworks(1)\n        .{|GW1006:VpnServerAddress(address: Addresses.Vpn)|}"),
            ("[Gateway]", "static class Addresses { public const string Vpn = \"131.107.20.6\"; }\n\n[Gateway]")),
        "GW1006");

    [Fact]
    public Task Vpn_server_address_with_a_VPN_tenant_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".MaxVmNetworks(50)", """.MaxVmNetworks(50).VpnServerAddress("131.107.10.60")""")),
        "GW1006");

    [Fact]
    public Task Invalid_vpn_server_address_DoesNotTrigger_but_GW1004_does() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((".MaxVmNetworks(1)", """.MaxVmNetworks(1).VpnServerAddress({|GW1004:"vpn.contoso.com"|})""")),
        "GW1006",
        "GW1004");
}
