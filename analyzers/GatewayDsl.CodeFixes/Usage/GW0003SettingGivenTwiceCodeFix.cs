using System.Collections.Generic;
using GatewayDsl.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GatewayDsl.CodeFixes.Usage;

/// <summary>
/// GW0003: removes the overridden (earlier) call of a setting given twice; the later call, which is the one that
/// takes effect, stays. Fix-all is safe: each diagnostic removes a different call and the later calls never carry one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SettingGivenTwiceCodeFix))]
public sealed class SettingGivenTwiceCodeFix : GatewayCodeFixProvider
{
    /// <summary>The equivalence key of "remove the overridden call".</summary>
    public const string EquivalenceKey = "GW0003.RemoveOverriddenCall";

    /// <summary>Creates the provider.</summary>
    public SettingGivenTwiceCodeFix()
        : base("GW0003")
    {
    }

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    private protected override IEnumerable<Fix> FixesFor(SyntaxNode root, Diagnostic diagnostic)
    {
        if (DslSyntax.CallAt(root, diagnostic.Location.SourceSpan) is not { } call)
        {
            yield break;
        }

        // The reducer points a repeated ProductKey(Secret.X(...)) at the Secret factory call (the product key's step);
        // the call to remove is the builder call that factory is passed to.
        while (call.Parent is ArgumentSyntax && call.Parent.Parent?.Parent is InvocationExpressionSyntax outer)
        {
            call = outer;
        }

        if (DslSyntax.NameOf(call) is not { } name || !ChainEdits.CanRemove(call))
        {
            yield break;
        }

        var target = call;
        yield return new Fix($"Remove the overridden {name.Identifier.ValueText}(...) call", EquivalenceKey, r => ChainEdits.RemoveCall(r, target) ?? r);
    }
}
