using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.Networking;

namespace GatewayDsl.Core.Rules.NetworkService;

/// <summary>
/// GW1001: a forwarding gateway (<c>DirectRoutingMode=True</c>) needs <c>FrontEndServerAddress=</c>, the gateway's
/// address on the external network that external routers point at (procedure step 16, R6).
/// </summary>
/// <remarks>
/// Only a missing <c>FrontEndServerAddress(...)</c> call is reported here. A call with a null, empty or malformed
/// address is GW1004's finding (the value is not a valid IP address), so one mistake gives one diagnostic.
/// </remarks>
internal sealed class DirectRoutingNeedsFrontEndAddressRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW1001",
        "direct-routing-needs-front-end-address",
        "A forwarding gateway needs a FrontEndServerAddress",
        RuleSeverity.Error,
        RuleCategory.NetworkService,
        "R6; procedure step 16");

    /// <summary>Creates the rule.</summary>
    public DirectRoutingNeedsFrontEndAddressRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        // IsForwarding is false when DirectRoutingMode is unknown: GW0001 has spoken, and a guess would mislead.
        if (spec.IsForwarding && spec.FrontEndServerAddress is null && spec.DirectRoutingMode is { } mode)
        {
            var finding = Report(
                SourceRef.Call(mode.StepId),
                "The gateway is a forwarding gateway (DirectRoutingMode=True) but has no FrontEndServerAddress. "
                + "Add FrontEndServerAddress(...) with the gateway's IP address on the external network, which external routers point at "
                + "(an address inside the front-end site's subnet), or remove DirectRoutingMode() to make a non-forwarding gateway.");
            yield return WithFixProperty(finding, FixProperties.FrontEndAddress, ProposeAddress(spec)?.ToString());
        }
    }

    /// <summary>
    /// An address for the code fix to propose: the first free address (not reserved, not a VIP, not the gateway) of a
    /// static pool of the front-end site, or of any External site when the network service names none. Null if none.
    /// </summary>
    private static IpAddress? ProposeAddress(GatewaySpec spec)
    {
        var named = spec.FindSite(spec.NetworkService?.FrontEndSite.KnownValue());
        var sites = named is { Network.Role: NetworkRole.External } frontEnd
            ? new[] { frontEnd.Site }
            : spec.Networks(NetworkRole.External).SelectMany(n => n.Sites);
        return sites
            .SelectMany(s => s.Pools)
            .Select(p => new PoolFacts(p).FirstFreeAddress())
            .FirstOrDefault(a => a is not null);
    }
}
