using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>
/// The runbook's Mermaid block read with a strict grammar: every line is a <c>flowchart LR</c> header, a node
/// <c>nN["label"]</c>, a <c>subgraph nN["label"]</c> or its <c>end</c>, or a link <c>nA --- |"label"| nB</c>. A label
/// may hold only letters, digits, spaces, <c>. , - _ / : @ + = '</c>, entity codes <c>#NNN;</c> and <c>&lt;br/&gt;</c>,
/// so no user text can end a label or start markup. Labels are decoded for assertions.
/// </summary>
internal sealed class RunbookMermaid
{
    private const string Label = "\"((?:[\\p{L}\\p{N} .,\\-_/:@+=']|#\\d+;|<br/>)*)\"";
    private static readonly Regex Header = new("^flowchart LR$");
    private static readonly Regex NodeLine = new("^ *(n\\d+)\\[" + Label + "\\]$");
    private static readonly Regex SubgraphLine = new("^ *subgraph (n\\d+)\\[" + Label + "\\]$");
    private static readonly Regex EndLine = new("^ *end$");
    private static readonly Regex EdgeLine = new("^ *(n\\d+) (---|-\\.->)\\|" + Label + "\\| (n\\d+)$");

    private RunbookMermaid(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || !Header.IsMatch(lines[0]))
        {
            throw new FormatException("The diagram does not start with 'flowchart LR'.");
        }

        var parents = new Stack<string>();
        foreach (var line in lines.Skip(1))
        {
            Match match;
            if ((match = SubgraphLine.Match(line)).Success)
            {
                Add(match.Groups[1].Value, match.Groups[2].Value, parents, isSubgraph: true);
                parents.Push(match.Groups[1].Value);
            }
            else if ((match = NodeLine.Match(line)).Success)
            {
                Add(match.Groups[1].Value, match.Groups[2].Value, parents, isSubgraph: false);
            }
            else if (EndLine.IsMatch(line))
            {
                parents.Pop();
            }
            else if ((match = EdgeLine.Match(line)).Success)
            {
                Edges.Add(new MermaidEdge(match.Groups[1].Value, match.Groups[2].Value, Decode(match.Groups[3].Value), match.Groups[4].Value));
            }
            else
            {
                throw new FormatException("Not a line of the diagram's grammar: " + line);
            }
        }

        if (parents.Count != 0)
        {
            throw new FormatException("A subgraph is not closed.");
        }

        var unknown = Edges.SelectMany(e => new[] { e.From, e.To }).Where(id => !Nodes.ContainsKey(id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new FormatException("Links to undeclared ids: " + string.Join(", ", unknown));
        }
    }

    /// <summary>Nodes and subgraphs by id.</summary>
    public Dictionary<string, MermaidNode> Nodes { get; } = new();

    /// <summary>The links in order.</summary>
    public List<MermaidEdge> Edges { get; } = new();

    /// <summary>Reads the diagram of a runbook.</summary>
    public static RunbookMermaid Read(string runbook) => new(RunbookMarkdown.Read(runbook).Mermaid());

    /// <summary>The single node or subgraph whose decoded label starts with <paramref name="prefix"/>.</summary>
    public MermaidNode Node(string prefix) => Nodes.Values.Single(n => n.Label.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>A label as Mermaid shows it: entity codes decoded, <c>&lt;br/&gt;</c> as a line break.</summary>
    public static string Decode(string label) =>
        Regex.Replace(label.Replace("<br/>", "\n"), "#(\\d+);", m => char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));

    private void Add(string id, string label, Stack<string> parents, bool isSubgraph)
    {
        if (Nodes.ContainsKey(id))
        {
            throw new FormatException("Duplicate id " + id);
        }

        Nodes[id] = new MermaidNode(id, Decode(label), parents.Count > 0 ? parents.Peek() : null, isSubgraph);
    }
}

/// <summary>A node or subgraph.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Label">Its decoded label.</param>
/// <param name="Parent">The subgraph it is in, or null.</param>
/// <param name="IsSubgraph">Whether it is a subgraph.</param>
internal sealed record MermaidNode(string Id, string Label, string? Parent, bool IsSubgraph);

/// <summary>A link.</summary>
/// <param name="From">The id it starts at.</param>
/// <param name="Link">The Mermaid link token.</param>
/// <param name="Label">Its decoded label.</param>
/// <param name="To">The id it ends at.</param>
internal sealed record MermaidEdge(string From, string Link, string Label, string To);
