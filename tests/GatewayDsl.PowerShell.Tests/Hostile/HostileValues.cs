using System;
using System.Collections.Generic;
using System.Linq;

namespace GatewayDsl.PowerShell.Tests.Hostile;

/// <summary>
/// Strings that break out of a careless literal in one of the artifacts' languages: PowerShell (quotes, backticks,
/// <c>$()</c>, statement separators, comments, line breaks PowerShell accepts), C#, JSON, the connection string, Markdown
/// (code spans, table cells, HTML, links), Mermaid, Scriban, plus NUL and other control characters, bidirectional
/// controls and very long values. Each is put into every user string of <see cref="HostileFields"/>.
/// </summary>
public static class HostileValues
{
    /// <summary>(label, value) pairs; the label names the case in failure messages.</summary>
    public static readonly IReadOnlyList<(string Label, string Value)> All = new (string, string)[]
    {
        // PowerShell: the quotes it accepts as single quotes, double quotes, escapes, expansion and statements.
        ("apostrophe", "'"),
        ("left single quote", "\u2018"),
        ("right single quote", "\u2019"),
        ("low single quote", "\u201A"),
        ("reversed single quote", "\u201B"),
        ("double quotes", "\"\u201C\u201D\u201E"),
        ("quote then command", "'; Remove-Item -Recurse -Force C:\\ ; '"),
        ("smart quote then command", "\u2019; Stop-Computer; \u2018"),
        ("backtick", "`"),
        ("backtick escapes", "`n`$x`'"),
        ("subexpression", "$(Stop-Computer)"),
        ("variable", "$env:USERNAME$x"),
        ("braced variable", "${function:Stop-Computer}"),
        ("semicolon", ";"),
        ("pipe", "| Out-File x"),
        ("ampersand", "& calc.exe &&"),
        ("hash", "#"),
        ("block comment", "<# x #>"),
        ("block comment end", "#>"),
        ("here-string", "@'\n'@"),
        // Line breaks: LF, CR, CRLF, NEL and the Unicode separators (PowerShell treats NEL and U+2028 as new lines).
        ("line feed", "\nStop-Computer\n"),
        ("carriage return", "\r"),
        ("crlf", "\r\n# x\r\n"),
        ("next line", "\u0085Stop-Computer"),
        ("line separator", "\u2028Stop-Computer\u2029"),
        // Control characters.
        ("nul", "\0"),
        ("controls", "\u0001\u001B[31m\u007F\t\v\f"),
        // Bidirectional and invisible format characters.
        ("right-to-left override", "\u202Egp.exe"),
        ("isolates", "\u2066\u2067\u2068\u2069"),
        ("marks", "\u200E\u200F\u061C\u200B\uFEFF"),
        // C# and JSON.
        ("c# literal escape", "\" + System.Environment.Exit(1) + \""),
        ("backslashes", "\\\\\\\"\\u0000\\n"),
        ("comment starts", "*/ /* //"),
        ("lone surrogate", "\uD800"),
        ("emoji", "\U0001F600"),
        // Connection string.
        ("key value", "=x;Evil=1"),
        // Markdown, HTML and Mermaid.
        ("code span", "`x` ``y``"),
        ("fence", "```\n# x"),
        ("table cell", "| x |\n|---|"),
        ("emphasis", "*a* _b_ **c** ~~d~~"),
        ("link", "[x](https://evil.example/) ![y](z) <https://evil.example>"),
        ("bare url", "https://evil.example/x www.evil.example"),
        ("html", "<script>alert(1)</script><img src=x onerror=alert(1)>"),
        ("html comment", "<!-- -->"),
        ("mermaid", "\"] --> X[\"%% end"),
        ("brackets", "]] [[ {} ()"),
        ("entity", "&amp; &#60; #quot;"),
        ("heading", "\n# Heading\n> quote\n- item\n1. item\n---"),
        // Scriban (templates are rendered once; a value is never parsed as a template).
        ("scriban", "{{ model }} }}"),
        // Size.
        ("long", new string('A', 5000)),
        ("long hostile", string.Concat(Enumerable.Repeat("'`$(\"|;\n", 700))),
    };
}
