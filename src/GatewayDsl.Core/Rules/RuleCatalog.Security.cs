using System.Collections.Generic;
using GatewayDsl.Core.Rules.Security;

namespace GatewayDsl.Core.Rules;

internal static partial class RuleCatalog
{
    private static IEnumerable<GatewayRule> SecurityRules() => new GatewayRule[]
    {
        new SecretLiteralInSourceRule(),
    };
}
