using System;
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
    /// <summary>The root host group of every VMM installation.</summary>
    private const string RootHostGroup = "All Hosts";

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
            var hostGroups = site.HostGroups
                .Where(h => h.IsKnown && !string.IsNullOrWhiteSpace(h.Value))
                .Select(h => new HostGroup(h.Value!, Segments(h.Value!)))
                .ToArray();
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
    private static string Message(Entry earlier, Entry later, HostGroup groupEarlier, HostGroup groupLater)
    {
        var sites = earlier.Site.StepId == later.Site.StepId
            ? $"in the same network site {Name(later.Site.Name)}"
            : $"of network site {Name(earlier.Site.Name)}";
        var groups = Same(groupEarlier.Segments, groupLater.Segments)
            ? $"both are in host group '{groupLater.Text}'"
            : IsPrefix(groupEarlier.Segments, groupLater.Segments)
                ? $"host group '{groupLater.Text}' is a child of '{groupEarlier.Text}'"
                : $"host group '{groupEarlier.Text}' is a child of '{groupLater.Text}'";
        var relation = later.Subnet == earlier.Subnet ? "is the same subnet as" : "overlaps";
        return $"Subnet '{later.Spec.Cidr.Value}' of network site {Name(later.Site.Name)} {relation} subnet '{earlier.Spec.Cidr.Value}' {sites} ({groups}). "
            + "VMM does not allow overlapping subnets in a host group or its child host groups: give each site its own, non-overlapping subnet.";
    }

    /// <summary>Finds a pair of host groups, one from each list, that are equal or where one contains the other.</summary>
    private static bool TryFindRelated(HostGroup[] first, HostGroup[] second, out HostGroup fromFirst, out HostGroup fromSecond)
    {
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                if (IsPrefix(a.Segments, b.Segments) || IsPrefix(b.Segments, a.Segments))
                {
                    fromFirst = a;
                    fromSecond = b;
                    return true;
                }
            }
        }

        fromFirst = default;
        fromSecond = default;
        return false;
    }

    /// <summary>A host-group path as segments below (and including) <c>All Hosts</c>.</summary>
    private static string[] Segments(string path)
    {
        var segments = path.Split('\\').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count == 0 || !string.Equals(segments[0], RootHostGroup, StringComparison.OrdinalIgnoreCase))
        {
            segments.Insert(0, RootHostGroup);
        }

        return segments.ToArray();
    }

    /// <summary>Whether <paramref name="ancestor"/> equals <paramref name="path"/> or is one of its parents.</summary>
    private static bool IsPrefix(string[] ancestor, string[] path)
    {
        if (ancestor.Length > path.Length)
        {
            return false;
        }

        for (var i = 0; i < ancestor.Length; i++)
        {
            if (!string.Equals(ancestor[i], path[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether two paths name the same host group.</summary>
    private static bool Same(string[] a, string[] b) => a.Length == b.Length && IsPrefix(a, b);

    /// <summary>A name for a message: quoted when known, else a placeholder.</summary>
    private static string Name(Setting<string?> name) => name.KnownValue() is { } known ? "'" + known + "'" : "(unnamed)";

    /// <summary>A host group as the user wrote it and as compared.</summary>
    /// <param name="Text">The path as written.</param>
    /// <param name="Segments">The normalized segments, starting with <c>All Hosts</c>.</param>
    private readonly record struct HostGroup(string Text, string[] Segments);

    /// <summary>A parsed site subnet with the host groups of its site.</summary>
    /// <param name="Site">The site.</param>
    /// <param name="Spec">The subnet as declared.</param>
    /// <param name="Subnet">The parsed subnet.</param>
    /// <param name="HostGroups">The site's known host groups.</param>
    private sealed record Entry(NetworkSiteSpec Site, SubnetSpec Spec, IpSubnet Subnet, HostGroup[] HostGroups);
}
