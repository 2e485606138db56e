using System.Collections.Generic;
using System.Globalization;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Connectivity;

/// <summary>
/// GW5001: a forwarding gateway (<c>DirectRoutingMode=True</c>) serves exactly one VM network. It bridges a single
/// virtualized address space with a physical one by direct routing (procedure step 16, R12).
/// </summary>
internal sealed class ForwardingGatewayServesOneVmNetworkRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW5001",
        "forwarding-gateway-serves-one-vm-network",
        "A forwarding gateway serves only one VM network",
        RuleSeverity.Error,
        RuleCategory.Connectivity,
        "R12; procedure step 16");

    /// <summary>Creates the rule.</summary>
    public ForwardingGatewayServesOneVmNetworkRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        // IsForwarding is false for an unknown DirectRoutingMode: the mode is then not known to be forwarding.
        // On a forwarding gateway this rule owns every VM network past the first, whatever MaxVmNetworks says (GW5003 skips
        // forwarding gateways; a MaxVmNetworks above 1 there is GW1002's finding).
        if (!spec.IsForwarding || spec.VmNetworks.Count < 2)
        {
            yield break;
        }

        var first = spec.VmNetworks[0];
        for (var i = 1; i < spec.VmNetworks.Count; i++)
        {
            var network = spec.VmNetworks[i];
            yield return Report(
                SourceRef.Call(network.StepId),
                $"VM network {Name(network, i)} is VM network {(i + 1).ToString(CultureInfo.InvariantCulture)} on a forwarding gateway "
                + $"(DirectRoutingMode=True), which serves exactly one VM network ({Name(first, 0)}). Remove it or give it its own "
                + "non-forwarding gateway; or turn DirectRoutingMode off if the gateway should serve several VM networks with NAT or VPN.",
                SourceRef.Call(first.StepId),
                spec.DirectRoutingMode!.Source);
        }
    }

    /// <summary>The VM network's quoted name, or "#n" (its 1-based position) when it has none.</summary>
    private static string Name(VmNetworkSpec network, int index) =>
        network.Name is { IsKnown: true, Value: { Length: > 0 } name } ? "'" + name + "'" : "#" + (index + 1).ToString(CultureInfo.InvariantCulture);
}
