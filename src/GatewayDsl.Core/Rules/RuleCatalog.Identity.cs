using System.Collections.Generic;

namespace GatewayDsl.Core.Rules;

internal static partial class RuleCatalog
{
    private static IEnumerable<GatewayRule> IdentityRules() => new GatewayRule[]
    {
    };
}
