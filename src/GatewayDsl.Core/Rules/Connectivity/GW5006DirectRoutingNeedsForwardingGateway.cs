using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Connectivity;

/// <summary>
/// GW5006: direct routing needs a forwarding gateway. Only a gateway added with <c>DirectRoutingMode=True</c> routes a VM
/// network directly (R13); a non-forwarding gateway offers VPN or NAT (R14).
/// </summary>
internal sealed class DirectRoutingNeedsForwardingGatewayRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW5006",
        "direct-routing-needs-forwarding-gateway",
        "Direct routing needs a gateway in direct routing mode",
        RuleSeverity.Error,
        RuleCategory.Connectivity,
        "R13, R14; procedure gateway options and step 16");

    /// <summary>Creates the rule.</summary>
    public DirectRoutingNeedsForwardingGatewayRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        // A mode the evaluator could not read (GW0001) may well be forwarding.
        if (spec.IsForwarding || spec.DirectRoutingMode is { IsKnown: false })
        {
            yield break;
        }

        foreach (var (network, connectivity) in spec.Connectivity())
        {
            if (connectivity.Kind != ConnectivityKind.DirectRouting)
            {
                continue;
            }

            var name = network.Name is { IsKnown: true, Value: { Length: > 0 } n } ? "VM network '" + n + "'" : "A VM network";
            var mode = spec.DirectRoutingMode is null ? "has no DirectRoutingMode()" : "has DirectRoutingMode(false)";
            var message = $"{name} asks for DirectRouting(), but the gateway {mode}: only a forwarding gateway routes directly. "
                + "Add DirectRoutingMode() and FrontEndServerAddress(...) for a forwarding gateway (it then serves this one VM network only), "
                + "or connect the VM network with Nat(...) or SiteToSiteVpn(...).";
            yield return spec.DirectRoutingMode is { } explicitMode
                ? Report(SourceRef.Call(connectivity.StepId), message, explicitMode.Source)
                : Report(SourceRef.Call(connectivity.StepId), message);
        }
    }
}
