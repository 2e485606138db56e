using System.Collections.Generic;
using GatewayDsl.Core.Rules.Usage;

namespace GatewayDsl.Core.Rules;

internal static partial class RuleCatalog
{
    private static IEnumerable<GatewayRule> UsageSpecRules() => new GatewayRule[]
    {
        new RequiredPartMissingRule(),
    };
}
