using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.NetworkService;

/// <summary>
/// GW1005 (warning): <c>FrontEndServerAddress</c> is not inside the subnet of the front-end network site. The address
/// is the gateway's endpoint on the external network (R6, R7), so an address outside the front-end site's subnets is
/// most likely a typo or a copy from another network; it cannot be proven wrong, hence a warning.
/// </summary>
/// <remarks>
/// The front-end site is the network service's <c>FrontEnd</c> site when it names a site of the External network;
/// otherwise (no front-end connection yet, or one that GW1008 reports) the address may lie in any site of the External
/// network. The rule is silent when the address does not parse (GW1003, GW1004), when a candidate subnet is not known
/// (GW0001), or when no candidate subnet parses (nothing to compare with; GW2007 reports bad subnets).
/// </remarks>
internal sealed class FrontEndAddressOutsideSubnetRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW1005",
        "front-end-address-outside-subnet",
        "FrontEndServerAddress is not inside the front-end site's subnet",
        RuleSeverity.Warning,
        RuleCategory.NetworkService,
        "R7; procedure steps 16 and 21");

    /// <summary>Creates the rule.</summary>
    public FrontEndAddressOutsideSubnetRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.FrontEndServerAddress is not { IsKnown: true } setting || !IpAddress.TryParse(setting.Value, out var address))
        {
            yield break;
        }

        var frontEnd = spec.NetworkService?.FrontEndSite;
        if (frontEnd is { IsKnown: false })
        {
            // The front-end site could be any site: comparing with all External sites might warn about the right one.
            yield break;
        }

        var named = spec.FindSite(frontEnd.KnownValue());
        var sites = named is { Network.Role: NetworkRole.External } found
            ? new[] { found.Site }
            : spec.Networks(NetworkRole.External).SelectMany(n => n.Sites).ToArray();

        var subnets = new List<(NetworkSiteSpec Site, SubnetSpec Subnet, IpSubnet Parsed)>();
        foreach (var site in sites)
        {
            foreach (var subnet in site.Subnets)
            {
                if (!subnet.Cidr.IsKnown)
                {
                    yield break;
                }

                if (IpSubnet.TryParse(subnet.Cidr.Value, out var parsed, out _))
                {
                    subnets.Add((site, subnet, parsed));
                }
            }
        }

        if (subnets.Count == 0 || subnets.Any(s => s.Parsed.Contains(address)))
        {
            yield break;
        }

        var where = named is { Network.Role: NetworkRole.External }
            ? $"the subnet of the front-end site {DescribeSites(subnets)}"
            : $"any subnet of the External network's sites {DescribeSites(subnets)}";
        yield return Report(
            RuleSeverity.Warning,
            setting.Source,
            $"FrontEndServerAddress '{setting.Value}' is not inside {where}. It should be the gateway's address on the external network, "
            + "which external routers point at; use an address from the front-end site's subnet.",
            subnets.Select(s => s.Subnet.Cidr.Source).ToArray());
    }

    /// <summary>E.g. <c>'External-Site' (131.107.20.0/24)</c>, or several such items separated by commas.</summary>
    private static string DescribeSites(List<(NetworkSiteSpec Site, SubnetSpec Subnet, IpSubnet Parsed)> subnets) =>
        string.Join(", ", subnets
            .GroupBy(s => s.Site.StepId)
            .Select(g => $"'{g.First().Site.Name.KnownValue()}' ({string.Join(", ", g.Select(s => s.Parsed.ToString()))})"));
}
