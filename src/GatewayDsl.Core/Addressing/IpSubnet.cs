using System;
using System.Globalization;

namespace GatewayDsl.Core.Addressing;

/// <summary>
/// A CIDR subnet such as 192.168.10.0/24 or 2001:db8::/64: a network address whose host bits
/// are all zero, and a prefix length.
/// </summary>
/// <remarks>
/// <para>
/// VMM logical-network sites and IP pools are defined by subnets, and the DSL's analyzers need to
/// know whether a pool range, a gateway address or another subnet lies inside or overlaps one.
/// A value of this type is always well-formed: it can only be made through
/// <see cref="TryParse"/> or <see cref="TryCreate"/>, which refuse set host bits (VMM rejects
/// "192.168.10.5/24" as a subnet, and it is almost always a typo for the network or for an
/// address), or through <see cref="Containing"/>, which clears them on purpose.
/// </para>
/// <para>
/// Point-to-point and single-host prefixes (/31, /32 for IPv4; /127, /128 for IPv6) and /0 are
/// valid subnets. Values of different families never contain or overlap one another.
/// <c>default(IpSubnet)</c> is 0.0.0.0/0.
/// </para>
/// </remarks>
internal readonly struct IpSubnet : IEquatable<IpSubnet>
{
    /// <summary>Creates a subnet from values already checked by the factory methods, so every instance is well-formed.</summary>
    /// <param name="network">The network address, host bits zero.</param>
    /// <param name="prefixLength">The prefix length, within the family's range.</param>
    private IpSubnet(IpAddress network, int prefixLength)
    {
        Network = network;
        PrefixLength = prefixLength;
    }

    /// <summary>The network address: the first address, with every host bit zero.</summary>
    public IpAddress Network { get; }

    /// <summary>The number of leading bits shared by every address in the subnet (0..32 or 0..128).</summary>
    public int PrefixLength { get; }

    /// <summary>The family of the subnet, which is the family of <see cref="Network"/>.</summary>
    public IpFamily Family => Network.Family;

    /// <summary>The first address of the subnet (the same as <see cref="Network"/>).</summary>
    public IpAddress First => Network;

    /// <summary>The last address of the subnet (for IPv4 with a prefix under /31, the broadcast address).</summary>
    public IpAddress Last => Network.WithHostBitsSet(PrefixLength);

    /// <summary>
    /// Parses CIDR text, "address/prefix", and explains a failure, proposing the network form
    /// when only the host bits are wrong.
    /// </summary>
    /// <param name="text">Text such as "192.168.10.0/24" or "2001:db8::/64"; no whitespace is allowed.</param>
    /// <param name="subnet">The parsed subnet, or <c>default</c> on failure.</param>
    /// <param name="error">A user-facing reason on failure; <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid subnet.</returns>
    public static bool TryParse(string? text, out IpSubnet subnet, out string? error)
    {
        subnet = default;
        if (text == null || text.Length == 0)
        {
            error = "The subnet is empty; write it as address/prefix, like 192.168.10.0/24.";
            return false;
        }

        int slash = text.IndexOf('/');
        if (slash < 0)
        {
            error = "'" + text + "' is not a subnet: the '/prefix' part is missing; write it as address/prefix, like 192.168.10.0/24.";
            return false;
        }

        if (text.IndexOf('/', slash + 1) >= 0)
        {
            error = "'" + text + "' is not a subnet: it contains more than one '/'.";
            return false;
        }

        if (!IpAddress.TryParse(text.Substring(0, slash), out IpAddress address, out string? addressError))
        {
            error = "'" + text + "' is not a valid subnet. " + addressError;
            return false;
        }

        string prefixText = text.Substring(slash + 1);
        if (!TryParsePrefix(prefixText, address.BitLength, out int prefixLength, out string? prefixError))
        {
            error = "'" + text + "' is not a valid subnet: the prefix length " + prefixError;
            return false;
        }

        return TryCreate(address, prefixLength, out subnet, out error);
    }

    /// <summary>
    /// Makes a subnet from a network address and a prefix length, refusing an out-of-range prefix
    /// or an address with host bits set.
    /// </summary>
    /// <param name="network">The network address; its host bits must be zero.</param>
    /// <param name="prefixLength">0..32 for IPv4, 0..128 for IPv6.</param>
    /// <param name="subnet">The subnet, or <c>default</c> on failure.</param>
    /// <param name="error">A user-facing reason on failure; <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the pair is a valid subnet.</returns>
    public static bool TryCreate(IpAddress network, int prefixLength, out IpSubnet subnet, out string? error)
    {
        subnet = default;
        if (prefixLength < 0 || prefixLength > network.BitLength)
        {
            error = "The prefix length " + prefixLength.ToString(CultureInfo.InvariantCulture)
                + " is out of range for " + FamilyName(network.Family) + "; it must be from 0 to "
                + network.BitLength.ToString(CultureInfo.InvariantCulture) + ".";
            return false;
        }

        IpAddress cleared = network.WithHostBitsCleared(prefixLength);
        if (cleared != network)
        {
            string given = network + "/" + prefixLength.ToString(CultureInfo.InvariantCulture);
            string proposed = cleared + "/" + prefixLength.ToString(CultureInfo.InvariantCulture);
            error = "'" + given + "' is not a valid subnet: the address has host bits set after the first "
                + prefixLength.ToString(CultureInfo.InvariantCulture) + " bits; did you mean " + proposed + "?";
            return false;
        }

        subnet = new IpSubnet(network, prefixLength);
        error = null;
        return true;
    }

    /// <summary>
    /// The subnet of the given prefix length that contains <paramref name="address"/>, with host
    /// bits cleared: used to propose a fix and to reason about "the /24 this address is in".
    /// </summary>
    /// <param name="address">Any address.</param>
    /// <param name="prefixLength">The prefix length; clamped to 0..32 or 0..128.</param>
    /// <returns>The containing subnet.</returns>
    public static IpSubnet Containing(IpAddress address, int prefixLength)
    {
        int prefix = prefixLength < 0 ? 0 : prefixLength > address.BitLength ? address.BitLength : prefixLength;
        return new IpSubnet(address.WithHostBitsCleared(prefix), prefix);
    }

    /// <summary>Whether <paramref name="address"/> is of the same family and inside this subnet.</summary>
    /// <param name="address">The address to test.</param>
    /// <returns><see langword="true"/> when the address is in the subnet.</returns>
    public bool Contains(IpAddress address) =>
        address.Family == Family && address.WithHostBitsCleared(PrefixLength) == Network;

    /// <summary>
    /// Whether every address of <paramref name="other"/> is inside this subnet (a subnet contains
    /// itself).
    /// </summary>
    /// <param name="other">The subnet to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is the same or a smaller subnet inside this one.</returns>
    public bool Contains(IpSubnet other) =>
        other.Family == Family && other.PrefixLength >= PrefixLength && Contains(other.Network);

    /// <summary>
    /// Whether the two subnets share at least one address. Two CIDR blocks either are disjoint or
    /// one contains the other, so this is containment in either direction.
    /// </summary>
    /// <param name="other">The subnet to test.</param>
    /// <returns><see langword="true"/> when they share an address; never across families.</returns>
    public bool Overlaps(IpSubnet other) => Contains(other) || other.Contains(this);

    /// <summary>Returns the CIDR text, e.g. "192.168.10.0/24" or "2001:db8::/64", canonical per <see cref="IpAddress.ToString"/>.</summary>
    /// <returns>The canonical CIDR text.</returns>
    public override string ToString() =>
        Network + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);

    /// <summary>Two subnets are equal when network and prefix length are equal.</summary>
    /// <param name="other">The subnet to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IpSubnet other) => Network == other.Network && PrefixLength == other.PrefixLength;

    /// <summary>Equality with a boxed <see cref="IpSubnet"/>; anything else is unequal.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal subnet.</returns>
    public override bool Equals(object? obj) => obj is IpSubnet other && Equals(other);

    /// <summary>A hash of network and prefix length.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            return (Network.GetHashCode() * 397) ^ PrefixLength;
        }
    }

    /// <summary>Equality operator; see <see cref="Equals(IpSubnet)"/>.</summary>
    /// <param name="left">The first subnet.</param>
    /// <param name="right">The second subnet.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IpSubnet left, IpSubnet right) => left.Equals(right);

    /// <summary>Inequality operator; see <see cref="Equals(IpSubnet)"/>.</summary>
    /// <param name="left">The first subnet.</param>
    /// <param name="right">The second subnet.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(IpSubnet left, IpSubnet right) => !left.Equals(right);

    /// <summary>
    /// Parses a prefix length strictly: ASCII digits, no sign, no leading zero except "0".
    /// </summary>
    /// <param name="text">The text after the '/'.</param>
    /// <param name="maximum">32 or 128, by family.</param>
    /// <param name="prefixLength">The value on success.</param>
    /// <param name="reason">A fragment that follows "the prefix length ".</param>
    /// <returns><see langword="true"/> on success.</returns>
    private static bool TryParsePrefix(string text, int maximum, out int prefixLength, out string? reason)
    {
        DecimalProblem problem = StrictDecimal.TryParse(text, maximum, out prefixLength);
        string limit = "from 0 to " + maximum.ToString(CultureInfo.InvariantCulture);
        string quoted = "'" + text + "' ";
        reason = problem switch
        {
            DecimalProblem.None => null,
            DecimalProblem.Empty => "is missing after '/'; it must be a number " + limit + ".",
            DecimalProblem.LeadingZero => quoted + "has a leading zero; write '" + StrictDecimal.WithoutLeadingZeros(text) + "'.",
            DecimalProblem.TooLarge => quoted + "is out of range; it must be " + limit + ".",
            _ => quoted + "is not a number " + limit + ".",
        };
        return problem == DecimalProblem.None;
    }

    /// <summary>The family's name for messages.</summary>
    /// <param name="family">The family.</param>
    /// <returns>"IPv4" or "IPv6".</returns>
    private static string FamilyName(IpFamily family) => family == IpFamily.IPv4 ? "IPv4" : "IPv6";
}
