using System.Globalization;
using System.Linq;
using System.Text;

namespace GatewayDsl.Generators.Emitting;

/// <summary>
/// One escaping function per target language. Templates never concatenate user strings into code: every value goes
/// through one of these (imported into Scriban as <c>ps</c>, <c>cs</c>, <c>json</c>, <c>md</c>, <c>code</c>, <c>fence</c>,
/// <c>mermaid</c>).
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
    /// A C# regular string literal, quotes included (<see cref="AppendCSharp"/>).
    /// </summary>
    public static string CSharp(string? value) => AppendCSharp(new StringBuilder((value?.Length ?? 0) + 2), value).ToString();

    /// <summary>
    /// Appends <paramref name="value"/> as a C# regular string literal, quotes included, to <paramref name="text"/>:
    /// <c>\\</c> and <c>\"</c>, the short escapes (<c>\0 \a \b \f \n \r \t \v</c>), and <c>\uxxxx</c> (or
    /// <c>\Uxxxxxxxx</c> for a pair) for every character a reader would not see or that could end or bend the line:
    /// control characters, format characters (byte order mark, bidirectional controls, zero-width characters, tags), the
    /// line and paragraph separators, unpaired surrogates and noncharacters. Everything else is written as it is.
    /// </summary>
    /// <remarks>
    /// Our own rule rather than Roslyn's <c>SymbolDisplay.FormatLiteral</c>, for two reasons. Speed: the artifacts are
    /// written straight into the generated class's builder (about 100 KB per definition) instead of into a second,
    /// large-object-heap string per artifact (docs/performance.md, Fix 4). Determinism: <c>FormatLiteral</c> belongs to the
    /// compiler that loads the generator and also escapes characters its runtime's Unicode tables call unassigned, so its
    /// output could differ between SDKs; here only the stable categories above decide, and ASCII never looks them up.
    /// The escapes are lower-case hex, as <c>FormatLiteral</c> writes them, so every literal it wrote for ASCII and
    /// printable text is unchanged.
    /// </remarks>
    public static StringBuilder AppendCSharp(StringBuilder text, string? value)
    {
        var input = value ?? string.Empty;
        text.Append('"');
        var run = 0;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c >= ' ' && c < 0x7F && c != '"' && c != '\\')
            {
                continue;
            }

            var pair = char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]);
            var escape = pair ? PairEscape(input, i) : CSharpEscape(c);
            if (escape is null)
            {
                // Printable: stays in the run (a pair as a whole).
                i += pair ? 1 : 0;
                continue;
            }

            text.Append(input, run, i - run).Append(escape);
            i += pair ? 1 : 0;
            run = i + 1;
        }

        return text.Append(input, run, input.Length - run).Append('"');
    }

    /// <summary>The escape of a character other than printable ASCII, or null to write it as it is.</summary>
    private static string? CSharpEscape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\0' => "\\0",
        '\a' => "\\a",
        '\b' => "\\b",
        '\f' => "\\f",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\v' => "\\v",
        _ when c < ' ' || char.IsSurrogate(c) || IsNoncharacter(c) || IsInvisible(char.GetUnicodeCategory(c)) =>
            "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The escape of the surrogate pair at <paramref name="index"/>, or null to write it as it is.</summary>
    private static string? PairEscape(string input, int index)
    {
        var code = char.ConvertToUtf32(input[index], input[index + 1]);
        return (code & 0xFFFE) == 0xFFFE || IsInvisible(CharUnicodeInfo.GetUnicodeCategory(input, index))
            ? "\\U" + code.ToString("x8", CultureInfo.InvariantCulture)
            : null;
    }

    private static bool IsInvisible(UnicodeCategory category) =>
        category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>U+FDD0..U+FDEF and U+FFFE/U+FFFF: never characters of a text (Unicode's noncharacters of the basic plane).</summary>
    private static bool IsNoncharacter(char c) => (c >= '\uFDD0' && c <= '\uFDEF') || c >= '\uFFFE';

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
                        // '$' too: GitHub renders $...$ as math.
                        if ("\\`*_{}[]()#+-.!|~$".IndexOf(c) >= 0)
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

    /// <summary>
    /// A Markdown fenced code block holding <paramref name="code"/> verbatim (e.g. a PowerShell command whose values are
    /// already <see cref="PowerShell"/> literals): unlike a code span it keeps <c>|</c> and line breaks as they are, so a
    /// command copied from the rendered page is the command. The fence is one backtick longer than the longest backtick
    /// run in the code (at least three), so no line of the code can close it, and every line, fences included, is
    /// indented by <paramref name="indent"/> spaces so the block stays inside the list item it belongs to. The info
    /// string keeps only letters, digits, <c>-</c> and <c>_</c>. The result has no trailing line break.
    /// </summary>
    public static string MarkdownCodeBlock(string? code, string? language, int indent)
    {
        // CommonMark ends a line at LF, CR or CRLF (not at U+2028/U+2029), so those are the breaks to indent after.
        var lines = (code ?? string.Empty).Replace("\r\n", "\n").Split('\r', '\n');
        var longestRun = 0;
        var run = 0;
        foreach (var c in code ?? string.Empty)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = run > longestRun ? run : longestRun;
        }

        var fence = new string('`', longestRun >= 3 ? longestRun + 1 : 3);
        var margin = new string(' ', indent < 0 ? 0 : indent);
        var info = new string((language ?? string.Empty).Where(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_').ToArray());
        var text = new StringBuilder().Append(margin).Append(fence).Append(info);
        foreach (var line in lines)
        {
            text.Append('\n').Append(margin);
            foreach (var c in line)
            {
                // Other control characters would be invisible in the page (and a NUL is not valid in Markdown); show them as spaces.
                text.Append(char.IsControl(c) && c != '\t' ? ' ' : c);
            }
        }

        return text.Append('\n').Append(margin).Append(fence).ToString();
    }

    /// <summary>
    /// A quoted Mermaid label, <c>"..."</c>, for a node (<c>n1["..."]</c>), a subgraph title or an edge label
    /// (<c>--&gt;|"..."|</c>). Letters, digits, spaces and <c>. , - _ / : @ + = '</c> are kept; every other character
    /// (quotes, brackets, pipes, backticks, <c>#</c>, <c>;</c>, <c>&lt;</c>, <c>&amp;</c>, ...) becomes a Mermaid entity
    /// code <c>#NNN;</c> (the code point in decimal), so a value can neither end the label nor start markup, and a literal
    /// <c>#quot;</c> in a value stays text (its <c>#</c> is encoded too). A line break becomes <c>&lt;br/&gt;</c>, Mermaid's
    /// line break in labels; other control characters become spaces, and a lone surrogate becomes U+FFFD.
    /// </summary>
    public static string Mermaid(string? value)
    {
        var input = (value ?? string.Empty).Replace("\r\n", "\n");
        var text = new StringBuilder("\"");
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c is '\r' or '\n' or '\u2028' or '\u2029')
            {
                text.Append("<br/>");
            }
            else if (char.IsControl(c))
            {
                text.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                text.Append('#').Append(char.ConvertToUtf32(c, input[++i]).ToString(CultureInfo.InvariantCulture)).Append(';');
            }
            else if (char.IsSurrogate(c))
            {
                text.Append("#65533;");
            }
            else if (char.IsLetterOrDigit(c) || " .,-_/:@+='".IndexOf(c) >= 0)
            {
                text.Append(c);
            }
            else
            {
                text.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }

        return text.Append('"').ToString();
    }
}
