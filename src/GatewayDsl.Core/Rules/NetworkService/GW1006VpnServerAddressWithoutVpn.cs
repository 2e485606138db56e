using System.Collections.Generic;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.NetworkService;

/// <summary>
/// GW1006 (info): <c>VPNServerAddress</c> is set but no VM network uses site-to-site VPN. The address is only the VPN
/// endpoint reported to tenants when the gateway sits behind an external load balancer (R8), so without a VPN tenant
/// it has no effect; it may be a leftover or a sign that a VPN connection is missing.
/// </summary>
/// <remarks>
/// Only a valid address is reported: a null, empty or malformed one is GW1003's or GW1004's finding, and an unknown
/// one GW0001's.
/// </remarks>
internal sealed class VpnServerAddressWithoutVpnRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW1006",
        "vpn-server-address-without-vpn",
        "VPNServerAddress is set but no VM network uses VPN",
        RuleSeverity.Info,
        RuleCategory.NetworkService,
        "R8; procedure step 16");

    /// <summary>Creates the rule.</summary>
    public VpnServerAddressWithoutVpnRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.VpnServerAddress is { IsKnown: true } setting
            && IpAddress.TryParse(setting.Value, out _)
            && !spec.UsesVpn())
        {
            // The whole call is what is superfluous, so point at the call rather than at its address.
            yield return Report(
                SourceRef.Call(setting.StepId),
                $"VPNServerAddress '{setting.Value}' is set, but no VM network uses site-to-site VPN; the address is only reported to VPN tenants "
                + "when the gateway sits behind an external load balancer. Remove VpnServerAddress(...), or add a VM network with SiteToSiteVpn(...).");
        }
    }
}
