using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using GatewayDsl.Fuzz.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GatewayDsl.Fuzz.Tests.Mutation;

/// <summary>An input split into tokens (each with its trivia, so joining them gives the text back), computed once per input.</summary>
public sealed class TokenizedInput
{
    private static readonly ConditionalWeakTable<string, TokenizedInput> Cache = new();

    private TokenizedInput(string text)
    {
        var root = CSharpSyntaxTree.ParseText(text).GetRoot();
        var tokens = root.DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken) || t.FullSpan.Length > 0).ToArray();
        Pieces = tokens.Select(t => t.ToFullString()).ToArray();
        TokenEnds = tokens.Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).Select(t => t.Span.End).ToArray();

        // The tokens of definition methods (returning GatewayDefinition): most mutations aim there.
        var definitions = root.DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Where(m => m.ReturnType.ToString().Contains("GatewayDefinition", StringComparison.Ordinal))
            .Select(m => m.FullSpan)
            .ToArray();
        DefinitionTokens = Enumerable.Range(0, tokens.Length)
            .Where(i => definitions.Any(span => span.Contains(tokens[i].Span)))
            .ToArray();
    }

    /// <summary>Each token's full text (leading trivia, token, trailing trivia); their concatenation is the input.</summary>
    public IReadOnlyList<string> Pieces { get; }

    /// <summary>The end of each token (trailing trivia excluded): where a prefix cut falls.</summary>
    public IReadOnlyList<int> TokenEnds { get; }

    /// <summary>Indexes into <see cref="Pieces"/> of the tokens inside definition methods.</summary>
    public IReadOnlyList<int> DefinitionTokens { get; }

    /// <summary>The tokenization of <paramref name="text"/> (cached by string instance).</summary>
    public static TokenizedInput Of(string text) => Cache.GetValue(text, static t => new TokenizedInput(t));
}
