using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Connectivity;

/// <summary>GW5005 at build time: reported on the local ASN of Bgp, or on a peer's address or ASN argument.</summary>
public sealed class GW5005BgpNeedsValidAsnAndPeersTests
{
    private const string Bgp = ".Bgp(65010, bgp => bgp.Peer(\"172.16.1.1\", 65020))";

    [Fact]
    public Task Reserved_local_asn_Triggers_on_the_local_asn() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Bgp, ".Bgp({|GW5005:23456|}, bgp => bgp.Peer(\"172.16.1.1\", 65020))")),
        "GW5005");

    [Fact]
    public Task Reserved_peer_asn_from_a_uint_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Bgp, ".Bgp(65010, bgp => bgp.Peer(\"172.16.1.1\", {|GW5005:uint.MaxValue|}))")),
        "GW5005");

    [Fact]
    public Task Local_asn_from_a_constant_of_another_class_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Bgp, ".Bgp(localAsn: {|GW5005:Asns.Local|}, configure: bgp => bgp.Peer(\"172.16.1.1\", 65020))"),
            ("[Gateway]", "static class Asns { public const long Local = 0; }\n\n[Gateway]")),
        "GW5005");

    [Fact]
    public Task Empty_peer_address_and_asn_out_of_range_Trigger_on_each_argument() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Bgp, ".Bgp(65010, bgp => bgp\n"
            + "                    .Peer({|GW5005:\"\"|}, 65020)\n"
            + "                    .Peer(\"172.16.1.2\", {|GW5005:-1|})\n"
            + "                    .Peer(\"172.16.1.3\", {|GW5005:4294967296L|}))")),
        "GW5005");

    [Fact]
    public Task Highest_valid_asns_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Bgp, ".Bgp(4294967294, bgp => bgp.Peer(\"172.16.1.1\", 65534))")),
        "GW5005");

    [Fact]
    public Task Valid_asns_DoNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW5005");
}
