using System.Collections.Generic;
using System.Globalization;
using GatewayDsl.CodeFixes.Editing;
using GatewayDsl.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GatewayDsl.CodeFixes.NetworkService;

/// <summary>
/// GW1002: sets <c>MaxVmNetworks(...)</c> to the allowed maximum the rule proposes: 100, or 1 for a forwarding gateway
/// (for a count below 1 too: 1 would make GW5003 fire as soon as two VM networks use the gateway). Fix-all is safe:
/// each finding replaces its own argument with the value the rule computed for that definition.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MaxVmNetworksOutOfRangeCodeFix))]
public sealed class MaxVmNetworksOutOfRangeCodeFix : GatewayCodeFixProvider
{
    /// <summary>The equivalence key of "set MaxVmNetworks" (the same for every value, so fix-all groups them).</summary>
    public const string EquivalenceKey = "GW1002.SetMaxVmNetworks";

    /// <summary>Creates the provider.</summary>
    public MaxVmNetworksOutOfRangeCodeFix()
        : base("GW1002")
    {
    }

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    private protected override IEnumerable<Fix> FixesFor(SyntaxNode root, Diagnostic diagnostic)
    {
        if (Property(diagnostic, FixProperties.MaxVmNetworks) is { } text
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && DslSyntax.ArgumentValueAt(root, diagnostic.Location.SourceSpan) is { } argument)
        {
            yield return new Fix($"Set MaxVmNetworks to {text}", EquivalenceKey, r => ChainEdits.Replace(r, argument, DslSyntax.NumberLiteral(count)));
        }
    }
}
