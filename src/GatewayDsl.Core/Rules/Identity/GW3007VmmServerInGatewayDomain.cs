using System.Collections.Generic;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Naming;

namespace GatewayDsl.Core.Rules.Identity;

/// <summary>
/// GW3007: the gateway faces an untrusted network, but the VMM server is in the host cluster's domain (or in its parent
/// or child domain). The procedure recommends two domains without a trust relationship in that case (R39, prerequisite
/// 1), so that a compromised gateway or host does not hand over the domain that manages the whole fabric.
/// </summary>
/// <remarks>
/// <para>
/// "Untrusted" means one of: a VM network uses site-to-site VPN (its tunnels end on the gateway's front end), or a
/// subnet of an External network site is Internet-routable (<see cref="InternetRoutability"/>). The first such reason,
/// in that order, is named in the message and added as a location.
/// </para>
/// <para>
/// The domains are compared as DNS names (ASCII case and one trailing period ignored). Besides the same domain, a
/// parent or child domain is reported too: domains of one AD tree trust each other automatically (two-way, transitive),
/// so they cannot be the "no trust" pair the procedure asks for. When <c>VmmServerInDomain</c> is not given, nothing is
/// reported: the VMM server's domain is unknown, and the recommendation is advice, not a requirement. Missing, unknown
/// or invalid domains (GW0004, GW0001, GW3004) and unparsable subnets (GW2007) are skipped.
/// </para>
/// </remarks>
internal sealed class VmmServerInGatewayDomainRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW3007",
        "vmm-server-in-gateway-domain",
        "An Internet-facing gateway's domain should not be the VMM server's domain",
        RuleSeverity.Warning,
        RuleCategory.Identity,
        "R39; procedure prerequisite 1");

    /// <summary>The relation of two equal domains, the only one that needs no word on automatic trusts.</summary>
    private const string SameDomain = "is the same domain";

    /// <summary>Creates the rule.</summary>
    public VmmServerInGatewayDomainRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.Domain is not { IsKnown: true, Value: { } domain } domainSetting
            || spec.VmmServerDomain is not { IsKnown: true, Value: { } vmmDomain } vmmSetting
            || DnsName.FindInvalidReason(domain) is not null
            || DnsName.FindInvalidReason(vmmDomain) is not null
            || Relation(domain, vmmDomain) is not { } relation
            || FindUntrustedExposure(spec) is not { } exposure)
        {
            yield break;
        }

        var message = "The gateway faces untrusted networks (" + exposure.Reason + "), but the VMM server's domain '" + vmmDomain
            + "' (VmmServerInDomain) " + relation + " the host cluster and the gateway VMs join ('" + domain + "', InDomain)"
            + (relation == SameDomain ? string.Empty : "; parent and child domains trust each other automatically")
            + ". Put the host cluster and the VMM server in two domains without a trust relationship.";
        yield return Report(vmmSetting.Source, message, domainSetting.Source, exposure.At);
    }

    /// <summary>How the VMM server's domain relates to the host cluster's, or null when they are unrelated.</summary>
    /// <param name="domain">The host cluster's domain.</param>
    /// <param name="vmmDomain">The VMM server's domain.</param>
    /// <returns>Words that complete "the VMM server's domain 'x' ... the host cluster joins", or null.</returns>
    private static string? Relation(string domain, string vmmDomain)
    {
        var vmmInside = DnsName.IsSameOrSubdomain(vmmDomain, domain);
        var domainInside = DnsName.IsSameOrSubdomain(domain, vmmDomain);
        return (vmmInside, domainInside) switch
        {
            (true, true) => SameDomain,
            (true, false) => "is a child of the domain",
            (false, true) => "is the parent of the domain",
            _ => null,
        };
    }

    /// <summary>The first sign that the gateway faces untrusted networks: a VPN tenant, else an Internet-routable External subnet.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>A description and place, or null when the gateway does not face untrusted networks.</returns>
    private static (string Reason, SourceRef At)? FindUntrustedExposure(GatewaySpec spec)
    {
        foreach (var (vmNetwork, connectivity) in spec.Connectivity())
        {
            if (connectivity.Kind == ConnectivityKind.SiteToSiteVpn)
            {
                var name = vmNetwork.Name.KnownValue();
                return (name is null ? "a VM network uses site-to-site VPN" : "VM network '" + name + "' uses site-to-site VPN", SourceRef.Call(connectivity.StepId));
            }
        }

        foreach (var network in spec.Networks(NetworkRole.External))
        {
            foreach (var site in network.Sites)
            {
                foreach (var subnet in site.Subnets)
                {
                    if (subnet.Cidr.KnownValue() is { } cidr
                        && IpSubnet.TryParse(cidr, out var parsed, out _)
                        && InternetRoutability.IsInternetRoutable(parsed, out _))
                    {
                        return ("the External subnet '" + cidr + "' is Internet-routable", subnet.Cidr.Source);
                    }
                }
            }
        }

        return null;
    }
}
