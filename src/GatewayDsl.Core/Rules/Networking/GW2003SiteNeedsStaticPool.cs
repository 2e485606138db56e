using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2003: every network site has a static IP pool; only an Infrastructure site may use DHCP (<c>UsesDhcp()</c>) instead.
/// </summary>
/// <remarks>
/// <para>
/// The procedure asks for an IP address pool on every logical network, with one exception: the Infrastructure
/// (management) network may get its addresses from DHCP (R22). The front-end and back-end connections of the network
/// service need static pools (R28, R29), which is why DHCP anywhere else is an error.
/// </para>
/// <para>
/// Findings, one per site: a site with neither a pool nor DHCP points at the <c>Site</c> call; <c>UsesDhcp()</c> on an
/// External or network-virtualization site points at the <c>UsesDhcp</c> call (whether or not it also has a pool: the
/// fix starts by removing that call); an Infrastructure site with both a pool and <c>UsesDhcp()</c> is contradictory
/// and points at the <c>UsesDhcp</c> call too (VMM either hands out pool addresses or does not; the two settings that
/// depend on it, GW2005 and GW2006, cannot both be satisfied).
/// </para>
/// </remarks>
internal sealed class SiteNeedsStaticPoolRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2003",
        "site-needs-static-pool",
        "A network site needs a static IP pool; only Infrastructure may use DHCP instead",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R22, R28, R29; procedure prerequisite 2");

    /// <summary>Creates the rule.</summary>
    public SiteNeedsStaticPoolRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        foreach (var (network, site) in spec.Sites())
        {
            var where = DescribeSite(site) + " of the " + ThreeLogicalNetworkRolesRule.Describe(network);
            var hasPool = !site.Pools.IsEmpty;
            var isInfrastructure = network.Role == NetworkRole.Infrastructure;

            if (site.UsesDhcp is { } dhcp)
            {
                if (!isInfrastructure)
                {
                    yield return Report(
                        dhcp.Source,
                        $"{where} uses DHCP, but only the Infrastructure / management network may; "
                        + $"the {ThreeLogicalNetworkRolesRule.RoleName(network.Role)} network needs a static IP pool for the gateway's connection. "
                        + (hasPool ? "Remove UsesDhcp()." : "Remove UsesDhcp() and add .StaticPool(rangeStart, rangeEnd, gateway, metric) after the site's subnet."),
                        SourceRef.Call(site.StepId));
                }
                else if (hasPool)
                {
                    yield return Report(
                        dhcp.Source,
                        $"{where} has a static IP pool and also UsesDhcp(); choose one. Remove UsesDhcp() to keep the pool "
                        + "(the gateway then uses an address reserved in it as VMClusterStaticIPAddress), or remove the pool "
                        + "and VmClusterStaticIpAddress(...) to use DHCP.",
                        SourceRef.Call(site.Pools[0].StepId));
                }

                continue;
            }

            if (!hasPool)
            {
                yield return Report(
                    SourceRef.Call(site.StepId),
                    isInfrastructure
                        ? $"{where} has neither a static IP pool nor DHCP. Add .StaticPool(rangeStart, rangeEnd, gateway, metric) after the site's subnet, "
                          + "or .UsesDhcp() if a DHCP server hands out the management addresses."
                        : $"{where} has no static IP pool; the {ThreeLogicalNetworkRolesRule.RoleName(network.Role)} network needs one "
                          + "(only the Infrastructure network may use DHCP). Add .StaticPool(rangeStart, rangeEnd, gateway, metric) after the site's subnet.");
            }
        }
    }

    /// <summary>
    /// A static pool as messages name it, to follow a role: <c>pool 'Infra-Site Pool'</c>, or just <c>pool</c> when its
    /// name is unknown or empty. Shared by the GW2xxx rules that talk about pools.
    /// </summary>
    /// <param name="pool">The pool.</param>
    /// <returns>The readable description.</returns>
    public static string DescribePool(StaticPoolSpec pool) =>
        string.IsNullOrEmpty(pool.Name.KnownValue()) ? "pool" : "pool '" + pool.Name.Value + "'";

    private static string DescribeSite(NetworkSiteSpec site) =>
        string.IsNullOrEmpty(site.Name.KnownValue()) ? "A network site" : "Network site '" + site.Name.Value + "'";
}
