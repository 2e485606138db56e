using System;
using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>Describes one of the three logical networks: its network sites (prerequisite 2).</summary>
public sealed class LogicalNetworkBuilder : ScopeBuilder<LogicalNetworkBuilder>
{
    internal LogicalNetworkBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>
    /// Overrides whether new VM networks on this logical network may use network virtualization. By default only the
    /// back-end network does; it must (GW2002), and External and Infrastructure should not.
    /// </summary>
    /// <param name="allow">Whether network virtualization is allowed.</param>
    public LogicalNetworkBuilder AllowNetworkVirtualization(bool allow = true) =>
        Record(S.AllowNetworkVirtualization.Method, Arg.Of(S.AllowNetworkVirtualization.Allow, allow));

    /// <summary>A network site: its subnets with VLANs and a static IP pool (or DHCP, Infrastructure only).</summary>
    /// <param name="name">The site's name.</param>
    /// <param name="hostGroup">The host group the site is available to, e.g. <c>All Hosts\Edge</c>.</param>
    /// <param name="configure">Subnets, pools, more host groups.</param>
    public LogicalNetworkBuilder Site(string name, string hostGroup, Action<NetworkSiteBuilder> configure) =>
        Scope(S.Site.Method, S.Site.Configure, r => new NetworkSiteBuilder(r), configure, Arg.Of(S.Site.Name, name), Arg.Of(S.Site.HostGroup, hostGroup));
}
