using System.Collections.Generic;

namespace GatewayDsl.Core.Rules;

internal static partial class RuleCatalog
{
    private static IEnumerable<GatewayRule> NetworkingRules() => new GatewayRule[]
    {
        new Networking.InvalidAddressSyntaxRule(),
        new Networking.PoolAddressOutsideSubnetRule(),
        new Networking.OverlappingSubnetsRule(),
        new Networking.VlanIdOutOfRangeRule(),
        new Networking.FrontEndNotInternetRoutableRule(),
        new Networking.LogicalSwitchMissingNetworkSitesRule(),
    };
}
