using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GatewayDsl.Fuzz.Tests.Mutation;

/// <summary>
/// (c) Argument edits: replace an argument's value (<see cref="ArgumentValues"/>), rename it (a wrong or duplicate
/// parameter name), remove it, or add an extra one. One to three arguments per case; nested edits never overlap.
/// </summary>
public static class ArgumentMutator
{
    /// <summary>Applies one to three random argument edits to <paramref name="text"/>.</summary>
    public static (string Source, string Description) Mutate(string text, Random random)
    {
        var root = CSharpSyntaxTree.ParseText(text).GetRoot();
        var arguments = root.DescendantNodes().OfType<ArgumentSyntax>().ToArray();
        if (arguments.Length == 0)
        {
            return (text, "no arguments");
        }

        var changes = new List<TextChange>();
        var edits = new List<string>();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var argument = arguments[random.Next(arguments.Length)];
            var (change, edit) = Edit(argument, random);
            if (changes.Any(c => c.Span.IntersectsWith(change.Span)))
            {
                continue;
            }

            changes.Add(change);
            edits.Add(edit);
        }

        var mutated = SourceText.From(text).WithChanges(changes.OrderBy(c => c.Span.Start)).ToString();
        return (mutated, string.Join("; ", edits));
    }

    private static (TextChange Change, string Description) Edit(ArgumentSyntax argument, Random random)
    {
        var shown = TokenMutator.Show(argument.ToString());
        switch (random.Next(20))
        {
            case 0:
                // A wrong parameter name, or the name of another parameter (a duplicate).
                var name = random.Next(2) == 0 ? "bogus" : OtherParameterName(argument, random);
                return (new TextChange(argument.Span, $"{name}: {argument.Expression}"), $"arg {shown} renamed to '{name}'");
            case 1:
                return (new TextChange(RemovalSpan(argument), string.Empty), $"arg {shown} removed");
            case 2:
                var extra = Value(random);
                return (new TextChange(new TextSpan(argument.Span.End, 0), ", " + extra), $"after arg {shown} added {TokenMutator.Show(extra)}");
            default:
                var value = Value(random);
                var keepName = argument.NameColon is { } colon && random.Next(3) != 0 ? colon.ToString() : string.Empty;
                return (new TextChange(argument.Span, keepName + value), $"arg {shown} -> {TokenMutator.Show(value)}{(value.Length > 1_000 ? $" ({value.Length} chars)" : string.Empty)}");
        }
    }

    private static string Value(Random random) =>
        random.Next(40) == 0
            ? ArgumentValues.Huge[random.Next(ArgumentValues.Huge.Count)]()
            : ArgumentValues.Ordinary[random.Next(ArgumentValues.Ordinary.Count)];

    private static string OtherParameterName(ArgumentSyntax argument, Random random)
    {
        var names = new[] { "name", "fqdn", "configure", "metric", "gateway", "rangeStart", "vlan", "cidr", "address", "asn", "template", "enabled", "count", "sites", "paths" };
        return argument.NameColon?.Name.Identifier.ValueText is { } own && random.Next(2) == 0 ? own : names[random.Next(names.Length)];
    }

    /// <summary>The argument and one adjacent comma, so the list stays well-formed.</summary>
    private static TextSpan RemovalSpan(ArgumentSyntax argument)
    {
        if (argument.Parent is not ArgumentListSyntax list)
        {
            return argument.Span;
        }

        var index = list.Arguments.IndexOf(argument);
        if (index < list.Arguments.SeparatorCount)
        {
            return TextSpan.FromBounds(argument.Span.Start, list.Arguments.GetSeparator(index).Span.End);
        }

        return index > 0 ? TextSpan.FromBounds(list.Arguments.GetSeparator(index - 1).Span.Start, argument.Span.End) : argument.Span;
    }
}
