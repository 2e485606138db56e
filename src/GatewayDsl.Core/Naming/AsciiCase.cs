namespace GatewayDsl.Core.Naming;

/// <summary>
/// Case-insensitive comparison that folds only ASCII letters.
/// </summary>
/// <remarks>
/// DNS compares names case-insensitively for ASCII only (RFC 4343), and the Windows reserved words
/// are ASCII. <c>StringComparison.OrdinalIgnoreCase</c> also folds some non-ASCII letters (the long
/// s 'ſ' upper-cases to 'S'), which would make "ſYSTEM" a reserved word; folding ASCII alone keeps
/// the rules culture-invariant and exactly as the standards state them.
/// </remarks>
internal static class AsciiCase
{
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
