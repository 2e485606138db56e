using System;
using System.Collections.Generic;
using System.Linq;

namespace GatewayDsl.Core.Model;

/// <summary>Lookups over a <see cref="GatewaySpec"/> that several rules and emitters need; keep them here, not in each rule.</summary>
internal static class SpecQueries
{
    /// <summary>The logical networks in <paramref name="role"/> (normally exactly one; GW2001 reports otherwise).</summary>
    public static IEnumerable<LogicalNetworkSpec> Networks(this GatewaySpec spec, NetworkRole role) =>
        spec.LogicalNetworks.Where(n => n.Role == role);

    /// <summary>The first logical network in <paramref name="role"/>, or null.</summary>
    public static LogicalNetworkSpec? Network(this GatewaySpec spec, NetworkRole role) =>
        spec.LogicalNetworks.FirstOrDefault(n => n.Role == role);

    /// <summary>Every network site with the logical network it belongs to.</summary>
    public static IEnumerable<(LogicalNetworkSpec Network, NetworkSiteSpec Site)> Sites(this GatewaySpec spec) =>
        spec.LogicalNetworks.SelectMany(n => n.Sites.Select(s => (n, s)));

    /// <summary>The site named <paramref name="siteName"/> (case-insensitive, as VMM compares names), with its network; null if none.</summary>
    public static (LogicalNetworkSpec Network, NetworkSiteSpec Site)? FindSite(this GatewaySpec spec, string? siteName)
    {
        if (siteName is null)
        {
            return null;
        }

        foreach (var entry in spec.Sites())
        {
            if (entry.Site.Name.IsKnown && string.Equals(entry.Site.Name.Value, siteName, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Every static pool of the logical networks in <paramref name="role"/>.</summary>
    public static IEnumerable<StaticPoolSpec> Pools(this GatewaySpec spec, NetworkRole role) =>
        spec.Networks(role).SelectMany(n => n.Sites).SelectMany(s => s.Pools);

    /// <summary>Every connectivity of every VM network, with its VM network.</summary>
    public static IEnumerable<(VmNetworkSpec VmNetwork, ConnectivitySpec Connectivity)> Connectivity(this GatewaySpec spec) =>
        spec.VmNetworks.SelectMany(v => v.Connectivity.Select(c => (v, c)));

    /// <summary>Whether any VM network uses site-to-site VPN.</summary>
    public static bool UsesVpn(this GatewaySpec spec) =>
        spec.Connectivity().Any(c => c.Connectivity.Kind == ConnectivityKind.SiteToSiteVpn);

    /// <summary>The Infrastructure network uses DHCP: it has a site marked <c>UsesDhcp()</c> and no static pool.</summary>
    public static bool InfrastructureUsesDhcp(this GatewaySpec spec) =>
        spec.Networks(NetworkRole.Infrastructure).SelectMany(n => n.Sites).Any(s => s.UsesDhcp is not null)
        && !spec.Pools(NetworkRole.Infrastructure).Any();

    /// <summary>The known string value of a setting, or null.</summary>
    public static string? KnownValue(this Setting<string?>? setting) => setting is { IsKnown: true } s ? s.Value : null;
}
