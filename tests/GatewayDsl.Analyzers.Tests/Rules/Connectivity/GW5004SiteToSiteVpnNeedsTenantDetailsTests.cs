using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Connectivity;

/// <summary>
/// GW5004 at build time: an empty endpoint or PSK account is reported on its argument; missing routes or authentication
/// on the SiteToSiteVpn call; two authentication methods on the later of the two calls.
/// </summary>
public sealed class GW5004SiteToSiteVpnNeedsTenantDetailsTests
{
    private const string Vpn = ".SiteToSiteVpn(\"157.56.20.10\", vpn => vpn";
    private const string Psk = ".PreSharedKey(\"Tenant-A PSK\")";
    private const string Bgp = ".Bgp(65010, bgp => bgp.Peer(\"172.16.1.1\", 65020))))";

    [Fact]
    public Task Empty_remote_endpoint_Triggers_on_the_endpoint() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Vpn, ".SiteToSiteVpn({|GW5004:\"\"|}, vpn => vpn")),
        "GW5004");

    [Fact]
    public Task Certificate_after_a_pre_shared_key_Triggers_on_the_Certificate_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Psk, Psk + ".{|GW5004:Certificate(\"CN=gateway.contoso.com\")|}")),
        "GW5004");

    [Fact]
    public Task Blank_pre_shared_key_account_from_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Psk, ".PreSharedKey({|GW5004:Accounts.Psk|})"),
            ("[Gateway]", "static class Accounts { public const string Psk = \"  \"; }\n\n[Gateway]")),
        "GW5004");

    [Fact]
    public Task No_authentication_Triggers_on_the_whole_SiteToSiteVpn_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Vpn, ".{|GW5004:SiteToSiteVpn(\"157.56.20.10\", vpn => vpn"),
            (Psk, string.Empty),
            (Bgp, ".Bgp(65010, bgp => bgp.Peer(\"172.16.1.1\", 65020)))|})")),
        "GW5004");

    [Fact]
    public Task No_remote_subnets_and_no_bgp_peers_Triggers_on_the_SiteToSiteVpn_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Vpn, ".{|GW5004:SiteToSiteVpn(\"157.56.20.10\", vpn => vpn"),
            (".RemoteSubnets(\"172.16.1.0/24\")", string.Empty),
            (Bgp, ".Bgp(65010))|})")),
        "GW5004");

    [Fact]
    public Task Bgp_peers_instead_of_remote_subnets_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".RemoteSubnets(\"172.16.1.0/24\")", string.Empty)),
        "GW5004");

    [Fact]
    public Task Complete_vpn_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW5004");
}
