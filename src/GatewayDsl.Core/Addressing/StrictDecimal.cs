namespace GatewayDsl.Core.Addressing;

/// <summary>
/// Strict parsing of a small non-negative decimal number, shared by IPv4 parts and prefix lengths.
/// </summary>
/// <remarks>
/// <c>int.Parse</c> accepts signs, surrounding whitespace and (by culture) other digits, and
/// <c>inet_aton</c> reads "010" as octal 8. Address text in a deployment description must mean one
/// thing only, so only ASCII digits are accepted, and no leading zero except for "0" itself.
/// </remarks>
internal static class StrictDecimal
{
    /// <summary>Parses <paramref name="text"/> as a decimal number from 0 to <paramref name="maximum"/>.</summary>
    /// <param name="text">The text, e.g. "24".</param>
    /// <param name="maximum">The largest value allowed (at most <see cref="int.MaxValue"/>).</param>
    /// <param name="value">The number when the result is <see cref="DecimalProblem.None"/>, else 0.</param>
    /// <returns><see cref="DecimalProblem.None"/> on success, else the first problem found.</returns>
    public static DecimalProblem TryParse(string text, int maximum, out int value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return DecimalProblem.Empty;
        }

        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return DecimalProblem.NotDecimal;
            }
        }

        if (text.Length > 1 && text[0] == '0')
        {
            return DecimalProblem.LeadingZero;
        }

        long result = 0;
        foreach (char c in text)
        {
            result = (result * 10) + (c - '0');
            if (result > maximum)
            {
                return DecimalProblem.TooLarge;
            }
        }

        value = (int)result;
        return DecimalProblem.None;
    }

    /// <summary>Removes leading zeros, keeping one digit, to suggest what the user meant.</summary>
    /// <param name="digits">A string of ASCII digits.</param>
    /// <returns>The digits without leading zeros ("007" gives "7", "000" gives "0").</returns>
    public static string WithoutLeadingZeros(string digits)
    {
        int start = 0;
        while (start < digits.Length - 1 && digits[start] == '0')
        {
            start++;
        }

        return digits.Substring(start);
    }
}
