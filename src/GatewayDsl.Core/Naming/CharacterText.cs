using System.Globalization;

namespace GatewayDsl.Core.Naming;

/// <summary>
/// Shows a character of a name, and its position, in a way a user can act on.
/// </summary>
/// <remarks>
/// A message that says only "invalid character" leaves the user hunting; one that quotes an
/// invisible character (a tab, a no-break space) is no better. Printable characters are quoted,
/// a space is called a space, control characters and non-ASCII characters get their U+ code, and a
/// surrogate pair is shown as the one character it encodes. Positions are 1-based, as people count.
/// </remarks>
internal static class CharacterText
{
    /// <summary>Describes the character (or surrogate pair) starting at <paramref name="index"/>.</summary>
    /// <param name="text">The text holding the character.</param>
    /// <param name="index">The 0-based index of the character.</param>
    /// <returns>E.g. "'*'", "' ' (space)", "U+0009" or "'é' (U+00E9)".</returns>
    public static string Describe(string text, int index)
    {
        char c = text[index];
        if (c == ' ')
        {
            return "' ' (space)";
        }

        if (char.IsControl(c))
        {
            return CodePoint(c);
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            int codePoint = char.ConvertToUtf32(c, text[index + 1]);
            return "'" + text.Substring(index, 2) + "' (" + CodePoint(codePoint) + ")";
        }

        if (char.IsSurrogate(c) || char.IsWhiteSpace(c))
        {
            return CodePoint(c);
        }

        if (c > '\u007F')
        {
            return "'" + c + "' (" + CodePoint(c) + ")";
        }

        return "'" + c + "'";
    }

    /// <summary>A 1-based position for messages.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The position as invariant decimal text.</returns>
    public static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a code point as "U+XXXX" (at least four upper-case hex digits).</summary>
    /// <param name="codePoint">The code point.</param>
    /// <returns>E.g. "U+00E9".</returns>
    private static string CodePoint(int codePoint) =>
        "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
}
