using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Model;

/// <summary>How a VM network reaches other networks through the gateway.</summary>
internal enum ConnectivityKind
{
    /// <summary>Site-to-site VPN, optionally with BGP.</summary>
    SiteToSiteVpn,

    /// <summary>Direct connection with NAT.</summary>
    Nat,

    /// <summary>Direct routing (forwarding gateway only).</summary>
    DirectRouting,
}

/// <summary>A tenant VM network that uses the gateway.</summary>
/// <param name="StepId">The <c>VmNetwork</c> step.</param>
/// <param name="Name">The VM network's name.</param>
/// <param name="Subnets">The VM network's own (customer address) subnets.</param>
/// <param name="Connectivity">Each connectivity the VM network asks for (normally exactly one).</param>
internal sealed record VmNetworkSpec(
    int StepId,
    Setting<string?> Name,
    EquatableArray<Setting<string?>> Subnets,
    EquatableArray<ConnectivitySpec> Connectivity);

/// <summary>One connectivity choice of a VM network.</summary>
/// <param name="StepId">The <c>SiteToSiteVpn</c>, <c>Nat</c> or <c>DirectRouting</c> step.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Vpn">The VPN settings when <paramref name="Kind"/> is VPN.</param>
/// <param name="Nat">The NAT settings when <paramref name="Kind"/> is NAT.</param>
internal sealed record ConnectivitySpec(int StepId, ConnectivityKind Kind, VpnSpec? Vpn, NatSpec? Nat);
