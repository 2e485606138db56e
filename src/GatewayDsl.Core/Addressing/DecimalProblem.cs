namespace GatewayDsl.Core.Addressing;

/// <summary>
/// Why a piece of text is not a strict decimal number, so that each caller (an IPv4 part, a
/// prefix length) can phrase the message in its own terms.
/// </summary>
internal enum DecimalProblem
{
    /// <summary>The text is a valid number within range.</summary>
    None = 0,

    /// <summary>The text is empty.</summary>
    Empty,

    /// <summary>The text contains something other than ASCII digits (a sign, a space, a letter, a Unicode digit).</summary>
    NotDecimal,

    /// <summary>The text has a leading zero ("01"), which some parsers read as octal.</summary>
    LeadingZero,

    /// <summary>The number is greater than the allowed maximum.</summary>
    TooLarge,
}
