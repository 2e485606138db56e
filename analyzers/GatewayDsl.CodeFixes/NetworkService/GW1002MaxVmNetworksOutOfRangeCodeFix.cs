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
public sealed class MaxVmNetworksOutOfRangeCodeFix : SetNumberCodeFixProvider
{
    /// <summary>The equivalence key of "set MaxVmNetworks" (the same for every value, so fix-all groups them).</summary>
    public const string EquivalenceKey = "GW1002.SetMaxVmNetworks";

    /// <summary>Creates the provider.</summary>
    public MaxVmNetworksOutOfRangeCodeFix()
        : base("GW1002", FixProperties.MaxVmNetworks, EquivalenceKey, "Set MaxVmNetworks to {0}")
    {
    }
}
