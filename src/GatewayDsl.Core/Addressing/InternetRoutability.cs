using System;
using System.Collections.Generic;

namespace GatewayDsl.Core.Addressing;

/// <summary>
/// Decides whether an address or subnet is reachable from the Internet, and if not, says which
/// special-purpose block it falls in.
/// </summary>
/// <remarks>
/// <para>
/// The gateway's front-end pool and its VPN/front-end server address are what remote sites
/// connect to, so a private, shared (CGNAT), documentation or multicast address there is almost
/// always a mistake (rule R28 in vmm-reference.md: an error when VPN is intended, a warning
/// otherwise). This class only answers the question; severity is the analyzer's decision.
/// </para>
/// <para>
/// The IPv4 rows are exactly the table of vmm-reference.md §d. Two deliberate choices there:
/// all of 192.0.0.0/24 is treated as non-routable (IANA marks nearly all of it so, apart from
/// 192.0.0.9 and 192.0.0.10), and 192.88.99.0/24 is listed as the deprecated 6to4 relay anycast
/// block although Python's <c>is_global</c> calls it global (the reference suggests a warning for
/// it). 224.0.0.0/4 is listed explicitly because a multicast address is never a valid unicast
/// endpoint. The IPv6 rows follow the IANA IPv6 special-purpose registry as given in the brief.
/// Anything not listed, including unallocated space, counts as routable: the aim is to catch
/// addresses that certainly are not, not to track allocation.
/// </para>
/// </remarks>
internal static class InternetRoutability
{
    /// <summary>
    /// The non-routable blocks, IPv4 first, in the order of their source tables. Each row is
    /// (subnet text, purpose, source); parsing them at type load keeps the table readable.
    /// </summary>
    public static IReadOnlyList<NonRoutableRange> NonRoutableRanges { get; } = new[]
    {
        Row("0.0.0.0/8", "this network", "RFC 1122 / RFC 6890"),
        Row("10.0.0.0/8", "private", "RFC 1918"),
        Row("100.64.0.0/10", "shared address space for carrier-grade NAT", "RFC 6598"),
        Row("127.0.0.0/8", "loopback", "RFC 1122"),
        Row("169.254.0.0/16", "link-local", "RFC 3927"),
        Row("172.16.0.0/12", "private", "RFC 1918"),
        Row("192.0.0.0/24", "IETF protocol assignments", "RFC 6890"),
        Row("192.0.2.0/24", "documentation TEST-NET-1", "RFC 5737"),
        Row("192.88.99.0/24", "deprecated 6to4 relay anycast", "RFC 3068 / RFC 7526"),
        Row("192.168.0.0/16", "private", "RFC 1918"),
        Row("198.18.0.0/15", "benchmarking", "RFC 2544"),
        Row("198.51.100.0/24", "documentation TEST-NET-2", "RFC 5737"),
        Row("203.0.113.0/24", "documentation TEST-NET-3", "RFC 5737"),
        Row("224.0.0.0/4", "multicast", "RFC 5771"),
        Row("240.0.0.0/4", "reserved, former class E", "RFC 1112"),
        Row("255.255.255.255/32", "limited broadcast", "RFC 919 / RFC 8190"),

        Row("::/128", "unspecified address", "RFC 4291"),
        Row("::1/128", "loopback", "RFC 4291"),
        Row("::ffff:0:0/96", "IPv4-mapped", "RFC 4291"),
        Row("64:ff9b:1::/48", "local-use IPv4/IPv6 translation", "RFC 8215"),
        Row("100::/64", "discard-only", "RFC 6666"),
        Row("2001::/23", "IETF protocol assignments", "RFC 2928"),
        Row("2001:db8::/32", "documentation", "RFC 3849"),
        Row("2002::/16", "6to4", "RFC 3056"),
        Row("fc00::/7", "unique local", "RFC 4193"),
        Row("fe80::/10", "link-local", "RFC 4291"),
        Row("ff00::/8", "multicast", "RFC 4291"),
    };

    /// <summary>Whether a single address is reachable from the Internet.</summary>
    /// <param name="address">The address to test.</param>
    /// <param name="reason">
    /// When not routable, the block and its purpose, e.g. "10.0.0.0/8 (private, RFC 1918)";
    /// the most specific block wins (255.255.255.255 is "limited broadcast", not "class E").
    /// <see langword="null"/> when routable.
    /// </param>
    /// <returns><see langword="true"/> when the address is in none of the blocks.</returns>
    public static bool IsInternetRoutable(IpAddress address, out string? reason) =>
        IsInternetRoutable(IpSubnet.Containing(address, address.BitLength), out reason);

    /// <summary>
    /// Whether every address of a subnet is reachable from the Internet, i.e. the subnet overlaps
    /// none of the blocks.
    /// </summary>
    /// <param name="subnet">The subnet to test.</param>
    /// <param name="reason">
    /// When not routable, a block it overlaps, e.g. "10.0.0.0/8 (private, RFC 1918)": the most
    /// specific block containing the subnet if there is one, otherwise the first block (in table
    /// order) inside it. <see langword="null"/> when routable.
    /// </param>
    /// <returns><see langword="true"/> when the subnet overlaps none of the blocks.</returns>
    public static bool IsInternetRoutable(IpSubnet subnet, out string? reason)
    {
        NonRoutableRange? containing = null;
        NonRoutableRange? firstOverlap = null;
        foreach (NonRoutableRange row in NonRoutableRanges)
        {
            if (row.Subnet.Contains(subnet))
            {
                if (containing == null || row.Subnet.PrefixLength > containing.Subnet.PrefixLength)
                {
                    containing = row;
                }
            }
            else if (firstOverlap == null && row.Subnet.Overlaps(subnet))
            {
                firstOverlap = row;
            }
        }

        NonRoutableRange? match = containing ?? firstOverlap;
        reason = match?.Description;
        return match == null;
    }

    /// <summary>
    /// Builds one table row from its text. The texts are constants checked by the tests, so a
    /// failure here is a programming error in the table, not bad user input.
    /// </summary>
    /// <param name="cidr">The block in CIDR text.</param>
    /// <param name="purpose">What the block is for.</param>
    /// <param name="source">The defining document(s).</param>
    /// <returns>The row.</returns>
    private static NonRoutableRange Row(string cidr, string purpose, string source)
    {
        if (!IpSubnet.TryParse(cidr, out IpSubnet subnet, out string? error))
        {
            throw new InvalidOperationException("Bad row in the non-routable table: " + error);
        }

        return new NonRoutableRange(subnet, purpose, source);
    }
}
