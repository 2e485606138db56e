using System;
using System.Collections.Generic;
using System.Globalization;

namespace GatewayDsl.Core.Addressing;

/// <summary>
/// Strict text-to-<see cref="IpAddress"/> parsing with a user-facing reason on failure.
/// </summary>
/// <remarks>
/// <para>
/// A deployment description is checked at compile time, so a typo such as "10.0.0" or
/// "010.0.0.1" must be reported, not silently reinterpreted the way
/// <c>System.Net.IPAddress.Parse</c> or <c>inet_aton</c> would (as 10.0.0.0 or as octal).
/// </para>
/// <para>
/// IPv4: exactly four decimal parts 0..255, ASCII digits only, no leading zero except a lone
/// "0", no sign, no whitespace. IPv6: eight hexadecimal groups of 1 to 4 digits (either case),
/// or fewer with a single "::" standing for one or more zero groups; the last 32 bits may be
/// written as an IPv4 dotted quad (e.g. "::ffff:1.2.3.4"). Zone ids ("fe80::1%eth0") are
/// rejected because VMM pools, subnets and connection strings take plain addresses. Text that
/// contains a ':' is parsed as IPv6, anything else as IPv4.
/// </para>
/// </remarks>
internal static class IpAddressParser
{
    /// <summary>Number of 16-bit groups in an IPv6 address.</summary>
    private const int IPv6GroupCount = 8;

    /// <summary>Parses <paramref name="text"/> as an IPv4 or IPv6 address.</summary>
    /// <param name="text">The text to parse; <see langword="null"/> or empty fails.</param>
    /// <param name="address">The parsed address, or <c>default</c> on failure.</param>
    /// <param name="error">A user-facing reason on failure; <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the text is a valid address.</returns>
    public static bool TryParse(string? text, out IpAddress address, out string? error)
    {
        address = default;
        if (text == null || text.Length == 0)
        {
            error = "The IP address is empty.";
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                error = "'" + text + "' is not a valid IP address: it contains whitespace at position "
                    + Position(i) + "; write the address without spaces.";
                return false;
            }
        }

        string? reason;
        bool ok;
        if (text.IndexOf(':') >= 0)
        {
            ok = TryParseIPv6(text, out address, out reason);
            error = ok ? null : "'" + text + "' is not a valid IPv6 address: " + reason;
        }
        else
        {
            ok = TryParseIPv4(text, out uint value, out reason);
            address = ok ? IpAddress.FromIPv4(value) : default;
            error = ok ? null : "'" + text + "' is not a valid IPv4 address: " + reason;
        }

        return ok;
    }

    /// <summary>Parses a strict dotted quad into its 32-bit value.</summary>
    /// <param name="text">The text, already known to be non-empty and free of whitespace.</param>
    /// <param name="value">The address value on success.</param>
    /// <param name="reason">Why it failed, as a sentence fragment ending in a period.</param>
    /// <returns><see langword="true"/> on success.</returns>
    private static bool TryParseIPv4(string text, out uint value, out string? reason)
    {
        value = 0;
        string[] parts = text.Split('.');
        if (parts.Length != 4)
        {
            reason = "it has " + Count(parts.Length) + " dot-separated part" + (parts.Length == 1 ? "" : "s")
                + "; an IPv4 address has exactly 4 decimal parts, like 192.168.0.1.";
            return false;
        }

        for (int i = 0; i < parts.Length; i++)
        {
            if (!TryParseOctet(parts[i], out uint octet, out string? octetReason))
            {
                reason = "part " + Count(i + 1) + " " + octetReason;
                return false;
            }

            value = (value << 8) | octet;
        }

        reason = null;
        return true;
    }

    /// <summary>Parses one decimal part of a dotted quad: "0" or 1..255 without leading zeros.</summary>
    /// <param name="part">The text between dots.</param>
    /// <param name="octet">The value on success.</param>
    /// <param name="reason">Why it failed, as a fragment that follows "part N ".</param>
    /// <returns><see langword="true"/> on success.</returns>
    private static bool TryParseOctet(string part, out uint octet, out string? reason)
    {
        DecimalProblem problem = StrictDecimal.TryParse(part, 255, out int value);
        octet = (uint)value;
        string quoted = "('" + part + "') ";
        reason = problem switch
        {
            DecimalProblem.None => null,
            DecimalProblem.Empty => "is empty.",
            DecimalProblem.LeadingZero => quoted + "has a leading zero, which some tools read as octal; write '"
                + StrictDecimal.WithoutLeadingZeros(part) + "'.",
            DecimalProblem.TooLarge => quoted + "is greater than 255.",
            _ => quoted + "is not a decimal number from 0 to 255.",
        };
        return problem == DecimalProblem.None;
    }

    /// <summary>Parses the full or "::"-compressed IPv6 forms, with an optional IPv4 tail.</summary>
    /// <param name="text">The text, already known to contain ':' and no whitespace.</param>
    /// <param name="address">The parsed address on success.</param>
    /// <param name="reason">Why it failed, as a sentence ending in a period.</param>
    /// <returns><see langword="true"/> on success.</returns>
    private static bool TryParseIPv6(string text, out IpAddress address, out string? reason)
    {
        address = default;
        int zone = text.IndexOf('%');
        if (zone >= 0)
        {
            reason = "zone ids ('" + text.Substring(zone) + "') are not allowed; write the address without them.";
            return false;
        }

        if (text.IndexOf(":::", StringComparison.Ordinal) >= 0)
        {
            reason = "':::' is not allowed; use '::' once to stand for the zero groups.";
            return false;
        }

        int compression = text.IndexOf("::", StringComparison.Ordinal);
        if (compression >= 0 && text.IndexOf("::", compression + 1, StringComparison.Ordinal) >= 0)
        {
            reason = "'::' may appear only once, otherwise the number of zero groups it stands for is ambiguous.";
            return false;
        }

        var head = new List<ushort>(IPv6GroupCount);
        var tail = new List<ushort>(IPv6GroupCount);
        if (compression < 0)
        {
            if (!TryParseGroups(text, true, head, out reason))
            {
                return false;
            }

            if (head.Count != IPv6GroupCount)
            {
                reason = "it has " + Count(head.Count) + " groups of 16 bits; an IPv6 address has 8 "
                    + "(use '::' to stand for consecutive zero groups).";
                return false;
            }
        }
        else
        {
            string headText = text.Substring(0, compression);
            string tailText = text.Substring(compression + 2);
            if (!TryParseGroups(headText, false, head, out reason)
                || !TryParseGroups(tailText, true, tail, out reason))
            {
                return false;
            }

            if (head.Count + tail.Count > IPv6GroupCount - 1)
            {
                reason = "it has " + Count(head.Count + tail.Count) + " groups besides '::', "
                    + "but '::' must stand for at least one zero group, so at most 7 are allowed.";
                return false;
            }
        }

        var groups = new ushort[IPv6GroupCount];
        head.CopyTo(groups, 0);
        tail.CopyTo(groups, IPv6GroupCount - tail.Count);

        ulong high = 0;
        ulong low = 0;
        for (int i = 0; i < 4; i++)
        {
            high = (high << 16) | groups[i];
            low = (low << 16) | groups[i + 4];
        }

        address = IpAddress.FromIPv6(high, low);
        reason = null;
        return true;
    }

    /// <summary>
    /// Parses a run of ':'-separated groups (one side of "::", or the whole uncompressed address).
    /// </summary>
    /// <param name="text">The run; empty means no groups.</param>
    /// <param name="mayEndWithIPv4">Whether the last group may be a dotted quad (only at the very end of the address).</param>
    /// <param name="groups">Receives the 16-bit groups; a dotted quad adds two.</param>
    /// <param name="reason">Why it failed, as a sentence ending in a period.</param>
    /// <returns><see langword="true"/> on success.</returns>
    private static bool TryParseGroups(string text, bool mayEndWithIPv4, List<ushort> groups, out string? reason)
    {
        reason = null;
        if (text.Length == 0)
        {
            return true;
        }

        string[] parts = text.Split(':');
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            if (part.Length == 0)
            {
                reason = "it has an empty group (a single ':' at the start or end, or next to '::').";
                return false;
            }

            if (part.IndexOf('.') >= 0)
            {
                if (!mayEndWithIPv4 || i != parts.Length - 1)
                {
                    reason = "an embedded IPv4 part ('" + part + "') is only allowed as the last 32 bits.";
                    return false;
                }

                if (!TryParseIPv4(part, out uint v4, out string? v4Reason))
                {
                    reason = "its embedded IPv4 part '" + part + "' is invalid: " + v4Reason;
                    return false;
                }

                groups.Add((ushort)(v4 >> 16));
                groups.Add((ushort)(v4 & 0xFFFF));
                continue;
            }

            if (part.Length > 4)
            {
                reason = "group '" + part + "' has more than 4 hexadecimal digits.";
                return false;
            }

            uint group = 0;
            for (int j = 0; j < part.Length; j++)
            {
                int digit = HexValue(part[j]);
                if (digit < 0)
                {
                    reason = "group '" + part + "' contains '" + part[j] + "', which is not a hexadecimal digit.";
                    return false;
                }

                group = (group << 4) | (uint)digit;
            }

            groups.Add((ushort)group);
        }

        return true;
    }

    /// <summary>The value of an ASCII hexadecimal digit, or -1.</summary>
    /// <param name="c">The character.</param>
    /// <returns>0..15, or -1 when <paramref name="c"/> is not a hex digit.</returns>
    private static int HexValue(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= 'a' && c <= 'f')
        {
            return c - 'a' + 10;
        }

        if (c >= 'A' && c <= 'F')
        {
            return c - 'A' + 10;
        }

        return -1;
    }

    /// <summary>Formats a count with the invariant culture.</summary>
    /// <param name="value">The count.</param>
    /// <returns>The decimal text.</returns>
    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A 1-based position for messages, since users count characters from 1.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The 1-based position as invariant text.</returns>
    private static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
