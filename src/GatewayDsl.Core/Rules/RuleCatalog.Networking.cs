using System.Collections.Generic;

namespace GatewayDsl.Core.Rules;

internal static partial class RuleCatalog
{
    private static IEnumerable<GatewayRule> NetworkingRules() => new GatewayRule[]
    {
        new Networking.ThreeLogicalNetworkRolesRule(),
        new Networking.NetworkVirtualizationOnlyOnBackEndRule(),
        new Networking.SiteNeedsStaticPoolRule(),
        new Networking.InfrastructureMetricAboveExternalRule(),
        new Networking.ClusterAddressReservedInInfrastructurePoolRule(),
        new Networking.NoClusterAddressWithDhcpRule(),
        new Networking.InvalidAddressSyntaxRule(),
        new Networking.PoolAddressOutsideSubnetRule(),
        new Networking.OverlappingSubnetsRule(),
        new Networking.VlanIdOutOfRangeRule(),
        new Networking.FrontEndNotInternetRoutableRule(),
        new Networking.LogicalSwitchMissingNetworkSitesRule(),
    };
}
