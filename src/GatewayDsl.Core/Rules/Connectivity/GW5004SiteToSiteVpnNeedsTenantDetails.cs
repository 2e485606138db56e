using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Connectivity;

/// <summary>
/// GW5004: a site-to-site VPN needs the items the tenant provides: the remote VPN endpoint, the remote subnets (unless
/// BGP peers exchange routes), and one authentication method, a pre-shared key or a certificate (R15, from the VMM
/// gateway prerequisites). <c>Add-SCVPNConnection</c> takes a single <c>-AuthenticationMethod</c> (<c>PSKOnly</c> or
/// <c>MachineCertificates</c>), so giving both is contradictory.
/// </summary>
internal sealed class SiteToSiteVpnNeedsTenantDetailsRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW5004",
        "site-to-site-vpn-needs-tenant-details",
        "A site-to-site VPN needs its remote endpoint, remote subnets and one authentication method",
        RuleSeverity.Error,
        RuleCategory.Connectivity,
        "R15; Prerequisites for gateways in VMM");

    /// <summary>Creates the rule.</summary>
    public SiteToSiteVpnNeedsTenantDetailsRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        foreach (var (network, connectivity) in spec.Connectivity())
        {
            if (connectivity.Vpn is not { } vpn)
            {
                continue;
            }

            var of = network.Name is { IsKnown: true, Value: { Length: > 0 } name } ? $"The site-to-site VPN of VM network '{name}'" : "A site-to-site VPN";

            // An endpoint that does not parse is GW2007's finding; here only one that names nothing.
            if (RuleText.IsBlank(vpn.RemoteEndpoint))
            {
                yield return Report(
                    vpn.RemoteEndpoint.Source,
                    $"{of} has an empty remote endpoint. Give the IP address of the tenant's VPN server, e.g. SiteToSiteVpn(\"157.56.20.10\", ...).");
            }

            // Any RemoteSubnets item counts as given (a bad one is GW2007's); BGP peers announce the routes instead.
            if (vpn.RemoteSubnets.Count == 0 && !(vpn.Bgp is { Peers.Count: > 0 }))
            {
                yield return Report(
                    SourceRef.Call(vpn.StepId),
                    $"{of} names no remote subnets and no BGP peers, so the gateway does not know which tenant networks lie behind the tunnel. "
                    + "Add the tenant's on-premises subnets with RemoteSubnets(\"172.16.1.0/24\"), or BGP peers with Bgp(65010, b => b.Peer(\"172.16.1.1\", 65020)).");
            }

            foreach (var violation in CheckAuthentication(vpn, of))
            {
                yield return violation;
            }
        }
    }

    /// <summary>
    /// Exactly one authentication method: none is a finding on the VPN call; both is a finding on the later of the two
    /// calls; one that names nothing is a finding on its argument.
    /// </summary>
    private IEnumerable<Violation> CheckAuthentication(VpnSpec vpn, string of)
    {
        var psk = vpn.PreSharedKeyAccount;
        var certificate = vpn.Certificate;
        if (psk is null && certificate is null)
        {
            yield return Report(
                SourceRef.Call(vpn.StepId),
                $"{of} has no authentication. Add PreSharedKey(\"<Run As account>\") with the Run As account that holds the tenant's pre-shared key, "
                + "or Certificate(\"<subject or thumbprint>\") for machine-certificate authentication.");
        }
        else if (psk is not null && certificate is not null)
        {
            // Point at whichever of the two was written last, naming the other: that is the call most likely added by mistake.
            var (later, earlier) = psk.StepId > certificate.StepId ? (psk, certificate) : (certificate, psk);
            yield return Report(
                SourceRef.Call(later.StepId),
                $"{of} gives both a pre-shared key and a certificate, but a VPN connection uses one authentication method (PSKOnly or MachineCertificates). "
                + "Remove PreSharedKey(...) or Certificate(...).",
                SourceRef.Call(earlier.StepId));
        }
        else if (psk is not null && RuleText.IsBlank(psk))
        {
            yield return Report(
                psk.Source,
                $"{of} uses a pre-shared key but names no Run As account for it. Give the Run As account whose password is the key, e.g. PreSharedKey(\"Tenant-A PSK\").");
        }
        else if (certificate is not null && RuleText.IsBlank(certificate))
        {
            yield return Report(
                certificate.Source,
                $"{of} uses a certificate but names none. Give the machine certificate's subject or thumbprint, e.g. Certificate(\"CN=gateway.contoso.com\").");
        }
    }
}
