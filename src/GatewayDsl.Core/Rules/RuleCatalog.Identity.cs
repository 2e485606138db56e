using System.Collections.Generic;
using GatewayDsl.Core.Rules.Identity;

namespace GatewayDsl.Core.Rules;

internal static partial class RuleCatalog
{
    private static IEnumerable<GatewayRule> IdentityRules() => new GatewayRule[]
    {
        new GatewayNameTooLongRule(),
        new GatewayNameNotValidNetBiosRule(),
        new GatewayNameNotDnsCompatibleRule(),
        new InvalidDnsNameRule(),
        new HostOutsideDomainRule(),
        new RunAsAccountsMissingOrSameRule(),
        new VmmServerInGatewayDomainRule(),
        new DomainNameSingleLabelOrTooLongRule(),
    };
}
