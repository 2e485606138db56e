using System.Collections.Generic;
using System.Linq;
using GatewayDsl.CodeFixes.Editing;
using GatewayDsl.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.CodeFixes.Networking;

/// <summary>
/// GW2005, two alternatives the rule supplies the data for:
/// <list type="bullet">
/// <item>the address lies in an Infrastructure pool's range but is not reserved: add <c>.Reserve("address")</c> to that
/// pool's lambda (creating <c>pool => pool.Reserve("address")</c> if the pool has none);</item>
/// <item>a pool reserves an address inside its range: use it, by replacing the <c>VmClusterStaticIpAddress</c>
/// argument, or by adding <c>.VmClusterStaticIpAddress("reserved")</c> to the template when the setting is missing.</item>
/// </list>
/// No fix-all: which of the two is right (reserve this address, or move the gateway to the reserved one) is a
/// decision about the management network that a batch must not take.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClusterAddressReservedInInfrastructurePoolCodeFix))]
public sealed class ClusterAddressReservedInInfrastructurePoolCodeFix : GatewayCodeFixProvider
{
    /// <summary>The equivalence key of "reserve the address in the pool".</summary>
    public const string ReserveKey = "GW2005.ReserveAddress";

    /// <summary>The equivalence key of "use the reserved address".</summary>
    public const string UseReservedKey = "GW2005.UseReservedAddress";

    /// <summary>Creates the provider.</summary>
    public ClusterAddressReservedInInfrastructurePoolCodeFix()
        : base("GW2005")
    {
    }

    /// <summary>No fix-all: the two alternatives are a per-definition decision (see the class remarks).</summary>
    /// <returns>Null.</returns>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    private protected override IEnumerable<Fix> FixesFor(SyntaxNode root, Diagnostic diagnostic)
    {
        if (ReserveInPool(root, diagnostic) is { } reserve)
        {
            yield return reserve;
        }

        if (UseReserved(root, diagnostic) is { } useReserved)
        {
            yield return useReserved;
        }
    }

    /// <summary>Adds the address to the pool that holds it: the finding's single additional location.</summary>
    private static Fix? ReserveInPool(SyntaxNode root, Diagnostic diagnostic)
    {
        if (Property(diagnostic, FixProperties.AddressToReserve) is not { } address
            || diagnostic.AdditionalLocations.FirstOrDefault() is not { } poolLocation
            || poolLocation.SourceTree != root.SyntaxTree
            || DslSyntax.CallAt(root, poolLocation.SourceSpan) is not { } pool
            || !DslSyntax.Calls(pool, S.StaticPool.Method)
            || ChainEdits.AddToScope(pool, "pool", S.Reserve.Method, DslSyntax.StringLiteral(address)) is not { } reserved)
        {
            return null;
        }

        return new Fix($"Reserve '{address}' in the Infrastructure pool", ReserveKey, r => r.ReplaceNode(pool, reserved));
    }

    /// <summary>Sets VmClusterStaticIpAddress to the address a pool reserves: the argument, or a new call when it is missing.</summary>
    private static Fix? UseReserved(SyntaxNode root, Diagnostic diagnostic)
    {
        if (Property(diagnostic, FixProperties.ReservedAddress) is not { } reserved)
        {
            return null;
        }

        var title = $"Use the reserved address '{reserved}' as VmClusterStaticIpAddress";
        var span = diagnostic.Location.SourceSpan;
        if (DslSyntax.ArgumentValueAt(root, span) is { } argument
            && DslSyntax.CallOf(argument) is { } setting
            && DslSyntax.Calls(setting, S.VmClusterStaticIpAddress.Method))
        {
            return new Fix(title, UseReservedKey, r => ChainEdits.Replace(r, argument, DslSyntax.StringLiteral(reserved)));
        }

        if (DslSyntax.CallAt(root, span) is { } template
            && DslSyntax.Calls(template, S.ServiceTemplate.Method)
            && ChainEdits.AddToScope(template, "template", S.VmClusterStaticIpAddress.Method, DslSyntax.StringLiteral(reserved)) is { } changed)
        {
            return new Fix(title, UseReservedKey, r => r.ReplaceNode(template, changed));
        }

        return null;
    }
}
