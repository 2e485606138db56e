using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Model;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Core.Rules.NetworkService;

/// <summary>
/// GW1007: the network service's host groups do not include every host group of the network sites its front-end and
/// back-end connections use. VMM only offers the sites of the service's host groups on the Connectivity page, so a
/// site outside them cannot be connected (procedure steps 19 and 21, R60).
/// </summary>
/// <remarks>
/// Host-group paths use backslashes and are compared without case; a host group also covers its children, so
/// <c>All Hosts</c> covers <c>All Hosts\Edge</c>. One violation per uncovered host group, naming every connected site
/// that needs it. The rule is silent when the service has no host groups (GW0004), when one of them is not known
/// (it might cover the site; GW0001), and for a connection whose site is unknown or does not exist (GW1008).
/// </remarks>
internal sealed class NetworkServiceHostGroupsIncompleteRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW1007",
        "network-service-host-groups-incomplete",
        "The network service's host groups do not include the host groups of its connected sites",
        RuleSeverity.Error,
        RuleCategory.NetworkService,
        "R60; procedure steps 19 and 21");

    /// <summary>Creates the rule.</summary>
    public NetworkServiceHostGroupsIncompleteRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        var service = spec.NetworkService;
        if (service is null || service.HostGroups.Count == 0 || service.HostGroups.Any(h => !h.IsKnown))
        {
            yield break;
        }

        var granted = HostGroupPath.ParseAll(service.HostGroups).ToArray();

        // Uncovered host groups in order of first appearance, each with the sites that need it.
        var missing = new List<(HostGroupPath Path, List<string> Sites, List<SourceRef> Places)>();
        foreach (var (connection, setting) in new[] { ("front-end", service.FrontEndSite), ("back-end", service.BackEndSite) })
        {
            if (spec.FindSite(setting.KnownValue()) is not { } found)
            {
                continue;
            }

            foreach (var hostGroup in found.Site.HostGroups)
            {
                if (HostGroupPath.Parse(hostGroup.KnownValue()) is not { } path || granted.Any(g => g.Contains(path)))
                {
                    continue;
                }

                var entry = missing.FirstOrDefault(m => m.Path.SameAs(path));
                if (entry.Path is null)
                {
                    entry = (path, new List<string>(), new List<SourceRef>());
                    missing.Add(entry);
                }

                var siteText = $"the {connection} site '{found.Site.Name.KnownValue()}'";
                if (!entry.Sites.Contains(siteText))
                {
                    entry.Sites.Add(siteText);
                }

                entry.Places.Add(hostGroup.Source);
                entry.Places.Add(setting!.Source);
            }
        }

        var grantedText = string.Join(", ", service.HostGroups.Select(h => $"'{h.Value}'"));
        var at = new SourceRef(service.HostGroups[0].StepId, S.HostGroups.Paths);
        foreach (var (path, sites, places) in missing)
        {
            yield return Report(
                at,
                $"The network service's host groups ({grantedText}) do not include '{path.Text}', the host group of {string.Join(" and ", sites)}; "
                + $"VMM only lets the service connect to sites in its host groups. Add '{path.Text}' (or a parent host group) to HostGroups(...).",
                places.Distinct().ToArray());
        }
    }
}
