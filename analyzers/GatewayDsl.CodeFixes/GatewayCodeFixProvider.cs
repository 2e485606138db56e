using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GatewayDsl.CodeFixes;

/// <summary>
/// The shape every GatewayDsl code fix shares: one rule, and for each diagnostic zero or more <see cref="Fix"/>es found
/// from the diagnostic's location and properties. A fix whose target cannot be found (half-typed code, a location the
/// fix does not understand) is simply not offered. Fix-all is off unless a provider overrides
/// <see cref="CodeFixProvider.GetFixAllProvider"/>.
/// </summary>
public abstract class GatewayCodeFixProvider : CodeFixProvider
{
    private readonly ImmutableArray<string> fixableIds;

    /// <summary>Creates a provider for one rule.</summary>
    /// <param name="ruleId">The rule's ID, e.g. <c>GW1002</c>.</param>
    private protected GatewayCodeFixProvider(string ruleId) => fixableIds = ImmutableArray.Create(ruleId);

    /// <inheritdoc/>
    public sealed override ImmutableArray<string> FixableDiagnosticIds => fixableIds;

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        var document = context.Document;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Location.SourceTree != root.SyntaxTree)
            {
                continue;
            }

            foreach (var fix in FixesFor(root, diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, _ => Task.FromResult(document.WithSyntaxRoot(fix.Apply(root))), fix.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The fixes for one diagnostic of this provider's rule in the document whose root is <paramref name="root"/>.</summary>
    /// <param name="root">The document's syntax root.</param>
    /// <param name="diagnostic">The diagnostic, located in that document.</param>
    /// <returns>The fixes; none when the target cannot be found.</returns>
    private protected abstract IEnumerable<Fix> FixesFor(SyntaxNode root, Diagnostic diagnostic);

    /// <summary>The value of a fix property the rule attached (see the core's <c>FixProperties</c>), or null.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="key">The property key.</param>
    /// <returns>The value, or null when the rule had none to give.</returns>
    private protected static string? Property(Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
