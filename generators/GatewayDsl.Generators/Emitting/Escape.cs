using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace GatewayDsl.Generators.Emitting;

/// <summary>
/// One escaping function per target language. Templates never concatenate user strings into code: every value goes
/// through one of these (imported into Scriban as <c>ps</c>, <c>cs</c>, <c>json</c>, <c>md</c>, <c>code</c>).
/// </summary>
internal static class Escape
{
    /// <summary>
    /// A PowerShell single-quoted string literal. Inside single quotes PowerShell expands nothing; the only special
    /// characters are the quote characters themselves, and PowerShell accepts four of them (' ‘ ’ ‚ and ‛), each of
    /// which is escaped by doubling it.
    /// </summary>
    public static string PowerShell(string? value)
    {
        var text = new StringBuilder("'");
        foreach (var c in value ?? string.Empty)
        {
            text.Append(c);
            if (c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B')
            {
                text.Append(c);
            }
        }

        return text.Append('\'').ToString();
    }

    /// <summary>
    /// A C# regular string literal (Roslyn's own formatter). Invisible format characters that the formatter keeps
    /// verbatim (the byte order mark, bidirectional marks, line and paragraph separators) are written as escapes, so the
    /// generated source shows what the string holds.
    /// </summary>
    public static string CSharp(string? value)
    {
        var literal = SymbolDisplay.FormatLiteral(value ?? string.Empty, quote: true);
        var text = new StringBuilder(literal.Length);
        foreach (var c in literal)
        {
            if (c > 0x7E && (char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control))
            {
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>A JSON string literal (RFC 8259), with U+2028/U+2029 and lone surrogates escaped so the text is valid UTF-8 and safe as JavaScript.</summary>
    public static string Json(string? value)
    {
        var input = value ?? string.Empty;
        var text = new StringBuilder("\"");
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
                    {
                        text.Append(c).Append(input[++i]);
                    }
                    else if (c < 0x20 || c is '\u2028' or '\u2029' || char.IsSurrogate(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>
    /// Text for a Markdown table cell or paragraph: characters with Markdown or HTML meaning are backslash-escaped or
    /// written as entities, and line breaks become spaces, so a value can neither end the cell nor start markup.
    /// </summary>
    public static string Markdown(string? value)
    {
        var text = new StringBuilder();
        foreach (var c in value ?? string.Empty)
        {
            switch (c)
            {
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '&': text.Append("&amp;"); break;
                case '\r' or '\n' or '\u2028' or '\u2029': text.Append(' '); break;
                default:
                    if (char.IsControl(c))
                    {
                        text.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        if ("\\`*_{}[]()#+-.!|~".IndexOf(c) >= 0)
                        {
                            text.Append('\\');
                        }

                        text.Append(c);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A Markdown inline code span holding <paramref name="value"/> verbatim: the fence is one backtick longer than the
    /// longest backtick run in the value, so the value cannot close it; line breaks become spaces and a pipe is
    /// written as an entity so a code span in a table cell cannot end the cell.
    /// </summary>
    public static string MarkdownCode(string? value)
    {
        var content = new string((value ?? string.Empty).Select(c => c is '\r' or '\n' or '\u2028' or '\u2029' || char.IsControl(c) ? ' ' : c).ToArray());
        var longestRun = 0;
        var run = 0;
        foreach (var c in content)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = run > longestRun ? run : longestRun;
        }

        var fence = new string('`', longestRun + 1);
        var padding = content.StartsWith("`") || content.EndsWith("`") || content.Length == 0 ? " " : string.Empty;
        return fence + padding + content.Replace("|", "\\|") + padding + fence;
    }
}
