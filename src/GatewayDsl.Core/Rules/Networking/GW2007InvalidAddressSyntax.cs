using System.Collections.Generic;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2007: an address, address range or subnet of the definition is not valid syntax. VMM's cmdlets take these as plain
/// strings (<c>New-SCSubnetVLan -Subnet</c>, <c>New-SCStaticIPAddressPool -IPAddressRangeStart</c>, <c>Add-SCBGPPeer
/// -PeerIPAddress</c>...), so a typo only fails when the generated script runs; this rule finds it at build time.
/// </summary>
/// <remarks>
/// <para>
/// This is the one rule that reports unparsable addresses: every other rule skips a value that does not parse, so one
/// typo gives one diagnostic. <c>FrontEndServerAddress</c> and <c>VPNServerAddress</c> are GW1004's (they belong to the
/// connection string).
/// </para>
/// <para>
/// A known <c>null</c> or empty value is reported like any other bad value, except where a "missing item" rule owns
/// it: the VPN remote endpoint (GW5004), a BGP peer's address (GW5005) and <c>VMClusterStaticIPAddress</c> (GW2005,
/// GW2006) are skipped when null or blank, so the user sees "missing", not "missing" and "invalid".
/// </para>
/// </remarks>
internal sealed class InvalidAddressSyntaxRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2007",
        "invalid-address-syntax",
        "An address, range or subnet is not valid syntax",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R31; prerequisite 2");

    /// <summary>Creates the rule.</summary>
    public InvalidAddressSyntaxRule()
        : base(Rule)
    {
    }

    /// <summary>What syntax a value must have.</summary>
    private enum AddressKind
    {
        /// <summary>A single IPv4 or IPv6 address.</summary>
        Address,

        /// <summary>A CIDR subnet.</summary>
        Subnet,

        /// <summary>One address or one range <c>start-end</c> (an item of <c>Reserve</c> or <c>Vips</c>).</summary>
        Range,
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        foreach (var candidate in Candidates(spec))
        {
            var setting = candidate.Value;
            if (!setting.IsKnown)
            {
                // GW0001 already told the user the value cannot be evaluated.
                continue;
            }

            if (candidate.BlankIsMissing && string.IsNullOrWhiteSpace(setting.Value))
            {
                // A "missing item" rule reports this one; see the class remarks.
                continue;
            }

            if (!IsValid(setting.Value, candidate.Kind, out var reason))
            {
                yield return Report(
                    setting.Source,
                    $"{candidate.Noun} {Quote(setting.Value)} {candidate.Owner} is not valid syntax. {reason}");
            }
        }
    }

    /// <summary>
    /// Every address-like value of the definition, in definition order: logical networks (site subnets, then each
    /// pool's range, gateway, reserved, VIP and DNS addresses), the template's VMClusterStaticIPAddress, then the VM
    /// networks (their subnets and each connectivity's addresses).
    /// </summary>
    private static IEnumerable<Candidate> Candidates(GatewaySpec spec)
    {
        foreach (var (_, site) in spec.Sites())
        {
            var siteOwner = "of network site " + RuleText.QuotedName(site.Name);
            foreach (var subnet in site.Subnets)
            {
                yield return new Candidate(subnet.Cidr, AddressKind.Subnet, "Subnet", siteOwner);
            }

            foreach (var pool in site.Pools)
            {
                var poolOwner = "of static pool " + RuleText.QuotedName(pool.Name) + " in network site " + RuleText.QuotedName(site.Name);
                yield return new Candidate(pool.RangeStart, AddressKind.Address, "Range start", poolOwner);
                yield return new Candidate(pool.RangeEnd, AddressKind.Address, "Range end", poolOwner);
                yield return new Candidate(pool.Gateway, AddressKind.Address, "Default gateway", poolOwner);
                foreach (var reserved in pool.Reserved)
                {
                    yield return new Candidate(reserved, AddressKind.Range, "Reserved address", poolOwner);
                }

                foreach (var vip in pool.Vips)
                {
                    yield return new Candidate(vip, AddressKind.Range, "VIP address", poolOwner);
                }

                foreach (var dns in pool.DnsServers)
                {
                    yield return new Candidate(dns, AddressKind.Address, "DNS server", poolOwner);
                }
            }
        }

        if (spec.ServiceTemplate?.VmClusterStaticIpAddress is { } clusterAddress)
        {
            yield return new Candidate(clusterAddress, AddressKind.Address, "VMClusterStaticIPAddress", "of the service template", BlankIsMissing: true);
        }

        foreach (var vmNetwork in spec.VmNetworks)
        {
            var owner = "of VM network " + RuleText.QuotedName(vmNetwork.Name);
            foreach (var subnet in vmNetwork.Subnets)
            {
                yield return new Candidate(subnet, AddressKind.Subnet, "Subnet", owner);
            }

            foreach (var connectivity in vmNetwork.Connectivity)
            {
                if (connectivity.Vpn is { } vpn)
                {
                    yield return new Candidate(vpn.RemoteEndpoint, AddressKind.Address, "Remote VPN endpoint", owner, BlankIsMissing: true);
                    foreach (var remote in vpn.RemoteSubnets)
                    {
                        yield return new Candidate(remote, AddressKind.Subnet, "Remote subnet", owner);
                    }

                    if (vpn.Bgp is { } bgp)
                    {
                        foreach (var peer in bgp.Peers)
                        {
                            yield return new Candidate(peer.Address, AddressKind.Address, "BGP peer address", owner, BlankIsMissing: true);
                        }
                    }
                }

                if (connectivity.Nat is { } nat)
                {
                    if (nat.ExternalAddress is { } external)
                    {
                        yield return new Candidate(external, AddressKind.Address, "NAT external address", owner);
                    }

                    foreach (var rule in nat.Rules)
                    {
                        yield return new Candidate(rule.InternalAddress, AddressKind.Address, "Internal address", "of NAT rule " + RuleText.QuotedName(rule.Name) + " " + owner);
                    }
                }
            }
        }
    }

    /// <summary>Parses <paramref name="text"/> with the shared parser for its kind and returns the parser's reason.</summary>
    private static bool IsValid(string? text, AddressKind kind, out string? reason)
    {
        switch (kind)
        {
            case AddressKind.Subnet:
                return IpSubnet.TryParse(text, out _, out reason);

            case AddressKind.Range:
                if (text is not null && text.IndexOf(',') >= 0)
                {
                    // VMM's -IPAddressReservedSet is one comma-separated string, but the DSL takes one entry per
                    // argument so that each entry can be checked and pointed at on its own.
                    reason = "It holds several entries separated by ','; pass each address or range as its own argument, e.g. Reserve(\"10.0.0.25-10.0.0.35\", \"10.0.0.38\").";
                    return false;
                }

                return IpRange.TryParse(text, out _, out reason);

            default:
                if (string.IsNullOrEmpty(text))
                {
                    reason = "The IP address is empty; write an IPv4 or IPv6 address such as 192.168.10.1.";
                    return false;
                }

                return IpAddress.TryParse(text, out _, out reason);
        }
    }

    /// <summary>A value for a message: quoted, or <c>(null)</c> when the user passed null.</summary>
    private static string Quote(string? value) => value is null ? "(null)" : "'" + value + "'";

    /// <summary>One value to check.</summary>
    /// <param name="Value">The value and where it was set.</param>
    /// <param name="Kind">The syntax it must have.</param>
    /// <param name="Noun">What it is, e.g. "Range start".</param>
    /// <param name="Owner">Whose it is, e.g. "of static pool 'External Pool' in network site 'External-Site'".</param>
    /// <param name="BlankIsMissing">True when a null or blank value is another rule's "missing item".</param>
    private readonly record struct Candidate(Setting<string?> Value, AddressKind Kind, string Noun, string Owner, bool BlankIsMissing = false);
}
