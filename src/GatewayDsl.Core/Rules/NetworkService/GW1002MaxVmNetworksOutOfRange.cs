using System.Collections.Generic;
using System.Globalization;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.NetworkService;

/// <summary>
/// GW1002: <c>MaxVMNetworksSupported</c> is out of range: 1 to 100 without direct routing (default 50, R9), exactly 1
/// for a forwarding gateway (default 1, R10). Leaving <c>MaxVmNetworks</c> out is fine: the provider's default applies.
/// </summary>
internal sealed class MaxVmNetworksOutOfRangeRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW1002",
        "max-vm-networks-out-of-range",
        "MaxVMNetworksSupported is out of range",
        RuleSeverity.Error,
        RuleCategory.NetworkService,
        "R9, R10; procedure step 16");

    /// <summary>The largest value for a non-forwarding gateway (R9).</summary>
    public const long NonForwardingMaximum = 100;

    /// <summary>The only value for a forwarding gateway (R10).</summary>
    public const long ForwardingValue = 1;

    /// <summary>Creates the rule.</summary>
    public MaxVmNetworksOutOfRangeRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.MaxVmNetworks is not { IsKnown: true } max)
        {
            yield break;
        }

        var value = max.Value.ToString(CultureInfo.InvariantCulture);
        if (spec.IsForwarding)
        {
            if (max.Value != ForwardingValue)
            {
                yield return WithFix(
                    Report(
                        max.Source,
                        $"MaxVMNetworksSupported is {value}, but a forwarding gateway (DirectRoutingMode=True) supports exactly 1 VM network. "
                        + "Use MaxVmNetworks(1) or leave MaxVmNetworks out (the default is 1).",
                        SourceRef.Call(spec.DirectRoutingMode!.StepId)),
                    ForwardingValue);
            }

            yield break;
        }

        // Not forwarding, or DirectRoutingMode unknown: a value outside 1..100 is wrong in either case, and a value
        // inside it is right without direct routing, so nothing is guessed.
        if (max.Value < 1 || max.Value > NonForwardingMaximum)
        {
            var suggestion = max.Value < 1 ? "MaxVmNetworks(1) or more" : "MaxVmNetworks(100) or less";
            yield return WithFix(
                Report(
                    max.Source,
                    $"MaxVMNetworksSupported is {value}; a gateway without direct routing supports 1 to 100 VM networks (default 50). "
                    + $"Use {suggestion}, or leave MaxVmNetworks out for the default of 50."),
                NonForwardingMaximum);
        }
    }

    /// <summary>
    /// Gives the code fix the allowed maximum. Also for a count below 1: the nearest value, 1, would make GW5003 fire on
    /// any definition with two VM networks, while the maximum never adds a finding.
    /// </summary>
    private static Violation WithFix(Violation violation, long allowed) =>
        WithFixProperty(violation, FixProperties.MaxVmNetworks, allowed.ToString(CultureInfo.InvariantCulture));
}
