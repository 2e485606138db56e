using System;
using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>Describes a network site: subnets with VLANs, static IP pools, host groups.</summary>
public sealed class NetworkSiteBuilder : ScopeBuilder<NetworkSiteBuilder>
{
    internal NetworkSiteBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>Another host group the site is available to.</summary>
    /// <param name="path">The host group path.</param>
    public NetworkSiteBuilder HostGroup(string path) => Record(S.HostGroup.Method, Arg.Of(S.HostGroup.Path, path));

    /// <summary>A subnet of the site with its VLAN. A static pool declared after it belongs to it.</summary>
    /// <param name="cidr">The subnet in CIDR notation, e.g. <c>192.168.10.0/24</c>.</param>
    /// <param name="vlan">The VLAN ID, 0 (untagged) to 4094.</param>
    public NetworkSiteBuilder Subnet(string cidr, int vlan = 0) => Record(S.Subnet.Method, Arg.Of(S.Subnet.Cidr, cidr), Arg.Of(S.Subnet.Vlan, vlan));

    /// <summary>A static IP address pool on the subnet declared just before it.</summary>
    /// <param name="rangeStart">The first address of the pool.</param>
    /// <param name="rangeEnd">The last address of the pool.</param>
    /// <param name="gateway">The default gateway.</param>
    /// <param name="metric">The default gateway's metric (Infrastructure must be higher than External, GW2004).</param>
    /// <param name="configure">Optional: the pool's name, reserved addresses, VIPs, DNS servers.</param>
    public NetworkSiteBuilder StaticPool(string rangeStart, string rangeEnd, string gateway, int metric, Action<StaticPoolBuilder>? configure = null) =>
        Scope(
            S.StaticPool.Method,
            S.StaticPool.Configure,
            r => new StaticPoolBuilder(r),
            configure,
            Arg.Of(S.StaticPool.RangeStart, rangeStart),
            Arg.Of(S.StaticPool.RangeEnd, rangeEnd),
            Arg.Of(S.StaticPool.Gateway, gateway),
            Arg.Of(S.StaticPool.Metric, metric));

    /// <summary>The site gets its addresses from DHCP instead of a static pool: allowed on the Infrastructure network only (GW2003).</summary>
    public NetworkSiteBuilder UsesDhcp() => Record(S.UsesDhcp.Method);
}
