using System;
using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>Describes a tenant VM network and how it connects through the gateway.</summary>
public sealed class VmNetworkBuilder : ScopeBuilder<VmNetworkBuilder>
{
    internal VmNetworkBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>A subnet of the VM network's own (customer) address space.</summary>
    /// <param name="cidr">The subnet in CIDR notation.</param>
    public VmNetworkBuilder Subnet(string cidr) => Record(S.Subnet.Method, Arg.Of(S.Subnet.Cidr, cidr));

    /// <summary>Site-to-site VPN to the tenant's network, optionally with BGP (not on a forwarding gateway, GW5002).</summary>
    /// <param name="remoteEndpoint">The tenant's VPN server address.</param>
    /// <param name="configure">Remote subnets, authentication, IPsec and BGP.</param>
    public VmNetworkBuilder SiteToSiteVpn(string remoteEndpoint, Action<SiteToSiteVpnBuilder> configure) =>
        Scope(S.SiteToSiteVpn.Method, S.SiteToSiteVpn.Configure, r => new SiteToSiteVpnBuilder(r), configure, Arg.Of(S.SiteToSiteVpn.RemoteEndpoint, remoteEndpoint));

    /// <summary>Direct connection to the External network with NAT (not on a forwarding gateway, GW5002).</summary>
    /// <param name="configure">The external pool or address and the NAT rules.</param>
    public VmNetworkBuilder Nat(Action<NatBuilder> configure) =>
        Scope(S.Nat.Method, S.Nat.Configure, r => new NatBuilder(r), configure);

    /// <summary>Direct routing, for the single VM network of a forwarding gateway (GW5006).</summary>
    public VmNetworkBuilder DirectRouting() => Record(S.DirectRouting.Method);
}
