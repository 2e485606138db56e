using System.Collections.Generic;
using System.Globalization;
using GatewayDsl.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GatewayDsl.CodeFixes;

/// <summary>
/// A fix that replaces the reported numeric argument with the number the rule computed and attached to the finding
/// (a fix property). Fix-all is safe for every such fix: each finding replaces its own argument with its own value.
/// </summary>
public abstract class SetNumberCodeFixProvider : GatewayCodeFixProvider
{
    private readonly string property;
    private readonly string equivalenceKey;
    private readonly string titleFormat;

    /// <summary>Creates the provider.</summary>
    /// <param name="ruleId">The rule's ID.</param>
    /// <param name="property">The fix property that holds the number (a key of <c>FixProperties</c>).</param>
    /// <param name="equivalenceKey">One key for every value, so that fix-all groups the findings.</param>
    /// <param name="titleFormat">The action's title, with <c>{0}</c> for the number.</param>
    private protected SetNumberCodeFixProvider(string ruleId, string property, string equivalenceKey, string titleFormat)
        : base(ruleId)
    {
        this.property = property;
        this.equivalenceKey = equivalenceKey;
        this.titleFormat = titleFormat;
    }

    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    private protected sealed override IEnumerable<Fix> FixesFor(SyntaxNode root, Diagnostic diagnostic)
    {
        if (Property(diagnostic, property) is { } text
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && DslSyntax.ArgumentValueAt(root, diagnostic.Location.SourceSpan) is { } argument)
        {
            yield return new Fix(string.Format(CultureInfo.InvariantCulture, titleFormat, text), equivalenceKey, r => ChainEdits.Replace(r, argument, DslSyntax.NumberLiteral(number)));
        }
    }
}
