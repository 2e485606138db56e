using System.Collections.Generic;
using GatewayDsl.CodeFixes.Editing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.CodeFixes.Networking;

/// <summary>
/// GW2006: removes <c>VmClusterStaticIpAddress(...)</c> from the service template, as the procedure asks when the
/// Infrastructure network uses DHCP. Fix-all is safe: a definition has at most one such finding, and fixing several
/// definitions at once removes one call from each.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoClusterAddressWithDhcpCodeFix))]
public sealed class NoClusterAddressWithDhcpCodeFix : GatewayCodeFixProvider
{
    /// <summary>The equivalence key of "remove VmClusterStaticIpAddress".</summary>
    public const string EquivalenceKey = "GW2006.RemoveClusterAddress";

    /// <summary>The fix's title.</summary>
    public const string Title = "Remove VmClusterStaticIpAddress(...): Infrastructure uses DHCP";

    /// <summary>Creates the provider.</summary>
    public NoClusterAddressWithDhcpCodeFix()
        : base("GW2006")
    {
    }

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    private protected override IEnumerable<Fix> FixesFor(SyntaxNode root, Diagnostic diagnostic)
    {
        if (DslSyntax.ArgumentValueAt(root, diagnostic.Location.SourceSpan) is { } address
            && DslSyntax.CallOf(address) is { } call
            && DslSyntax.Calls(call, S.VmClusterStaticIpAddress.Method)
            && ChainEdits.CanRemove(call))
        {
            yield return new Fix(Title, EquivalenceKey, r => ChainEdits.RemoveCall(r, call) ?? r);
        }
    }
}
