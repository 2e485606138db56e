namespace GatewayDsl.Core.Naming;

/// <summary>
/// ASCII-only character classes and case-insensitive comparison for the name rules.
/// </summary>
/// <remarks>
/// The DNS and NetBIOS rules are stated in ASCII: "letters, digits and hyphen" means A-Z, a-z,
/// 0-9 and '-', and DNS compares names without case for ASCII only (RFC 4343).
/// <see cref="char.IsLetterOrDigit(char)"/> would also accept 'é' or Arabic-Indic digits, and
/// <c>StringComparison.OrdinalIgnoreCase</c> also folds some non-ASCII letters (the long s 'ſ'
/// upper-cases to 'S', which would make "ſYSTEM" a reserved word). These helpers keep the rules
/// culture-invariant and exactly as the standards state them.
/// </remarks>
internal static class AsciiText
{
    /// <summary>Whether <paramref name="c"/> is an ASCII digit '0'..'9'.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for an ASCII digit.</returns>
    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>Whether <paramref name="c"/> is an ASCII letter, ASCII digit or '-' (the RFC 1123 "LDH" characters).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for a host-name character.</returns>
    public static bool IsLetterDigitHyphen(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || IsDigit(c) || c == '-';

    /// <summary>Whether two strings are equal when ASCII letters are compared without case.</summary>
    /// <param name="left">The first string.</param>
    /// <param name="right">The second string.</param>
    /// <returns><see langword="true"/> when equal apart from ASCII letter case.</returns>
    public static bool EqualsIgnoreCase(string left, string right) =>
        left.Length == right.Length && RegionEqualsIgnoreCase(left, 0, right, 0, left.Length);

    /// <summary>Whether <paramref name="text"/> ends with <paramref name="suffix"/>, ignoring ASCII letter case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="suffix">The suffix.</param>
    /// <returns><see langword="true"/> when the text ends with the suffix.</returns>
    public static bool EndsWithIgnoreCase(string text, string suffix) =>
        text.Length >= suffix.Length
        && RegionEqualsIgnoreCase(text, text.Length - suffix.Length, suffix, 0, suffix.Length);

    /// <summary>Upper-cases an ASCII letter; every other character is returned unchanged.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The upper-case ASCII letter, or <paramref name="c"/>.</returns>
    public static char ToUpper(char c) => c >= 'a' && c <= 'z' ? (char)(c - ('a' - 'A')) : c;

    /// <summary>Compares two equally long regions character by character, folding ASCII case.</summary>
    /// <param name="left">The first string.</param>
    /// <param name="leftStart">Start index in <paramref name="left"/>.</param>
    /// <param name="right">The second string.</param>
    /// <param name="rightStart">Start index in <paramref name="right"/>.</param>
    /// <param name="length">How many characters to compare.</param>
    /// <returns><see langword="true"/> when the regions are equal apart from ASCII letter case.</returns>
    private static bool RegionEqualsIgnoreCase(string left, int leftStart, string right, int rightStart, int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (ToUpper(left[leftStart + i]) != ToUpper(right[rightStart + i]))
            {
                return false;
            }
        }

        return true;
    }
}
