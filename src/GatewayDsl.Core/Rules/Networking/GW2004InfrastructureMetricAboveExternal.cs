using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2004: when Infrastructure and External route to the same network, each Infrastructure pool's gateway metric is
/// strictly higher than the External pools' (the highest External metric).
/// </summary>
/// <remarks>
/// <para>
/// The gateway VMs have a default gateway on the management and on the front-end adapter. A lower metric wins, so if
/// both can reach the same network the front end must be preferred, or tenant traffic leaves through the management
/// network (R24; procedure prerequisite 2, "review the value in the Metric column").
/// </para>
/// <para>
/// Whether the two route to the same network is <c>InfrastructureRoutesToSameNetworkAsExternal(...)</c>; when it is
/// not stated the rule assumes they do (rule catalog), and says how to state otherwise. Nothing is reported when the
/// user said they do not, when that value is unknown (GW0001), or when Infrastructure has no pool (DHCP).
/// Each Infrastructure pool is compared with the highest External metric; the finding points at the Infrastructure
/// pool's <c>metric</c> and adds the External pool's <c>metric</c>.
/// </para>
/// </remarks>
internal sealed class InfrastructureMetricAboveExternalRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2004",
        "infrastructure-metric-above-external",
        "The Infrastructure pool's gateway metric must be higher than the External pool's",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R24; procedure prerequisite 2");

    /// <summary>The suggested distance above the External metric: leaves room for other routes in between.</summary>
    private const long PreferredStep = 10;

    /// <summary>VMM's <c>-Metric</c> is an Int32; a suggestion must fit in it.</summary>
    private const long MaxMetric = int.MaxValue;

    /// <summary>Creates the rule.</summary>
    public InfrastructureMetricAboveExternalRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        var sameNetwork = spec.InfrastructureRoutesToSameNetworkAsExternal;
        if (sameNetwork is { IsKnown: false } or { Value: false })
        {
            yield break;
        }

        // The External pool with the highest known metric (the first one on a tie): every Infrastructure pool must beat it.
        StaticPoolSpec? external = null;
        foreach (var pool in spec.Pools(NetworkRole.External))
        {
            if (pool.Metric.IsKnown && (external is null || pool.Metric.Value > external.Metric.Value))
            {
                external = pool;
            }
        }

        if (external is null)
        {
            yield break;
        }

        var externalMetric = external.Metric.Value;
        var why = sameNetwork is null
            ? "Infrastructure and External are assumed to route to the same network (the definition does not say otherwise)"
            : "Infrastructure and External route to the same network (InfrastructureRoutesToSameNetworkAsExternal(true))";
        var optOut = sameNetwork is null
            ? " If they never route to the same network, say so with InfrastructureRoutesToSameNetworkAsExternal(false)."
            : string.Empty;
        var preferred = PreferredMetric(externalMetric);
        foreach (var pool in spec.Pools(NetworkRole.Infrastructure).Where(p => p.Metric.IsKnown && p.Metric.Value <= externalMetric))
        {
            var finding = Report(
                pool.Metric.Source,
                $"The Infrastructure {SiteNeedsStaticPoolRule.DescribePool(pool)} has gateway metric '{RuleText.Number(pool.Metric.Value)}', which is not higher than "
                + $"the metric '{RuleText.Number(externalMetric)}' of the External {SiteNeedsStaticPoolRule.DescribePool(external)}. {why}, so the gateway VMs could send "
                + $"outside traffic through the management network instead of the front end. {Suggestion(externalMetric, preferred)}{optOut}",
                external.Metric.Source);
            yield return WithFixProperty(finding, FixProperties.InfrastructureMetric, preferred is { } metric ? RuleText.Number(metric) : null);
        }
    }

    /// <summary>The metric to propose: <see cref="PreferredStep"/> above External, else one above it, else none (no Int32 is higher).</summary>
    private static long? PreferredMetric(long externalMetric) =>
        externalMetric >= MaxMetric ? null
        : externalMetric <= MaxMetric - PreferredStep ? externalMetric + PreferredStep
        : externalMetric + 1;

    private static string Suggestion(long externalMetric, long? preferred)
    {
        if (preferred is not { } value)
        {
            return $"No Int32 metric is higher than '{RuleText.Number(externalMetric)}'; lower the External metric first.";
        }

        var least = externalMetric + 1;
        return value == least
            ? $"Set the Infrastructure metric to '{RuleText.Number(least)}'."
            : $"Set the Infrastructure metric higher, e.g. '{RuleText.Number(value)}' (at least '{RuleText.Number(least)}').";
    }
}
