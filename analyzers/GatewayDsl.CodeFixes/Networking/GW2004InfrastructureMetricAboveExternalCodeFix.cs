using GatewayDsl.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GatewayDsl.CodeFixes.Networking;

/// <summary>
/// GW2004: sets the Infrastructure pool's metric to the value the rule proposes, the highest External metric + 10
/// (+ 1 near Int32.MaxValue). Fix-all is safe: every finding is on its own pool's metric and gets the same computed
/// value, so fixing several Infrastructure pools (or definitions) at once is what the user would do one by one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InfrastructureMetricAboveExternalCodeFix))]
public sealed class InfrastructureMetricAboveExternalCodeFix : SetNumberCodeFixProvider
{
    /// <summary>The equivalence key of "set the Infrastructure metric" (the same for every value).</summary>
    public const string EquivalenceKey = "GW2004.SetInfrastructureMetric";

    /// <summary>Creates the provider.</summary>
    public InfrastructureMetricAboveExternalCodeFix()
        : base("GW2004", FixProperties.InfrastructureMetric, EquivalenceKey, "Set the Infrastructure metric to {0}")
    {
    }
}
