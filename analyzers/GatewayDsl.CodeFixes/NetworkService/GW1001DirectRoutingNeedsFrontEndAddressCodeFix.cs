using System.Collections.Generic;
using GatewayDsl.CodeFixes.Editing;
using GatewayDsl.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.CodeFixes.NetworkService;

/// <summary>
/// GW1001: adds <c>.FrontEndServerAddress("...")</c> right after <c>DirectRoutingMode(...)</c>, with the first free
/// address (not reserved, not a VIP, not the gateway) of the front-end site's static pool, which the rule computes.
/// No fix is offered when no pool has a free address. No fix-all: the address is a proposal each definition's author
/// should confirm (external routers will point at it), not a mechanical repair.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DirectRoutingNeedsFrontEndAddressCodeFix))]
public sealed class DirectRoutingNeedsFrontEndAddressCodeFix : GatewayCodeFixProvider
{
    /// <summary>The equivalence key of "add FrontEndServerAddress".</summary>
    public const string EquivalenceKey = "GW1001.AddFrontEndServerAddress";

    /// <summary>Creates the provider.</summary>
    public DirectRoutingNeedsFrontEndAddressCodeFix()
        : base("GW1001")
    {
    }

    /// <summary>No fix-all: each proposed address needs a human look (see the class remarks).</summary>
    /// <returns>Null.</returns>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    private protected override IEnumerable<Fix> FixesFor(SyntaxNode root, Diagnostic diagnostic)
    {
        if (Property(diagnostic, FixProperties.FrontEndAddress) is { } address
            && DslSyntax.CallAt(root, diagnostic.Location.SourceSpan) is { } directRouting
            && DslSyntax.Calls(directRouting, S.DirectRoutingMode.Method))
        {
            yield return new Fix(
                $"Add FrontEndServerAddress(\"{address}\") from the front-end site's pool",
                EquivalenceKey,
                r => r.ReplaceNode(directRouting, ChainEdits.AppendCall(directRouting, S.FrontEndServerAddress.Method, DslSyntax.StringLiteral(address))));
        }
    }
}
