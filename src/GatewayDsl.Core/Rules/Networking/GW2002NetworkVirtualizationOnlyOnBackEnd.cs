using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2002: the network-virtualization (back-end) logical network must allow network virtualization (error); the
/// External and Infrastructure networks should not (warning).
/// </summary>
/// <remarks>
/// Tenant VM networks that use HNV are created on the back-end network, and the network service's back-end
/// connection needs an HNV-enabled network (R20, R29). The builder already does the right thing by default, so only
/// an explicit <c>AllowNetworkVirtualization(...)</c> call can break it; the finding points at its <c>allow</c> argument.
/// On External or Infrastructure, allowing it is not fatal but lets tenant networks be created on the wrong network
/// (the procedure's table enables it on the back end only), hence a warning.
/// </remarks>
internal sealed class NetworkVirtualizationOnlyOnBackEndRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2002",
        "network-virtualization-only-on-back-end",
        "Only the network-virtualization (back-end) logical network allows network virtualization",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R20, R29; procedure prerequisite 2 (table)");

    /// <summary>Creates the rule.</summary>
    public NetworkVirtualizationOnlyOnBackEndRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        foreach (var network in spec.LogicalNetworks)
        {
            // Only an explicit, known call can differ from the role's default; an unknown value was reported as GW0001.
            if (network.AllowNetworkVirtualization is not { IsKnown: true } allow)
            {
                continue;
            }

            var described = ThreeLogicalNetworkRolesRule.Describe(network);
            if (network.Role == NetworkRole.NetworkVirtualization && !allow.Value)
            {
                yield return Report(
                    allow.Source,
                    $"The {described} has AllowNetworkVirtualization(false), but the back-end network must allow network virtualization: "
                    + "tenant VM networks using HNV are created on it and the gateway's back-end connection needs it. "
                    + "Remove the AllowNetworkVirtualization call (the back-end network allows it by default) or pass true.");
            }
            else if (network.Role != NetworkRole.NetworkVirtualization && allow.Value)
            {
                yield return Report(
                    RuleSeverity.Warning,
                    allow.Source,
                    $"The {described} has AllowNetworkVirtualization(true); only the network virtualization / back-end network should "
                    + "allow network virtualization, so that tenant VM networks are not created on it. "
                    + "Remove the AllowNetworkVirtualization call (this network does not allow it by default).");
            }
        }
    }
}
