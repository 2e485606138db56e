using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Deployment;

/// <summary>
/// GW4006: the Data Exchange integration service must stay enabled on the gateway VMs. Other integration services may
/// be disabled, but the gateway requires Data Exchange (procedure step 8, R57).
/// </summary>
internal sealed class DataExchangeMustStayEnabledRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW4006",
        "data-exchange-must-stay-enabled",
        "The Data Exchange integration service must not be disabled",
        RuleSeverity.Error,
        RuleCategory.Deployment,
        "R57; procedure step 8");

    /// <summary>The member name of <c>GatewayIntegrationService.DataExchange</c>, as the builder and parser record it.</summary>
    private const string DataExchange = "DataExchange";

    /// <summary>Creates the rule.</summary>
    public DataExchangeMustStayEnabledRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.ServiceTemplate is not { } template)
        {
            yield break;
        }

        // Each call is its own mistake, so each is reported (in call order).
        foreach (var service in template.DisabledIntegrationServices)
        {
            if (service is { IsKnown: true, Value: DataExchange })
            {
                yield return Report(
                    service.Source,
                    "Integration service 'DataExchange' must not be disabled: the Windows Server Gateway requires Data Exchange on its VMs. "
                    + "Remove DisableIntegrationService(GatewayIntegrationService.DataExchange); other integration services may be disabled.");
            }
        }
    }
}
