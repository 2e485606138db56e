using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Connectivity;

/// <summary>
/// GW5002: a VM network on a forwarding gateway must connect directly with direct routing. The procedure says to choose
/// "connect directly to an additional logical network" without NAT; other connectivity does not work with a forwarding
/// gateway (procedure step 16 and the gateway options, R13).
/// </summary>
internal sealed class ForwardingGatewayAllowsOnlyDirectRoutingRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW5002",
        "forwarding-gateway-allows-only-direct-routing",
        "A VM network on a forwarding gateway must use direct routing, not NAT or VPN",
        RuleSeverity.Error,
        RuleCategory.Connectivity,
        "R13; procedure gateway options and step 16");

    /// <summary>Creates the rule.</summary>
    public ForwardingGatewayAllowsOnlyDirectRoutingRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (!spec.IsForwarding)
        {
            yield break;
        }

        foreach (var (network, connectivity) in spec.Connectivity())
        {
            var what = connectivity.Kind switch
            {
                ConnectivityKind.Nat => "NAT (Nat)",
                ConnectivityKind.SiteToSiteVpn => "a site-to-site VPN (SiteToSiteVpn)",
                _ => null,
            };
            if (what is null)
            {
                continue;
            }

            var fix = network.Connectivity.Any(c => c.Kind == ConnectivityKind.DirectRouting)
                ? "Remove it (the VM network already has DirectRouting())"
                : "Replace it with DirectRouting()";
            var name = network.Name is { IsKnown: true, Value: { Length: > 0 } n } ? "VM network '" + n + "'" : "A VM network";
            yield return Report(
                SourceRef.Call(connectivity.StepId),
                $"{name} uses {what} on a forwarding gateway (DirectRoutingMode=True), which only connects its VM network directly with direct routing; "
                + $"NAT and VPN do not work there. {fix}, or turn DirectRoutingMode off to use NAT or VPN.",
                spec.DirectRoutingMode!.Source);
        }
    }
}
