using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Connectivity;

/// <summary>
/// GW5005: BGP over a VPN needs a valid local ASN, and each peer an IP address and a valid ASN (R15, R16). The cmdlets
/// take ASNs as <c>UInt32</c> (<c>-AutonomousSystemNumber</c>, <c>-PeerASN</c>); within that, 0 (RFC 7607),
/// 23456 (AS_TRANS, RFC 6793), 65535 and 4294967295 (RFC 7300) are reserved and cannot identify an autonomous system.
/// </summary>
internal sealed class BgpNeedsValidAsnAndPeersRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW5005",
        "bgp-needs-valid-asn-and-peers",
        "BGP needs a valid local ASN, and each peer an address and a valid ASN",
        RuleSeverity.Error,
        RuleCategory.Connectivity,
        "R15, R16; Prerequisites for gateways in VMM");

    /// <summary>AS_TRANS: stands in for a 4-byte ASN towards 2-byte-only speakers; IANA never assigns it to an AS.</summary>
    private const long AsTrans = 23456;

    /// <summary>The last 2-byte ASN, reserved like the last 4-byte one (RFC 7300).</summary>
    private const long Last2ByteAsn = 65535;

    /// <summary>How to fix any bad ASN; private-use ranges are what a tenant VPN normally uses (RFC 6996).</summary>
    private const string Advice = "Use an ASN from 1 to 4294967294 other than the reserved 23456 and 65535, e.g. a private ASN from 64512 to 65534 or 4200000000 to 4294967294.";

    /// <summary>Creates the rule.</summary>
    public BgpNeedsValidAsnAndPeersRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        foreach (var (network, connectivity) in spec.Connectivity())
        {
            if (connectivity.Vpn?.Bgp is not { } bgp)
            {
                continue;
            }

            var of = network.Name is { IsKnown: true, Value: { Length: > 0 } name } ? $"of VM network '{name}'" : "of a VM network";
            if (AsnProblem(bgp.LocalAsn) is { } localProblem)
            {
                yield return Report(
                    bgp.LocalAsn.Source,
                    $"The BGP local ASN {of} is '{RuleText.Number(bgp.LocalAsn.Value)}', which {localProblem}. {Advice}");
            }

            foreach (var peer in bgp.Peers)
            {
                // An address that does not parse is GW2007's finding; here only one that names nothing.
                if (peer.Address.IsKnown && string.IsNullOrWhiteSpace(peer.Address.Value))
                {
                    yield return Report(
                        peer.Address.Source,
                        $"A BGP peer {of} has an empty address. Give the tenant's BGP peer IP address, e.g. Peer(\"172.16.1.1\", 65020).");
                }

                if (AsnProblem(peer.Asn) is { } peerProblem)
                {
                    var who = peer.Address is { IsKnown: true, Value: { } address } && !string.IsNullOrWhiteSpace(address) ? $"BGP peer '{address}'" : "a BGP peer";
                    yield return Report(
                        peer.Asn.Source,
                        $"The ASN of {who} {of} is '{RuleText.Number(peer.Asn.Value)}', which {peerProblem}. {Advice}");
                }
            }
        }
    }

    /// <summary>Why a known ASN is not usable, or null when it is (or is unknown: GW0001's).</summary>
    private static string? AsnProblem(Setting<long> asn)
    {
        if (!asn.IsKnown)
        {
            return null;
        }

        return asn.Value switch
        {
            0 => "is reserved and means no ASN (RFC 7607); BGP needs an autonomous system number",
            AsTrans => "is AS_TRANS, reserved for the 2-byte/4-byte ASN transition (RFC 6793) and never assigned to an autonomous system",
            Last2ByteAsn or uint.MaxValue => "is reserved (RFC 7300)",
            < 0 or > uint.MaxValue => "is outside the UInt32 range of the VMM cmdlets' ASN parameters",
            _ => null,
        };
    }
}
