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
    };
}
