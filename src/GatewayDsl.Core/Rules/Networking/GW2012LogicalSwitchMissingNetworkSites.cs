using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2012: a modeled logical switch whose uplink port profiles, taken together, do not include a network site of each
/// of the three logical networks (network virtualization, External, Infrastructure), or whose uplink port profile
/// names a network site that the definition does not define. The gateway VMs' three adapters reach the three networks
/// through the host's switch, so its uplinks must carry a site of every one of them (prerequisite 2; R27, R36).
/// </summary>
/// <remarks>
/// <para>
/// The logical switch is optional (the virtual switches may be configured directly, R36): without one, nothing is
/// checked. A role whose logical network is missing or has no site is GW2001's / GW0004's finding, not this rule's.
/// </para>
/// <para>
/// An uplink profile that names an undefined site is reported here too (at that <c>sites</c> item): VMM's
/// <c>New-SCNativeUplinkPortProfile -LogicalNetworkDefinition</c> takes site objects, so the generated script would
/// fail to look the site up, and the typo is usually why a network seems missing.
/// </para>
/// <para>
/// The reducer turns a site item it cannot evaluate into <c>null</c>, the same as a literal <c>null</c>, so a null
/// item is skipped and makes coverage undecidable; so does a site whose name is unknown. In those cases the rule
/// reports only what it can prove.
/// </para>
/// </remarks>
internal sealed class LogicalSwitchMissingNetworkSitesRule : GatewayRule
{
    /// <summary>The roles in catalog order, so findings come out in a stable order.</summary>
    private static readonly NetworkRole[] Roles = { NetworkRole.NetworkVirtualization, NetworkRole.External, NetworkRole.Infrastructure };

    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2012",
        "logical-switch-missing-network-sites",
        "A logical switch's uplink port profiles must include a network site of all three logical networks",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R27, R36; prerequisite 2; procedure step 4");

    /// <summary>Creates the rule.</summary>
    public LogicalSwitchMissingNetworkSitesRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.LogicalSwitch is not { } logicalSwitch)
        {
            yield break;
        }

        var siteNamesKnown = spec.Sites().All(e => e.Site.Name.IsKnown);
        var itemsKnown = true;
        var covered = new HashSet<NetworkRole>();
        foreach (var profile in logicalSwitch.UplinkPortProfiles)
        {
            var sites = profile.Sites;
            if (!sites.IsKnown)
            {
                itemsKnown = false;
                continue;
            }

            for (var i = 0; i < sites.Value.Count; i++)
            {
                var siteName = sites.Value[i];
                if (siteName is null)
                {
                    itemsKnown = false;
                    continue;
                }

                if (spec.FindSite(siteName) is { } found)
                {
                    covered.Add(found.Network.Role);
                }
                else if (siteNamesKnown)
                {
                    yield return Report(
                        new SourceRef(sites.StepId, sites.Parameter, i),
                        $"Uplink port profile {RuleText.QuotedName(profile.Name)} of logical switch {RuleText.QuotedName(logicalSwitch.Name)} includes network site '{siteName}', "
                        + $"which no logical network defines. Use one of the defined sites ({DefinedSites(spec)}), or define the site.");
                }
            }
        }

        if (!itemsKnown || !siteNamesKnown)
        {
            // An item or a site name we cannot read might be the one that covers a role: report nothing unprovable.
            yield break;
        }

        foreach (var role in Roles)
        {
            var network = spec.Networks(role).FirstOrDefault(n => n.Sites.Count > 0);
            if (network is null || covered.Contains(role))
            {
                continue;
            }

            var site = network.Sites[0].Name.Value ?? "...";
            var profile = logicalSwitch.UplinkPortProfiles.Count > 0 ? logicalSwitch.UplinkPortProfiles[0].Name.KnownValue() ?? "Uplink" : "Uplink";
            yield return Report(
                SourceRef.Call(logicalSwitch.StepId),
                $"Logical switch {RuleText.QuotedName(logicalSwitch.Name)} has no uplink port profile that includes a network site of the {RoleName(role)} logical network {RuleText.QuotedName(network.Name)}. "
                + $"Add one of its sites to an uplink port profile, e.g. UplinkPortProfile(\"{profile}\", ..., \"{site}\").");
        }
    }

    /// <summary>The role as the procedure names it.</summary>
    private static string RoleName(NetworkRole role) => role switch
    {
        NetworkRole.NetworkVirtualization => "network virtualization (back-end)",
        NetworkRole.External => "External (front-end)",
        _ => "Infrastructure (management)",
    };

    /// <summary>The defined site names, quoted and comma-separated, in definition order.</summary>
    private static string DefinedSites(GatewaySpec spec)
    {
        var names = spec.Sites().Select(e => e.Site.Name.Value).Where(n => n is not null).Select(n => "'" + n + "'").ToArray();
        return names.Length == 0 ? "none" : string.Join(", ", names);
    }
}
