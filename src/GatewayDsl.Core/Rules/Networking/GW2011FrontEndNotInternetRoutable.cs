using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2011: the front end is not Internet-routable: a subnet of the External (front-end) logical network, or
/// <c>FrontEndServerAddress</c> / <c>VPNServerAddress</c>, falls in a special-purpose block (private, CGNAT,
/// documentation, multicast...; vmm-reference.md §d). Tenants' VPN devices reach the gateway over the Internet, so for
/// site-to-site VPN the procedure requires an Internet-routable front end (prerequisite 2, step 21; R28).
/// </summary>
/// <remarks>
/// The severity follows the catalog: an error when any VM network uses site-to-site VPN, a warning otherwise (a
/// private front end can be intended, e.g. a forwarding gateway into a corporate network). Unparsable values are
/// GW2007's and GW1004's and are skipped. The test itself is <see cref="InternetRoutability"/>, shared with the
/// other rules; this rule only chooses what to test and how severe a finding is.
/// </remarks>
internal sealed class FrontEndNotInternetRoutableRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2011",
        "front-end-not-internet-routable",
        "The front end must be Internet-routable for site-to-site VPN",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R28; prerequisite 2; procedure step 21; vmm-reference.md section d");

    /// <summary>Creates the rule.</summary>
    public FrontEndNotInternetRoutableRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        var context = Context.Of(spec);

        foreach (var network in spec.Networks(NetworkRole.External))
        {
            foreach (var site in network.Sites)
            {
                foreach (var subnet in site.Subnets)
                {
                    if (subnet.Cidr.IsKnown
                        && IpSubnet.TryParse(subnet.Cidr.Value, out var parsed, out _)
                        && !InternetRoutability.IsInternetRoutable(parsed, out var reason))
                    {
                        // The reason names the most specific block containing the subnet, or else one it overlaps.
                        var relation = InternetRoutability.NonRoutableRanges.Any(r => r.Subnet.Contains(parsed)) ? "lies in" : "overlaps";
                        yield return Report(
                            context.Severity,
                            subnet.Cidr.Source,
                            $"The External (front-end) subnet '{subnet.Cidr.Value}' of network site {RuleText.QuotedName(site.Name)} is not Internet-routable: it {relation} {reason}. {context.Advice}",
                            context.Also);
                    }
                }
            }
        }

        foreach (var (setting, key) in new[] { (spec.FrontEndServerAddress, "FrontEndServerAddress"), (spec.VpnServerAddress, "VPNServerAddress") })
        {
            if (setting is { IsKnown: true }
                && IpAddress.TryParse(setting.Value, out var address)
                && !InternetRoutability.IsInternetRoutable(address, out var reason))
            {
                yield return Report(
                    context.Severity,
                    setting.Source,
                    $"{key} '{setting.Value}' is not Internet-routable: it lies in {reason}. {context.Advice}",
                    context.Also);
            }
        }
    }

    /// <summary>What decides the severity, and the advice that goes with it.</summary>
    /// <param name="Severity">Error with VPN, warning without.</param>
    /// <param name="Advice">The sentence that ends each message.</param>
    /// <param name="Also">The first VPN connection, as an additional location; empty without VPN.</param>
    private sealed record Context(RuleSeverity Severity, string Advice, SourceRef[] Also)
    {
        /// <summary>Looks for the first VM network that uses site-to-site VPN.</summary>
        public static Context Of(GatewaySpec spec)
        {
            foreach (var (vmNetwork, connectivity) in spec.Connectivity())
            {
                if (connectivity.Kind == ConnectivityKind.SiteToSiteVpn)
                {
                    var name = vmNetwork.Name.KnownValue() is { } known ? "'" + known + "'" : "(unnamed)";
                    return new Context(
                        RuleSeverity.Error,
                        $"VM network {name} uses site-to-site VPN, so the front end must be reachable from the Internet: "
                        + "use an Internet-routable (public) address space for the External network and the gateway's front-end addresses.",
                        new[] { SourceRef.Call(connectivity.StepId) });
                }
            }

            return new Context(
                RuleSeverity.Warning,
                "No VM network uses site-to-site VPN, so this is a warning; if tenants or the Internet must reach the gateway, "
                + "use an Internet-routable (public) address space for the External network and the gateway's front-end addresses.",
                new SourceRef[0]);
        }
    }
}
