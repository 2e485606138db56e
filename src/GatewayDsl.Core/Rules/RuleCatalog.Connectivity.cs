using System.Collections.Generic;
using GatewayDsl.Core.Rules.Connectivity;

namespace GatewayDsl.Core.Rules;

internal static partial class RuleCatalog
{
    private static IEnumerable<GatewayRule> ConnectivityRules() => new GatewayRule[]
    {
        new ForwardingGatewayServesOneVmNetworkRule(),
        new ForwardingGatewayAllowsOnlyDirectRoutingRule(),
        new TooManyVmNetworksRule(),
        new SiteToSiteVpnNeedsTenantDetailsRule(),
        new BgpNeedsValidAsnAndPeersRule(),
        new DirectRoutingNeedsForwardingGatewayRule(),
    };
}
