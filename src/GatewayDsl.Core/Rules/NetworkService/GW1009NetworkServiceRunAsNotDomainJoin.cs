using System;
using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.NetworkService;

/// <summary>
/// GW1009: the network service's explicit Run As account is not the domain-join account (<c>DomainUserRAA</c>).
/// VMM manages the gateway through that account, which the service template adds to the gateway VMs' local
/// Administrators group, so the network service's credentials must be the same account (procedure step 15, R41).
/// </summary>
/// <remarks>
/// Leaving <c>RunAsAccount(...)</c> out is fine: the network service then uses the domain-join account. Names are
/// compared without case, as VMM compares Run As account names. A missing or empty domain-join account is GW3006's
/// finding; there is then nothing to compare with.
/// </remarks>
internal sealed class NetworkServiceRunAsNotDomainJoinRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW1009",
        "network-service-run-as-not-domain-join",
        "The network service's Run As account is not the domain-join account",
        RuleSeverity.Error,
        RuleCategory.NetworkService,
        "R40, R41; procedure step 15");

    /// <summary>Creates the rule.</summary>
    public NetworkServiceRunAsNotDomainJoinRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.NetworkService?.RunAsAccount is not { IsKnown: true } runAs
            || spec.DomainJoinAccount is not { IsKnown: true, Value: { Length: > 0 } domainJoin } domainJoinSetting)
        {
            yield break;
        }

        // A null account name is treated as empty: it is not the domain-join account either.
        var account = runAs.Value ?? string.Empty;
        if (!string.Equals(account, domainJoin, StringComparison.OrdinalIgnoreCase))
        {
            yield return Report(
                runAs.Source,
                $"The network service's Run As account '{account}' is not the domain-join account '{domainJoin}' (DomainUserRAA); "
                + "VMM manages the gateway through the domain-join account, so the network service must use it. "
                + $"Use RunAsAccount(\"{domainJoin}\"), or remove RunAsAccount(...) to use the domain-join account.",
                domainJoinSetting.Source);
        }
    }
}
