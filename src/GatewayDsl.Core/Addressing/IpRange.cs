using System;
using System.Collections.Generic;
using System.Globalization;

namespace GatewayDsl.Core.Addressing;

/// <summary>
/// An inclusive range of addresses of one family, as VMM writes pool ranges, reserved addresses
/// and VIP ranges: "10.0.0.25-10.0.0.35", or a single address "10.0.0.38".
/// </summary>
/// <remarks>
/// <para>
/// VMM's static IP pools take a start and an end address plus comma-separated sets of reserved
/// and VIP addresses ("10.0.0.25-10.0.0.35, 10.0.0.38"); the analyzers need to check that those
/// lie inside the pool's subnet and do not collide. Unlike a subnet, a range need not be aligned
/// to a power of two.
/// </para>
/// <para>
/// Use <see cref="TryParse"/>, <see cref="TryParseList"/> or <see cref="TryCreate"/> for
/// untrusted input: they guarantee <see cref="Start"/> and <see cref="End"/> are of one family and
/// in order. The constructor does not validate (constructors should not throw, and bounds that
/// come from a valid subnet need no check); an inverted or mixed-family range built with it simply
/// contains nothing.
/// </para>
/// </remarks>
internal readonly struct IpRange : IEquatable<IpRange>
{
    /// <summary>
    /// Makes a range from two bounds without validating them; see the type remarks.
    /// </summary>
    /// <param name="start">The first address of the range.</param>
    /// <param name="end">The last address of the range (inclusive).</param>
    public IpRange(IpAddress start, IpAddress end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The first address of the range.</summary>
    public IpAddress Start { get; }

    /// <summary>The last address of the range (inclusive).</summary>
    public IpAddress End { get; }

    /// <summary>The family of the range, which is the family of <see cref="Start"/>.</summary>
    public IpFamily Family => Start.Family;

    /// <summary>
    /// Makes a range from two bounds, refusing mixed families and a start after the end.
    /// </summary>
    /// <param name="start">The first address.</param>
    /// <param name="end">The last address (inclusive).</param>
    /// <param name="range">The range, or <c>default</c> on failure.</param>
    /// <param name="error">A user-facing reason on failure; <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the bounds form a valid range.</returns>
    public static bool TryCreate(IpAddress start, IpAddress end, out IpRange range, out string? error)
    {
        range = default;
        if (start.Family != end.Family)
        {
            error = "The range " + start + "-" + end + " mixes IPv4 and IPv6; both ends must be of the same family.";
            return false;
        }

        if (start > end)
        {
            error = "The range " + start + "-" + end + " starts after it ends; did you mean " + end + "-" + start + "?";
            return false;
        }

        range = new IpRange(start, end);
        error = null;
        return true;
    }

    /// <summary>
    /// Parses one range: a single address ("10.0.0.38") or two addresses joined by '-'
    /// ("10.0.0.25-10.0.0.35"). Whitespace around the addresses and the '-' is ignored; the
    /// addresses themselves are parsed strictly.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="range">The parsed range, or <c>default</c> on failure.</param>
    /// <param name="error">A user-facing reason on failure; <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid range.</returns>
    public static bool TryParse(string? text, out IpRange range, out string? error)
    {
        range = default;
        if (text == null || IsBlank(text))
        {
            error = "The address range is empty; write an address like 10.0.0.38 or a range like 10.0.0.25-10.0.0.35.";
            return false;
        }

        int dash = text.IndexOf('-');
        if (dash < 0)
        {
            if (!IpAddress.TryParse(TrimBlanks(text), out IpAddress single, out error))
            {
                return false;
            }

            range = new IpRange(single, single);
            return true;
        }

        if (text.IndexOf('-', dash + 1) >= 0)
        {
            error = "'" + text + "' is not a valid address range: it contains more than one '-'.";
            return false;
        }

        string startText = TrimBlanks(text.Substring(0, dash));
        string endText = TrimBlanks(text.Substring(dash + 1));
        if (startText.Length == 0 || endText.Length == 0)
        {
            error = "'" + text + "' is not a valid address range: an address is missing on one side of '-'.";
            return false;
        }

        if (!IpAddress.TryParse(startText, out IpAddress start, out error)
            || !IpAddress.TryParse(endText, out IpAddress end, out error))
        {
            return false;
        }

        return TryCreate(start, end, out range, out error);
    }

    /// <summary>
    /// Parses VMM's comma-separated address set, e.g. "10.0.0.25-10.0.0.35, 10.0.0.38". An empty or
    /// blank text is a valid empty set (VMM's own default for "no reserved addresses").
    /// </summary>
    /// <param name="text">The set text.</param>
    /// <param name="ranges">The ranges in written order (overlaps are kept; judging them is the caller's rule), or an empty list on failure.</param>
    /// <param name="error">A user-facing reason naming the 1-based entry at fault; <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when every entry is a valid range.</returns>
    public static bool TryParseList(string? text, out IReadOnlyList<IpRange> ranges, out string? error)
    {
        ranges = Array.Empty<IpRange>();
        error = null;
        if (text == null || IsBlank(text))
        {
            return true;
        }

        string[] entries = text.Split(',');
        var result = new List<IpRange>(entries.Length);
        for (int i = 0; i < entries.Length; i++)
        {
            string entry = entries[i];
            string number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (IsBlank(entry))
            {
                error = "'" + text + "' is not a valid address list: entry " + number
                    + " is empty (a stray or doubled ',').";
                return false;
            }

            if (!TryParse(entry, out IpRange range, out string? entryError))
            {
                error = "'" + text + "' is not a valid address list: entry " + number + ": " + entryError;
                return false;
            }

            result.Add(range);
        }

        ranges = result;
        return true;
    }

    /// <summary>Whether <paramref name="address"/> is of the same family and between the bounds (inclusive).</summary>
    /// <param name="address">The address to test.</param>
    /// <returns><see langword="true"/> when the address is in the range.</returns>
    public bool Contains(IpAddress address) =>
        address.Family == Start.Family && address.Family == End.Family && Start <= address && address <= End;

    /// <summary>Whether the whole range lies inside <paramref name="subnet"/> (e.g. a pool inside its site's subnet).</summary>
    /// <param name="subnet">The subnet to test against.</param>
    /// <returns><see langword="true"/> when both bounds are in the subnet; never across families.</returns>
    public bool IsInside(IpSubnet subnet) => Start <= End && subnet.Contains(Start) && subnet.Contains(End);

    /// <summary>Whether the two ranges share at least one address (e.g. reserved addresses colliding with VIPs).</summary>
    /// <param name="other">The range to test.</param>
    /// <returns><see langword="true"/> when they share an address; never across families.</returns>
    public bool Overlaps(IpRange other) =>
        Start.Family == End.Family
        && other.Start.Family == Start.Family
        && other.End.Family == Start.Family
        && Start <= End
        && other.Start <= other.End
        && Start <= other.End
        && other.Start <= End;

    /// <summary>Returns VMM's text: "start-end", or just the address when the range holds one address.</summary>
    /// <returns>The canonical range text.</returns>
    public override string ToString() => Start == End ? Start.ToString() : Start + "-" + End;

    /// <summary>Two ranges are equal when both bounds are equal.</summary>
    /// <param name="other">The range to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IpRange other) => Start == other.Start && End == other.End;

    /// <summary>Equality with a boxed <see cref="IpRange"/>; anything else is unequal.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal range.</returns>
    public override bool Equals(object? obj) => obj is IpRange other && Equals(other);

    /// <summary>A hash of both bounds.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            return (Start.GetHashCode() * 397) ^ End.GetHashCode();
        }
    }

    /// <summary>Equality operator; see <see cref="Equals(IpRange)"/>.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IpRange left, IpRange right) => left.Equals(right);

    /// <summary>Inequality operator; see <see cref="Equals(IpRange)"/>.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(IpRange left, IpRange right) => !left.Equals(right);

    /// <summary>Whether the text is empty or only whitespace.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when there is nothing but whitespace.</returns>
    private static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

    /// <summary>
    /// Trims whitespace around an address: the list and range syntax is free-form around its
    /// separators (people write "a - b, c" and break long lists over lines), while the address
    /// itself stays strict, so whitespace inside it is still reported.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without leading or trailing whitespace.</returns>
    private static string TrimBlanks(string text) => text.Trim();
}
