using System.Collections.Generic;
using GatewayDsl.Core.Rules.Deployment;

namespace GatewayDsl.Core.Rules;

internal static partial class RuleCatalog
{
    // GW4007 (no VLAN on gateway VM adapters) has no rule: the API cannot express it (docs/rules/GW4007-no-vlan-on-gateway-adapters.md).
    private static IEnumerable<GatewayRule> DeploymentRules() => new GatewayRule[]
    {
        new HostClusterNeedsTwoNodesRule(),
        new ServiceTemplateMatchesNetworkAdaptersRule(),
        new LibraryDisksNeedValidVhdFilesRule(),
        new HostClusterNeedsScaleOutFileShareRule(),
        new TemplateNeedsProductKeyOrEvaluationRule(),
        new DataExchangeMustStayEnabledRule(),
    };
}
