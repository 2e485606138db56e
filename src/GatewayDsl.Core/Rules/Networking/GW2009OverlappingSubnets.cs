using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2009: two network-site subnets overlap within the same host group or within a host group and one of its child
/// host groups. The <c>-Subnet</c> help of <c>New-SCSubnetVLan</c> and <c>New-SCStaticIPAddressPool</c> forbids it
/// (R30): VMM could not tell which site an address of the shared part belongs to.
/// </summary>
/// <remarks>
/// <para>
/// Host groups are compared as VMM paths: segments separated by <c>\</c>, case-insensitive, surrounding blanks and
/// empty segments ignored. Every host group lies below the root <c>All Hosts</c>, so a path that does not start with
/// it is read as if it did (<c>Edge</c> is <c>All Hosts\Edge</c>), and a site on <c>All Hosts</c> is related to every
/// other site. Two sites are related when some host group of one equals, contains or lies inside some host group of
/// the other.
/// </para>
/// <para>
/// Only site subnets count: VM-network subnets are tenant (customer) address spaces that may overlap by design.
/// Subnets or host groups that are unknown or do not parse are skipped (GW0001 / GW2007 report them).
/// </para>
/// </remarks>
internal sealed class OverlappingSubnetsRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2009",
        "overlapping-subnets",
        "Subnets must not overlap within a host group or its child host groups",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R30");

    /// <summary>Creates the rule.</summary>
    public OverlappingSubnetsRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        var entries = new List<Entry>();
        foreach (var (_, site) in spec.Sites())
        {
            var hostGroups = HostGroupPath.ParseAll(site.HostGroups).ToArray();
            foreach (var subnet in site.Subnets)
            {
                if (subnet.Cidr.IsKnown && IpSubnet.TryParse(subnet.Cidr.Value, out var parsed, out _))
                {
                    entries.Add(new Entry(site, subnet, parsed, hostGroups));
                }
            }
        }

        // Each pair once, reported on the later subnet (definition order), pointing back at the earlier one.
        for (var later = 1; later < entries.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                var a = entries[earlier];
                var b = entries[later];
                if (a.Subnet.Overlaps(b.Subnet) && TryFindRelated(a.HostGroups, b.HostGroups, out var groupA, out var groupB))
                {
                    yield return Report(b.Spec.Cidr.Source, Message(a, b, groupA, groupB), a.Spec.Cidr.Source);
                }
            }
        }
    }

    /// <summary>The message for an overlapping pair.</summary>
    private static string Message(Entry earlier, Entry later, HostGroupPath groupEarlier, HostGroupPath groupLater)
    {
        var sites = earlier.Site.StepId == later.Site.StepId
            ? $"in the same network site {RuleText.QuotedName(later.Site.Name)}"
            : $"of network site {RuleText.QuotedName(earlier.Site.Name)}";
        var groups = groupEarlier.SameAs(groupLater)
            ? $"both are in host group '{groupLater.Text}'"
            : groupEarlier.Contains(groupLater)
                ? $"host group '{groupLater.Text}' is a child of '{groupEarlier.Text}'"
                : $"host group '{groupEarlier.Text}' is a child of '{groupLater.Text}'";
        var relation = later.Subnet == earlier.Subnet ? "is the same subnet as" : "overlaps";
        return $"Subnet '{later.Spec.Cidr.Value}' of network site {RuleText.QuotedName(later.Site.Name)} {relation} subnet '{earlier.Spec.Cidr.Value}' {sites} ({groups}). "
            + "VMM does not allow overlapping subnets in a host group or its child host groups: give each site its own, non-overlapping subnet.";
    }

    /// <summary>Finds a pair of host groups, one from each list, that are equal or where one contains the other.</summary>
    private static bool TryFindRelated(HostGroupPath[] first, HostGroupPath[] second, out HostGroupPath fromFirst, out HostGroupPath fromSecond)
    {
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                if (a.IsRelatedTo(b))
                {
                    fromFirst = a;
                    fromSecond = b;
                    return true;
                }
            }
        }

        fromFirst = null!;
        fromSecond = null!;
        return false;
    }

    /// <summary>A parsed site subnet with the host groups of its site.</summary>
    /// <param name="Site">The site.</param>
    /// <param name="Spec">The subnet as declared.</param>
    /// <param name="Subnet">The parsed subnet.</param>
    /// <param name="HostGroups">The site's known host groups.</param>
    private sealed record Entry(NetworkSiteSpec Site, SubnetSpec Spec, IpSubnet Subnet, HostGroupPath[] HostGroups);
}
