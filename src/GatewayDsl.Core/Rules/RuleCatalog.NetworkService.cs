using System.Collections.Generic;
using GatewayDsl.Core.Rules.NetworkService;

namespace GatewayDsl.Core.Rules;

internal static partial class RuleCatalog
{
    private static IEnumerable<GatewayRule> NetworkServiceRules() => new GatewayRule[]
    {
        new DirectRoutingNeedsFrontEndAddressRule(),
        new MaxVmNetworksOutOfRangeRule(),
        new ConnectionStringValueUnsafeRule(),
        new InvalidServerAddressRule(),
        new FrontEndAddressOutsideSubnetRule(),
        new VpnServerAddressWithoutVpnRule(),
        new NetworkServiceHostGroupsIncompleteRule(),
        new NetworkServiceConnectionInvalidRule(),
        new NetworkServiceRunAsNotDomainJoinRule(),
    };
}
