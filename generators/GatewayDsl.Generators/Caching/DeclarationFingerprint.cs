using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GatewayDsl.Generators.Caching;

/// <summary>
/// The SHA-256 of everything in one syntax tree that can change how code in another file binds: every token outside
/// method, accessor, constructor, operator, local-function and lambda bodies (type and member declarations, const and
/// field initializers, enum values, attributes, usings and global usings, extern aliases), the directives outside those
/// bodies (<c>#nullable</c>, <c>#pragma</c>, <c>#define</c>, <c>#if</c>; the tokens an <c>#if</c> leaves out are trivia,
/// so they are not hashed, as the compiler does not see them), whether the tree has top-level statements, its file path
/// and its parse options.
/// </summary>
/// <remarks>
/// A body can change nothing another member sees: C# infers no member type from a body, and the definition parser reads
/// only compile-time constants, enum members and <c>nameof</c>, which are all declarations. So an edit inside a body
/// keeps the fingerprint, and any other edit changes it. Top-level statements are bodies too (their locals and local
/// functions are visible nowhere else); only their presence declares something (the <c>Program</c> class).
/// Every token is written with its kind and its length-prefixed text, so two different token sequences cannot produce
/// the same byte stream; two different streams share a digest only through a SHA-256 collision.
/// </remarks>
internal static class DeclarationFingerprint
{
    /// <summary>The fingerprint of <paramref name="tree"/> (32 bytes). Walks the tree's declarations once.</summary>
    public static byte[] Compute(SyntaxTree tree, CancellationToken cancellationToken)
    {
        using var hash = new Sha256Writer();
        hash.Write(tree.FilePath);
        WriteOptions(hash, tree.Options as CSharpParseOptions);

        var root = tree.GetRoot(cancellationToken);
        var hasTopLevelStatements = false;
        var visited = 0;
        foreach (var item in root.DescendantNodesAndTokens(descendIntoChildren: static node => !IsBody(node), descendIntoTrivia: false))
        {
            if ((++visited & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (item.IsToken)
            {
                WriteToken(hash, item.AsToken());
            }
            else if (item.AsNode() is { } node && IsBody(node))
            {
                if (node is GlobalStatementSyntax)
                {
                    hasTopLevelStatements = true;
                }
                else
                {
                    // Which kind of body, not what is in it: adding or removing a body (abstract, extern, partial) can change
                    // the declaration; editing it cannot.
                    hash.Write(-(int)node.Kind());
                }
            }
        }

        hash.Write(hasTopLevelStatements ? 1 : 0);
        return hash.Digest();
    }

    /// <summary>
    /// Whether <paramref name="node"/> is code that runs rather than declares: a body (block or <c>=&gt;</c> expression) of
    /// a method, constructor, destructor, operator, conversion, accessor, expression-bodied property or indexer, local
    /// function or lambda/anonymous method, or a top-level statement.
    /// </summary>
    private static bool IsBody(SyntaxNode node) =>
        node switch
        {
            GlobalStatementSyntax => true,
            BlockSyntax or ArrowExpressionClauseSyntax => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
                or BasePropertyDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax,
            ExpressionSyntax => node.Parent is AnonymousFunctionExpressionSyntax lambda && lambda.Body == node,
            _ => false,
        };

    private static void WriteToken(Sha256Writer hash, SyntaxToken token)
    {
        if (token.HasLeadingTrivia)
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.IsDirective)
                {
                    hash.Write(-1);
                    hash.Write(trivia.ToString());
                }
            }
        }

        hash.Write(token.RawKind);
        hash.Write(token.Text);
    }

    /// <summary>
    /// The parse options bind by (a tree re-parsed with new options is a new object, so this only matters for trees that
    /// happen to have the same tokens under different options, e.g. another language version).
    /// </summary>
    private static void WriteOptions(Sha256Writer hash, CSharpParseOptions? options)
    {
        if (options is null)
        {
            hash.Write(-1);
            return;
        }

        hash.Write((int)options.LanguageVersion);
        hash.Write((int)options.Kind);
        hash.Write((int)options.DocumentationMode);
        foreach (var symbol in options.PreprocessorSymbolNames)
        {
            hash.Write(symbol);
        }

        hash.Write(-2);
        foreach (var feature in options.Features)
        {
            hash.Write(feature.Key);
            hash.Write(feature.Value);
        }
    }
}
