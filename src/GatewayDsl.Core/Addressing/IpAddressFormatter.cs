using System.Globalization;
using System.Text;

namespace GatewayDsl.Core.Addressing;

/// <summary>
/// Writes an <see cref="IpAddress"/> in its one canonical text form.
/// </summary>
/// <remarks>
/// <para>
/// Generated scripts and diagnostics must show the same text for the same address whatever the
/// user typed ("2001:DB8:0:0::1" and "2001:db8::1" are one address), so that messages are
/// predictable, generated output is stable, and text comparisons in tests mean something.
/// </para>
/// <para>
/// IPv4 is a dotted quad in invariant decimal. IPv6 follows RFC 5952: lower-case hex, no leading
/// zeros in a group, the longest run of two or more zero groups replaced by "::" (the first such
/// run on a tie), and a single zero group written as "0". IPv4-mapped addresses
/// (::ffff:0:0/96) are written in mixed notation, "::ffff:192.0.2.1", as RFC 5952 §5
/// recommends, because that is how people recognise them.
/// </para>
/// </remarks>
internal static class IpAddressFormatter
{
    /// <summary>Formats an address canonically.</summary>
    /// <param name="address">The address.</param>
    /// <returns>The canonical text.</returns>
    public static string Format(IpAddress address)
    {
        if (address.Family == IpFamily.IPv4)
        {
            return FormatIPv4((uint)address.Low);
        }

        if (address.High == 0UL && (address.Low >> 32) == 0xFFFFUL)
        {
            return "::ffff:" + FormatIPv4((uint)address.Low);
        }

        return FormatIPv6(address.High, address.Low);
    }

    /// <summary>Writes a 32-bit value as a dotted quad.</summary>
    /// <param name="value">The IPv4 value.</param>
    /// <returns>Text such as "192.168.0.1".</returns>
    private static string FormatIPv4(uint value)
    {
        var builder = new StringBuilder(15);
        for (int shift = 24; shift >= 0; shift -= 8)
        {
            if (shift != 24)
            {
                builder.Append('.');
            }

            builder.Append(((value >> shift) & 0xFFU).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Writes a 128-bit value in RFC 5952 form.</summary>
    /// <param name="high">Groups 1 to 4.</param>
    /// <param name="low">Groups 5 to 8.</param>
    /// <returns>Text such as "2001:db8::1".</returns>
    private static string FormatIPv6(ulong high, ulong low)
    {
        var groups = new ushort[8];
        for (int i = 0; i < 4; i++)
        {
            groups[i] = (ushort)(high >> (48 - (16 * i)));
            groups[i + 4] = (ushort)(low >> (48 - (16 * i)));
        }

        // Longest run of zero groups, at least two long; strict '>' keeps the first on a tie.
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.Length;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }

            int start = i;
            while (i < groups.Length && groups[i] == 0)
            {
                i++;
            }

            if (i - start > bestLength)
            {
                bestStart = start;
                bestLength = i - start;
            }
        }

        var builder = new StringBuilder(39);
        for (int i = 0; i < groups.Length; i++)
        {
            if (i == bestStart)
            {
                builder.Append("::");
                i += bestLength - 1;
                continue;
            }

            if (builder.Length > 0 && builder[builder.Length - 1] != ':')
            {
                builder.Append(':');
            }

            builder.Append(groups[i].ToString("x", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
