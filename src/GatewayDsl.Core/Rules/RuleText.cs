using System.Globalization;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules;

/// <summary>
/// How rule messages show values, shared so that every message words the same thing the same way
/// ("network site 'Infra-Site'", "(unnamed)", invariant numbers) whichever rule reports it.
/// </summary>
internal static class RuleText
{
    /// <summary>A name in single quotes, or <c>(unnamed)</c> when it was not given or could not be read.</summary>
    public static string QuotedName(Setting<string?> name) => name.KnownValue() is { } known ? "'" + known + "'" : "(unnamed)";

    /// <summary>A number as C# source writes it, whatever the culture of the machine that validates.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when the value is known and empty or white space (an unknown value is GW0001's, not blank).</summary>
    public static bool IsBlank(Setting<string?> setting) => setting.IsKnown && string.IsNullOrWhiteSpace(setting.Value);

    /// <summary>The text with its first letter in upper case, to start a sentence with a phrase built elsewhere.</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
