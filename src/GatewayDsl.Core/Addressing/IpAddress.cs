using System;

namespace GatewayDsl.Core.Addressing;

/// <summary>
/// An IPv4 or IPv6 address held as a 128-bit number (two <see cref="ulong"/> halves) plus its
/// <see cref="IpFamily"/>.
/// </summary>
/// <remarks>
/// <para>
/// The DSL and its analyzers need address arithmetic (is this address inside that pool, propose
/// the next free address, does this subnet overlap that one) on both families with one code path,
/// and they must run inside a netstandard2.0 analyzer. <c>System.Net.IPAddress</c> is too lax for
/// user-facing validation ("1" parses as 0.0.0.1, and leading zeros have octal quirks), so this
/// type has its own strict parser (<see cref="IpAddressParser"/>) and canonical formatter
/// (<see cref="IpAddressFormatter"/>).
/// </para>
/// <para>
/// An IPv4 address lives in the low 32 bits of <see cref="Low"/>, with <see cref="High"/> zero.
/// <c>default(IpAddress)</c> is 0.0.0.0. Ordering puts every IPv4 address before every IPv6
/// address, then compares the numeric value; this gives a total order that is stable for sorting
/// but has no network meaning across families.
/// </para>
/// </remarks>
internal readonly struct IpAddress : IEquatable<IpAddress>, IComparable<IpAddress>
{
    /// <summary>Number of bits in an IPv4 address; also the largest IPv4 prefix length.</summary>
    public const int IPv4BitLength = 32;

    /// <summary>Number of bits in an IPv6 address; also the largest IPv6 prefix length.</summary>
    public const int IPv6BitLength = 128;

    /// <summary>Creates an address; callers go through <see cref="FromIPv4"/>, <see cref="FromIPv6"/> or the parser so IPv4 keeps <see cref="High"/> zero.</summary>
    /// <param name="family">The address family.</param>
    /// <param name="high">The upper 64 bits (zero for IPv4).</param>
    /// <param name="low">The lower 64 bits (the 32-bit value for IPv4).</param>
    private IpAddress(IpFamily family, ulong high, ulong low)
    {
        Family = family;
        High = high;
        Low = low;
    }

    /// <summary>Whether this is an IPv4 or an IPv6 address.</summary>
    public IpFamily Family { get; }

    /// <summary>
    /// The upper 64 bits of an IPv6 address (groups 1 to 4); always zero for IPv4.
    /// </summary>
    public ulong High { get; }

    /// <summary>
    /// The lower 64 bits of an IPv6 address (groups 5 to 8), or the IPv4 address in its low
    /// 32 bits.
    /// </summary>
    public ulong Low { get; }

    /// <summary>
    /// The number of bits in an address of this family (32 or 128), which bounds prefix lengths
    /// and arithmetic.
    /// </summary>
    public int BitLength => Family == IpFamily.IPv4 ? IPv4BitLength : IPv6BitLength;

    /// <summary>
    /// Creates an IPv4 address from its 32-bit value (network order: 0xC0A80001 is 192.168.0.1).
    /// </summary>
    /// <param name="value">The address as an unsigned 32-bit number.</param>
    /// <returns>The IPv4 address.</returns>
    public static IpAddress FromIPv4(uint value) => new IpAddress(IpFamily.IPv4, 0UL, value);

    /// <summary>Creates an IPv6 address from its two 64-bit halves.</summary>
    /// <param name="high">Groups 1 to 4 (the most significant 64 bits).</param>
    /// <param name="low">Groups 5 to 8 (the least significant 64 bits).</param>
    /// <returns>The IPv6 address.</returns>
    public static IpAddress FromIPv6(ulong high, ulong low) => new IpAddress(IpFamily.IPv6, high, low);

    /// <summary>
    /// Strictly parses an IPv4 dotted quad or an IPv6 address, discarding the reason on failure.
    /// </summary>
    /// <param name="text">The text to parse; <see langword="null"/> fails.</param>
    /// <param name="address">The parsed address, or <c>default</c> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid address.</returns>
    /// <remarks>See <see cref="IpAddressParser"/> for the exact rules.</remarks>
    public static bool TryParse(string? text, out IpAddress address) =>
        IpAddressParser.TryParse(text, out address, out _);

    /// <summary>
    /// Strictly parses an IPv4 dotted quad or an IPv6 address and explains a failure, so that
    /// analyzers can tell the user what is wrong rather than just "invalid".
    /// </summary>
    /// <param name="text">The text to parse; <see langword="null"/> fails.</param>
    /// <param name="address">The parsed address, or <c>default</c> on failure.</param>
    /// <param name="error">A user-facing reason on failure; <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid address.</returns>
    public static bool TryParse(string? text, out IpAddress address, out string? error) =>
        IpAddressParser.TryParse(text, out address, out error);

    /// <summary>
    /// Adds a signed offset to the address, failing instead of wrapping when the result would
    /// leave the family's address space.
    /// </summary>
    /// <param name="delta">How far to move; negative moves down.</param>
    /// <param name="result">The moved address, or <c>default</c> on overflow.</param>
    /// <returns><see langword="true"/> when the result is a valid address of the same family.</returns>
    /// <remarks>
    /// Used to propose a concrete address inside a pool (e.g. "the pool's first address + 1").
    /// Returning <see langword="false"/> rather than throwing keeps analyzers crash-free on
    /// extreme input such as 255.255.255.255 + 1.
    /// </remarks>
    public bool TryAdd(long delta, out IpAddress result)
    {
        result = default;
        if (delta == 0)
        {
            result = this;
            return true;
        }

        // Magnitude of a negative delta, written so that long.MinValue does not overflow.
        ulong magnitude = delta > 0 ? (ulong)delta : (ulong)(-(delta + 1)) + 1UL;

        if (Family == IpFamily.IPv4)
        {
            if (delta > 0)
            {
                if (magnitude > uint.MaxValue - Low)
                {
                    return false;
                }

                result = FromIPv4((uint)(Low + magnitude));
                return true;
            }

            if (magnitude > Low)
            {
                return false;
            }

            result = FromIPv4((uint)(Low - magnitude));
            return true;
        }

        if (delta > 0)
        {
            ulong low = unchecked(Low + magnitude);
            bool carry = low < Low;
            if (carry && High == ulong.MaxValue)
            {
                return false;
            }

            result = FromIPv6(carry ? High + 1UL : High, low);
            return true;
        }

        bool borrow = magnitude > Low;
        if (borrow && High == 0UL)
        {
            return false;
        }

        result = FromIPv6(borrow ? High - 1UL : High, unchecked(Low - magnitude));
        return true;
    }

    /// <summary>
    /// Returns this address with every bit after the first <paramref name="prefixLength"/> bits
    /// cleared: the network address of the subnet of that prefix length that contains it.
    /// </summary>
    /// <param name="prefixLength">A prefix length; clamped to 0..<see cref="BitLength"/>.</param>
    /// <returns>The network address.</returns>
    public IpAddress WithHostBitsCleared(int prefixLength)
    {
        HostMask(prefixLength, out ulong highMask, out ulong lowMask);
        return new IpAddress(Family, High & ~highMask, Low & ~lowMask);
    }

    /// <summary>
    /// Returns this address with every bit after the first <paramref name="prefixLength"/> bits
    /// set: the last address of the subnet of that prefix length that contains it.
    /// </summary>
    /// <param name="prefixLength">A prefix length; clamped to 0..<see cref="BitLength"/>.</param>
    /// <returns>The last address of the subnet.</returns>
    public IpAddress WithHostBitsSet(int prefixLength)
    {
        HostMask(prefixLength, out ulong highMask, out ulong lowMask);
        return new IpAddress(Family, High | highMask, Low | lowMask);
    }

    /// <summary>
    /// Returns the canonical text: a dotted quad for IPv4, the RFC 5952 form for IPv6.
    /// </summary>
    /// <returns>The canonical text, the same for every input spelling of the address.</returns>
    public override string ToString() => IpAddressFormatter.Format(this);

    /// <summary>Compares family first (IPv4 before IPv6), then the numeric value.</summary>
    /// <param name="other">The address to compare with.</param>
    /// <returns>Negative, zero or positive, as for <see cref="IComparable{T}.CompareTo"/>.</returns>
    public int CompareTo(IpAddress other)
    {
        if (Family != other.Family)
        {
            return Family < other.Family ? -1 : 1;
        }

        if (High != other.High)
        {
            return High < other.High ? -1 : 1;
        }

        if (Low != other.Low)
        {
            return Low < other.Low ? -1 : 1;
        }

        return 0;
    }

    /// <summary>Two addresses are equal when both family and value are equal.</summary>
    /// <param name="other">The address to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IpAddress other) =>
        Family == other.Family && High == other.High && Low == other.Low;

    /// <summary>Equality with a boxed <see cref="IpAddress"/>; anything else is unequal.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal address.</returns>
    public override bool Equals(object? obj) => obj is IpAddress other && Equals(other);

    /// <summary>
    /// A hash mixing family and both halves (hand-rolled: <c>System.HashCode</c> is not in
    /// netstandard2.0).
    /// </summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            int hash = (int)Family;
            hash = (hash * 397) ^ High.GetHashCode();
            hash = (hash * 397) ^ Low.GetHashCode();
            return hash;
        }
    }

    /// <summary>Equality operator; see <see cref="Equals(IpAddress)"/>.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IpAddress left, IpAddress right) => left.Equals(right);

    /// <summary>Inequality operator; see <see cref="Equals(IpAddress)"/>.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(IpAddress left, IpAddress right) => !left.Equals(right);

    /// <summary>Less-than in the order of <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(IpAddress left, IpAddress right) => left.CompareTo(right) < 0;

    /// <summary>Less-than-or-equal in the order of <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after.</returns>
    public static bool operator <=(IpAddress left, IpAddress right) => left.CompareTo(right) <= 0;

    /// <summary>Greater-than in the order of <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after.</returns>
    public static bool operator >(IpAddress left, IpAddress right) => left.CompareTo(right) > 0;

    /// <summary>Greater-than-or-equal in the order of <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first address.</param>
    /// <param name="right">The second address.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort first.</returns>
    public static bool operator >=(IpAddress left, IpAddress right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Builds the 128-bit mask of the host bits (the bits after the prefix) for this family.
    /// </summary>
    /// <param name="prefixLength">The prefix length; clamped to 0..<see cref="BitLength"/>.</param>
    /// <param name="highMask">Host bits within <see cref="High"/>.</param>
    /// <param name="lowMask">Host bits within <see cref="Low"/>.</param>
    private void HostMask(int prefixLength, out ulong highMask, out ulong lowMask)
    {
        int bits = BitLength;
        int prefix = prefixLength < 0 ? 0 : prefixLength > bits ? bits : prefixLength;
        int hostBits = bits - prefix;
        if (hostBits > 64)
        {
            highMask = LowBits(hostBits - 64);
            lowMask = ulong.MaxValue;
        }
        else
        {
            highMask = 0UL;
            lowMask = LowBits(hostBits);
        }
    }

    /// <summary>
    /// A <see cref="ulong"/> with the lowest <paramref name="count"/> bits set. Written out
    /// because C# masks shift counts to 0..63, so <c>1UL &lt;&lt; 64</c> is 1, not 0.
    /// </summary>
    /// <param name="count">How many low bits to set, 0..64.</param>
    /// <returns>The mask.</returns>
    private static ulong LowBits(int count) =>
        count <= 0 ? 0UL : count >= 64 ? ulong.MaxValue : (1UL << count) - 1UL;
}
