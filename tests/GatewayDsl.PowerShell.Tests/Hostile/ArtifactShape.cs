using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Language;
using System.Text.Json;
using GatewayDsl.PowerShell.Tests.Harness;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GatewayDsl.PowerShell.Tests.Hostile;

/// <summary>
/// The structure of each artifact with the values left out: what a user string can change if it breaks out of its
/// literal. Two definitions that differ only in one string value must have equal shapes.
/// </summary>
public static class ArtifactShape
{
    /// <summary>GitHub-like Markdown: pipe tables, autolinks, strikethrough, task lists (what a reader's viewer does).</summary>
    public static readonly MarkdownPipeline MarkdownPipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>
    /// The PowerShell syntax tree as node kinds in order, string constants and expandable strings reduced to their kind
    /// (and quote type), so an extra command, subexpression, variable, comment-turned-code or expandable string shows.
    /// </summary>
    public static IReadOnlyList<string> PowerShell(ParsedScript script) =>
        script.Ast.FindAll(_ => true, searchNestedScriptBlocks: true)
            .Select(a => a switch
            {
                StringConstantExpressionAst s => "String:" + s.StringConstantType,
                ExpandableStringExpressionAst x => "Expandable:" + x.StringConstantType + ":" + x.NestedExpressions.Count,
                CommandAst c => "Command:" + c.CommandElements.Count,
                _ => a.GetType().Name,
            })
            .ToList();

    /// <summary>The JSON document as token kinds and property names (values of strings left out).</summary>
    public static IReadOnlyList<string> Json(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        var shape = new List<string>();
        Walk(document.RootElement, shape);
        return shape;
    }

    /// <summary>Every string value of a JSON document.</summary>
    public static IReadOnlyList<string> JsonStrings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var strings = new List<string>();
        Collect(document.RootElement, strings);
        return strings;
    }

    /// <summary>
    /// The runbook's Markdown blocks and inlines as node kinds in order: literal text and entities are left out (escaping
    /// splits text into more literal nodes), everything else counts: code spans, links, emphasis, HTML, headings, table
    /// rows and cells, and for code blocks their info string and, for Mermaid diagrams, their line count. For table rows,
    /// also the number of cell-separating pipes on the row's line as GitHub counts them.
    /// </summary>
    public static IReadOnlyList<string> Markdown(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipeline);
        var lines = markdown.Split('\n');
        var shape = new List<string>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LiteralInline or HtmlEntityInline:
                    break;
                case FencedCodeBlock fenced:
                    shape.Add("Fenced:" + fenced.Info + (fenced.Info == "mermaid" ? ":" + fenced.Lines.Count : string.Empty));
                    break;
                case Table table:
                    shape.Add("Table:" + table.Count);
                    break;
                case TableRow row:
                    // GitHub (GFM) splits a row at every pipe not escaped with a backslash, inside code spans too;
                    // Markdig does not split inside code spans, so the row's line is also counted as GitHub reads it.
                    var line = lines[row.Line];
                    shape.Add("Row:" + row.Count + ":" + line.Where((c, i) => c == '|' && !EscapedAt(line, i)).Count());
                    break;
                default:
                    shape.Add(node.GetType().Name);
                    break;
            }
        }

        return shape;
    }

    /// <summary>The keys of a connection string (<c>key=value;key=value</c>), and the value of each.</summary>
    public static IReadOnlyList<(string Key, string Value)> ConnectionString(string text) =>
        text.Split(';').Select(item =>
        {
            var at = item.IndexOf('=', StringComparison.Ordinal);
            return at < 0 ? (item, "<no '='>") : (item[..at], item[(at + 1)..]);
        }).ToList();

    /// <summary>The first difference of two shapes, or null when they are equal.</summary>
    public static string? Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : "<end>";
            var a = i < actual.Count ? actual[i] : "<end>";
            if (e != a)
            {
                return $"node {i}: expected {e}, found {a} ({expected.Count} vs {actual.Count} nodes)";
            }
        }

        return null;
    }

    /// <summary>Whether the character at <paramref name="index"/> follows an odd run of backslashes (is escaped).</summary>
    private static bool EscapedAt(string line, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && line[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static void Walk(JsonElement element, List<string> shape)
    {
        shape.Add(element.ValueKind.ToString());
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    shape.Add("." + property.Name);
                    Walk(property.Value, shape);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, shape);
                }

                break;
        }
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                // A string that is not valid UTF-16 cannot be decoded; its raw text still shows what was written.
                try
                {
                    strings.Add(element.GetString()!);
                }
                catch (InvalidOperationException)
                {
                    strings.Add(element.GetRawText());
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
        }
    }
}
