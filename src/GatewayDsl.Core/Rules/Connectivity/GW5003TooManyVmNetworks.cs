using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Connectivity;

/// <summary>
/// GW5003: no more VM networks may use the gateway than <c>MaxVMNetworksSupported</c> allows: the value given, or the
/// default of 50 for a non-forwarding gateway (procedure step 16, R9). The forwarding case (limit 1, R10) is GW5001's.
/// </summary>
internal sealed class TooManyVmNetworksRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW5003",
        "too-many-vm-networks",
        "More VM networks use the gateway than MaxVMNetworksSupported allows",
        RuleSeverity.Error,
        RuleCategory.Connectivity,
        "R9, R10; procedure step 16");

    /// <summary>The default <c>MaxVMNetworksSupported</c> of a non-forwarding gateway.</summary>
    private const long DefaultLimit = 50;

    /// <summary>The highest <c>MaxVMNetworksSupported</c> a non-forwarding gateway accepts.</summary>
    private const long HighestLimit = 100;

    /// <summary>Creates the rule.</summary>
    public TooManyVmNetworksRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        // A forwarding gateway's limit is always 1, and GW5001 already reports each VM network past the first; an
        // unknown mode leaves the limit unknown.
        if (spec.IsForwarding || spec.DirectRoutingMode is { IsKnown: false })
        {
            yield break;
        }

        var max = spec.MaxVmNetworks;
        long limit;
        if (max is null)
        {
            limit = DefaultLimit;
        }
        else if (max.IsKnown && max.Value >= 1 && max.Value <= HighestLimit)
        {
            limit = max.Value;
        }
        else
        {
            // Unknown (GW0001) or out of range (GW1002): there is no valid limit to compare with.
            yield break;
        }

        var count = spec.VmNetworks.Count;
        if (count <= limit)
        {
            yield break;
        }

        var first = spec.VmNetworks[(int)limit];
        var name = first.Name is { IsKnown: true, Value: { Length: > 0 } n } ? "'" + n + "'" : "number " + RuleText.Number(limit + 1);
        var allowed = max is null
            ? $"the default MaxVMNetworksSupported of {RuleText.Number(DefaultLimit)}"
            : $"MaxVmNetworks({RuleText.Number(limit)})";
        var fix = count <= HighestLimit
            ? $"Set MaxVmNetworks to at least {RuleText.Number(count)} (at most {RuleText.Number(HighestLimit)}), or move VM networks to another gateway."
            : $"A gateway supports at most {RuleText.Number(HighestLimit)} VM networks; move the others to another gateway.";
        var message = $"{RuleText.Number(count)} VM networks use the gateway, but {allowed} allows {RuleText.Number(limit)}; VM network {name} is the first over the limit. {fix}";
        yield return max is null
            ? Report(SourceRef.Call(first.StepId), message)
            : Report(SourceRef.Call(first.StepId), message, max.Source);
    }
}
