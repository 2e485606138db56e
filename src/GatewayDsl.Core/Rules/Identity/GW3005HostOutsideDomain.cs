using System.Collections.Generic;
using System.Globalization;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Naming;

namespace GatewayDsl.Core.Rules.Identity;

/// <summary>
/// GW3005: the host cluster, one of its nodes or the gateway VM has an FQDN outside the chosen domain
/// (<c>InDomain</c>). The procedure picks one domain for the host cluster, and the gateway VMs join that same domain
/// (R38, prerequisites 1 and 6, step 2), so an FQDN in another domain usually means a typo or the wrong domain.
/// </summary>
/// <remarks>
/// <para>
/// Only FQDNs are compared. A single-label name ("GatewayHost1") is resolved with the domain's DNS suffix, so it is
/// taken as inside the domain and not reported. Names that are not valid DNS names are GW3004's and skipped here, as
/// is everything when the domain is missing (GW0004), unknown (GW0001) or invalid (GW3004).
/// </para>
/// <para>
/// The catalog names the host cluster and the gateway VM; the nodes are checked too, because they are the cluster's
/// members and join the same domain. A warning, not an error: a disjoint DNS namespace (a primary DNS suffix that
/// differs from the AD domain name) is a legitimate, if rare, setup.
/// </para>
/// </remarks>
internal sealed class HostOutsideDomainRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW3005",
        "host-outside-domain",
        "The host cluster, its nodes and the gateway VM should be inside the chosen domain",
        RuleSeverity.Warning,
        RuleCategory.Identity,
        "R38; procedure prerequisites 1 and 6, step 2");

    /// <summary>Creates the rule.</summary>
    public HostOutsideDomainRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.Domain is not { IsKnown: true, Value: { } domain } domainSetting || DnsName.FindInvalidReason(domain) is not null)
        {
            yield break;
        }

        foreach (var (what, name, at) in Hosts(spec))
        {
            if (DnsName.FindInvalidReason(name) is not null || DnsName.IsSingleLabel(name) || DnsName.IsSameOrSubdomain(name, domain))
            {
                continue;
            }

            var message = what + " '" + name + "' is not in the domain '" + domain + "' (InDomain), which the host cluster and the gateway VMs join. "
                + "Use an FQDN inside it, e.g. '" + Suggestion(name, domain) + "', or correct InDomain(...).";
            yield return Report(at, message, domainSetting.Source);
        }
    }

    /// <summary>The known, non-null host names this rule compares with the domain, in definition order.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>(description, name, place) per host name.</returns>
    private static IEnumerable<(string What, string Name, SourceRef At)> Hosts(GatewaySpec spec)
    {
        if (spec.HostCluster is { } cluster)
        {
            if (cluster.Name is { IsKnown: true, Value: { } clusterName })
            {
                yield return ("Host cluster", clusterName, cluster.Name.Source);
            }

            if (cluster.Nodes is { IsKnown: true } nodes)
            {
                for (var i = 0; i < nodes.Value.Count; i++)
                {
                    if (nodes.Value[i] is { } node)
                    {
                        yield return ("Host cluster node " + (i + 1).ToString(CultureInfo.InvariantCulture), node, new SourceRef(nodes.StepId, nodes.Parameter, i));
                    }
                }
            }
        }

        if (spec.GatewayVm is { IsKnown: true, Value: { } gatewayVm } gatewayVmSetting)
        {
            yield return ("Gateway VM", gatewayVm, gatewayVmSetting.Source);
        }
    }

    /// <summary>The name's host label in the domain: "GatewayHost1.fabrikam.com" in "contoso.com" becomes "GatewayHost1.contoso.com".</summary>
    /// <param name="name">A valid multi-label name.</param>
    /// <param name="domain">A valid domain name.</param>
    /// <returns>The suggested FQDN.</returns>
    private static string Suggestion(string name, string domain)
    {
        var hostLabel = name.Substring(0, name.IndexOf('.'));
        var domainBody = domain.EndsWith(".", System.StringComparison.Ordinal) ? domain.Substring(0, domain.Length - 1) : domain;
        return hostLabel + "." + domainBody;
    }
}
