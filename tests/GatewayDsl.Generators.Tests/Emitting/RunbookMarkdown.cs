using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>
/// Reads a runbook the way a CommonMark/GFM renderer does, as far as the tests need: headings, checklist items with
/// their continuation lines, fenced code blocks (closed only by a fence at least as long), pipe-table rows (split at
/// unescaped pipes, as GFM does, even inside code spans) and code spans (a backtick run closed by a run of the same
/// length). Strict on purpose: where a renderer would see a different structure, this throws or reports it.
/// </summary>
internal sealed class RunbookMarkdown
{
    private static readonly Regex FenceOpening = new("^( *)(`{3,})([A-Za-z0-9_-]*)$");

    // CommonMark: a backslash escapes exactly the ASCII punctuation characters.
    private const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private RunbookMarkdown(string text)
    {
        Text = text;
        Lines = text.Split('\n');
        Blocks = ReadBlocks(Lines);
    }

    /// <summary>The whole runbook.</summary>
    public string Text { get; }

    /// <summary>Its lines.</summary>
    public string[] Lines { get; }

    /// <summary>Its fenced code blocks.</summary>
    public IReadOnlyList<FencedBlock> Blocks { get; }

    /// <summary>Reads <paramref name="text"/>; throws if a fenced block is malformed (a line of it would leave its list item, or it never closes).</summary>
    public static RunbookMarkdown Read(string text) => new(text);

    /// <summary>The headings (<c>#</c> to <c>######</c>) outside fenced blocks, with their level.</summary>
    public IEnumerable<(int Level, string Title, int Line)> Headings() =>
        OutsideBlocks().Where(l => Regex.IsMatch(l.Text, "^#{1,6} ")).Select(l => (l.Text.IndexOf(' '), l.Text.Substring(l.Text.IndexOf(' ') + 1), l.Index));

    /// <summary>The checklist items of the section that starts with the heading <paramref name="title"/> (up to the next heading of any level).</summary>
    public IReadOnlyList<ChecklistItem> Items(string title)
    {
        var heading = Headings().Single(h => h.Title == title);
        var next = Headings().Where(h => h.Line > heading.Line).Select(h => h.Line).DefaultIfEmpty(Lines.Length).First();
        return ItemsBetween(heading.Line + 1, next);
    }

    /// <summary>Every checklist item of the runbook.</summary>
    public IReadOnlyList<ChecklistItem> AllItems() => ItemsBetween(0, Lines.Length);

    /// <summary>The lines outside fenced blocks, with their index.</summary>
    public IEnumerable<(int Index, string Text)> OutsideBlocks()
    {
        var inside = new HashSet<int>(Blocks.SelectMany(b => Enumerable.Range(b.OpeningLine, b.ClosingLine - b.OpeningLine + 1)));
        return Lines.Select((text, index) => (index, text)).Where(l => !inside.Contains(l.index));
    }

    /// <summary>The pipe tables outside fenced blocks: each a list of rows, each row a list of raw cells.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables()
    {
        var tables = new List<IReadOnlyList<IReadOnlyList<string>>>();
        List<IReadOnlyList<string>>? current = null;
        foreach (var (_, text) in OutsideBlocks())
        {
            if (text.StartsWith("|", StringComparison.Ordinal))
            {
                current ??= new List<IReadOnlyList<string>>();
                current.Add(Cells(text));
            }
            else if (current is not null)
            {
                tables.Add(current);
                current = null;
            }
        }

        if (current is not null)
        {
            tables.Add(current);
        }

        return tables;
    }

    /// <summary>The lines of the <c>```mermaid</c> block.</summary>
    public IReadOnlyList<string> Mermaid() => Blocks.Single(b => b.Info == "mermaid").Content;

    /// <summary>A table row's cells, split at unescaped pipes (the leading and trailing pipe delimit, they are not cells).</summary>
    public static IReadOnlyList<string> Cells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\' && i + 1 < row.Length)
            {
                cell.Append(row[i]).Append(row[++i]);
            }
            else if (row[i] == '|')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(row[i]);
            }
        }

        cells.Add(cell.ToString());
        if (cells.Count < 2 || cells[0].Trim().Length != 0 || cells[cells.Count - 1].Trim().Length != 0)
        {
            throw new FormatException("Not a table row delimited by pipes: " + row);
        }

        return cells.Skip(1).Take(cells.Count - 2).ToArray();
    }

    /// <summary>
    /// The inline segments of one line: code spans (content as CommonMark gives it: one surrounding space stripped when
    /// both ends have one) and text (backslash escapes kept). In a table cell, GFM later turns <c>\|</c> into <c>|</c>.
    /// </summary>
    public static IReadOnlyList<(bool IsCode, string Text)> Inline(string line)
    {
        var segments = new List<(bool, string)>();
        var text = new StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '\\' && i + 1 < line.Length && AsciiPunctuation.IndexOf(line[i + 1]) >= 0)
            {
                text.Append(line, i, 2);
                i += 2;
                continue;
            }

            if (line[i] != '`')
            {
                text.Append(line[i++]);
                continue;
            }

            var run = Run(line, i);
            var close = FindRun(line, i + run, run);
            if (close < 0)
            {
                text.Append('`', run);
                i += run;
                continue;
            }

            if (text.Length > 0)
            {
                segments.Add((false, text.ToString()));
                text.Clear();
            }

            var content = line.Substring(i + run, close - i - run);
            if (content.Length >= 2 && content[0] == ' ' && content[content.Length - 1] == ' ' && content.Trim().Length > 0)
            {
                content = content.Substring(1, content.Length - 2);
            }

            segments.Add((true, content));
            i = close + run;
        }

        if (text.Length > 0)
        {
            segments.Add((false, text.ToString()));
        }

        return segments;
    }

    /// <summary>The code spans of a line.</summary>
    public static IEnumerable<string> CodeSpans(string line) => Inline(line).Where(s => s.IsCode).Select(s => s.Text);

    private static int Run(string line, int start)
    {
        var end = start;
        while (end < line.Length && line[end] == '`')
        {
            end++;
        }

        return end - start;
    }

    private static int FindRun(string line, int from, int length)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (line[i] != '`')
            {
                continue;
            }

            var run = Run(line, i);
            if (run == length)
            {
                return i;
            }

            i += run - 1;
        }

        return -1;
    }

    private IReadOnlyList<ChecklistItem> ItemsBetween(int from, int to)
    {
        var items = new List<ChecklistItem>();
        var blocks = Blocks.ToDictionary(b => b.OpeningLine);
        for (var i = from; i < to; i++)
        {
            if (!Lines[i].StartsWith("- [ ] ", StringComparison.Ordinal))
            {
                continue;
            }

            var text = new StringBuilder(Lines[i].Substring(6));
            var itemBlocks = new List<FencedBlock>();
            var j = i + 1;
            while (j < to && Lines[j].StartsWith("  ", StringComparison.Ordinal))
            {
                if (blocks.TryGetValue(j, out var block))
                {
                    itemBlocks.Add(block);
                    j = block.ClosingLine + 1;
                    continue;
                }

                text.Append(' ').Append(Lines[j].Substring(2));
                j++;
            }

            items.Add(new ChecklistItem(text.ToString(), itemBlocks));
            i = j - 1;
        }

        return items;
    }

    private static IReadOnlyList<FencedBlock> ReadBlocks(string[] lines)
    {
        var blocks = new List<FencedBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var opening = FenceOpening.Match(lines[i]);
            if (!opening.Success)
            {
                continue;
            }

            var indent = opening.Groups[1].Value;
            var fence = opening.Groups[2].Value;
            var content = new List<string>();
            var j = i + 1;
            for (; j < lines.Length; j++)
            {
                var trimmed = lines[j].TrimStart(' ');
                var run = Run(trimmed, 0);
                if (run >= fence.Length && trimmed.Substring(run).Trim().Length == 0)
                {
                    if (lines[j] != indent + fence)
                    {
                        throw new FormatException($"Line {j + 1} closes the fence opened on line {i + 1} but is not '{indent}{fence}': {lines[j]}");
                    }

                    break;
                }

                if (!lines[j].StartsWith(indent, StringComparison.Ordinal))
                {
                    throw new FormatException($"Line {j + 1} of the block opened on line {i + 1} is not indented by {indent.Length}: it leaves its list item: {lines[j]}");
                }

                content.Add(lines[j].Substring(indent.Length));
            }

            if (j == lines.Length)
            {
                throw new FormatException($"The fence opened on line {i + 1} never closes.");
            }

            blocks.Add(new FencedBlock(opening.Groups[3].Value, indent.Length, content, i, j));
            i = j;
        }

        return blocks;
    }
}

/// <summary>A fenced code block.</summary>
/// <param name="Info">The info string (language).</param>
/// <param name="Indent">The indentation of its fences and lines.</param>
/// <param name="Content">Its lines without the indentation.</param>
/// <param name="OpeningLine">The index of the opening fence.</param>
/// <param name="ClosingLine">The index of the closing fence.</param>
internal sealed record FencedBlock(string Info, int Indent, IReadOnlyList<string> Content, int OpeningLine, int ClosingLine)
{
    /// <summary>The code as the renderer shows it.</summary>
    public string Code => string.Join("\n", Content);
}

/// <summary>A checklist item: its text (first and continuation lines joined by spaces, as a renderer joins soft line breaks) and its code blocks.</summary>
/// <param name="Text">The item's text.</param>
/// <param name="Blocks">The fenced blocks inside the item.</param>
internal sealed record ChecklistItem(string Text, IReadOnlyList<FencedBlock> Blocks)
{
    /// <summary>The item is done by the script.</summary>
    public bool IsAutomated => Text.StartsWith("**AUTOMATED** (script stage *", StringComparison.Ordinal);

    /// <summary>The item is the operator's.</summary>
    public bool IsManual => Text.StartsWith("**MANUAL** ", StringComparison.Ordinal);

    /// <summary>The script stage an automated item names, or null.</summary>
    public string? Stage => IsAutomated ? Regex.Match(Text, @"^\*\*AUTOMATED\*\* \(script stage \*([^*]+)\*\)").Groups[1].Value : null;
}
