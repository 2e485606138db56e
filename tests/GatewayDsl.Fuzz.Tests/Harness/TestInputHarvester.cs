using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>
/// Reads the analyzer tests' source files (not their assembly) and rebuilds every definition they test, markup removed:
/// <c>SampleSource.NonForwarding/Forwarding((find, replace), ...)</c> calls, whole files written as string literals
/// (any constant string containing <c>[Gateway]</c>), and builder chains passed to helpers such as
/// <c>DefinitionSource.Wrap</c> (any constant string starting with <c>Gateway.Named(</c>). A new rule test therefore
/// feeds the fuzzer without any change here. Inputs whose strings are not constant (holes, helpers) are skipped.
/// </summary>
public static class TestInputHarvester
{
    /// <summary>Every distinct definition source in the analyzer tests, in a stable order (file path, then position).</summary>
    public static IReadOnlyList<FuzzInput> Harvest(string testsFolder)
    {
        var inputs = new List<FuzzInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.GetFiles(testsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .OrderBy(f => f.Replace('\\', '/'), StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(testsFolder, file).Replace('\\', '/');
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            var constants = StringConstants(root);
            var number = 0;
            foreach (var source in SourcesIn(root, constants))
            {
                var plain = StripMarkup(source);
                if (plain is not null && seen.Add(plain))
                {
                    inputs.Add(new FuzzInput($"{relative}#{++number}", plain));
                }
            }
        }

        return inputs;
    }

    private static bool IsBuildOutput(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.Contains("/bin/", StringComparison.Ordinal) || normalized.Contains("/obj/", StringComparison.Ordinal);
    }

    /// <summary>The file's <c>const string</c> fields (tests name shared fragments, e.g. <c>VmmDomain</c>), in declaration order.</summary>
    private static Dictionary<string, string> StringConstants(SyntaxNode root)
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in root.DescendantNodes().OfType<FieldDeclarationSyntax>().Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword)))
        {
            foreach (var variable in field.Declaration.Variables)
            {
                if (variable.Initializer is { } initializer && StringValue(initializer.Value, constants) is { } value)
                {
                    constants[variable.Identifier.ValueText] = value;
                }
            }
        }

        return constants;
    }

    private static IEnumerable<string> SourcesIn(SyntaxNode root, IReadOnlyDictionary<string, string> constants)
    {
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "SampleSource" } } access } call:
                    if (SampleEdit(access.Name.Identifier.ValueText, call.ArgumentList, constants) is { } edited)
                    {
                        yield return edited;
                    }

                    break;
                case InvocationExpressionSyntax call when call.ArgumentList.Arguments.Count > 0
                    && StringValue(call.ArgumentList.Arguments[0].Expression, constants) is { } chain
                    && chain.TrimStart().StartsWith("Gateway.Named(", StringComparison.Ordinal):
                    var members = call.ArgumentList.Arguments.Count > 1 ? StringValue(call.ArgumentList.Arguments[1].Expression, constants) ?? string.Empty : string.Empty;
                    yield return DefinitionSource.Wrap(chain, members);
                    break;
                case ExpressionSyntax expression when IsOutermostString(expression)
                    && StringValue(expression, constants) is { } text
                    && text.Contains("[Gateway]", StringComparison.Ordinal):
                    yield return text;
                    break;
            }
        }
    }

    private static string? SampleEdit(string sample, ArgumentListSyntax arguments, IReadOnlyDictionary<string, string> constants)
    {
        var edits = new List<(string Find, string Replace)>();
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Expression is not TupleExpressionSyntax { Arguments.Count: 2 } tuple
                || StringValue(tuple.Arguments[0].Expression, constants) is not { } find
                || StringValue(tuple.Arguments[1].Expression, constants) is not { } replace)
            {
                return null;
            }

            edits.Add((find, replace));
        }

        try
        {
            return sample switch
            {
                nameof(SampleSource.NonForwarding) => SampleSource.NonForwarding(edits.ToArray()),
                nameof(SampleSource.Forwarding) => SampleSource.Forwarding(edits.ToArray()),
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            // The test itself would fail the same way; nothing to fuzz.
            return null;
        }
    }

    /// <summary>A string expression that is not part of a larger string expression (so a concatenation is read once).</summary>
    private static bool IsOutermostString(ExpressionSyntax expression) =>
        expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression }
        && expression.Parent is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } and not ParenthesizedExpressionSyntax;

    /// <summary>The value of a constant string expression written with literals, raw literals, hole-free interpolations, '+' and the file's string constants.</summary>
    internal static string? StringValue(ExpressionSyntax expression, IReadOnlyDictionary<string, string> constants)
    {
        switch (expression)
        {
            case IdentifierNameSyntax name:
                return constants.TryGetValue(name.Identifier.ValueText, out var constant) ? constant : null;
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal:
                return literal.Token.ValueText;
            case ParenthesizedExpressionSyntax parenthesized:
                return StringValue(parenthesized.Expression, constants);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add:
                return StringValue(add.Left, constants) is { } left && StringValue(add.Right, constants) is { } right ? left + right : null;
            case InterpolatedStringExpressionSyntax interpolated when interpolated.Contents.All(c => c is InterpolatedStringTextSyntax):
                var text = new StringBuilder();
                foreach (var content in interpolated.Contents.Cast<InterpolatedStringTextSyntax>())
                {
                    text.Append(content.TextToken.ValueText);
                }

                return text.ToString();
            default:
                return null;
        }
    }

    private static string? StripMarkup(string source)
    {
        try
        {
            TestFileMarkupParser.GetSpans(source, out string plain, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
            return plain;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
