using System;
using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Identity;

/// <summary>
/// GW3006: the two Run As accounts the service template needs are missing, empty, or the same account. The domain-join
/// account (template setting <c>DomainUserRAA</c>, also the network service's credentials) may join computers to the
/// domain and is how VMM manages the gateway (R40); the second, administrator account is added to the gateway VMs'
/// local Administrators so that administrative access stays available whatever happens to the first (R42). One account
/// for both roles defeats that purpose.
/// </summary>
/// <remarks>
/// <para>
/// A missing call is reported on the root call (<c>Gateway.Named</c>), one violation per missing account, naming the
/// method to add. A call with a <c>null</c>, empty or blank name counts as missing but is reported on its argument.
/// Unknown values (GW0001) are skipped.
/// </para>
/// <para>
/// The names are compared ignoring case (ordinal), as VMM compares object names; white space is not trimmed, because
/// VMM would treat "Gateway Admin " as a different Run As account name.
/// </para>
/// </remarks>
internal sealed class RunAsAccountsMissingOrSameRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW3006",
        "run-as-accounts-missing-or-same",
        "Two different Run As accounts are required: domain join and administrator",
        RuleSeverity.Error,
        RuleCategory.Identity,
        "R40, R42; procedure prerequisite 6, step 15");

    private const string DomainJoinMethod = "DomainJoinAccount";
    private const string AdministratorMethod = "AdministratorAccount";
    private const string DomainJoinRole = "the domain-join Run As account (template setting DomainUserRAA), whose domain account may join computers to the domain";
    private const string AdministratorRole = "the administrator Run As account, a second domain user added to the gateway VMs' local Administrators";

    /// <summary>Creates the rule.</summary>
    public RunAsAccountsMissingOrSameRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        var domainJoinMissing = CheckPresent(spec, spec.DomainJoinAccount, DomainJoinMethod, DomainJoinRole, "Gateway Domain Join");
        if (domainJoinMissing is not null)
        {
            yield return domainJoinMissing;
        }

        var administratorMissing = CheckPresent(spec, spec.AdministratorAccount, AdministratorMethod, AdministratorRole, "Gateway Admin");
        if (administratorMissing is not null)
        {
            yield return administratorMissing;
        }

        if (spec.DomainJoinAccount is { IsKnown: true, Value: { } domainJoin } domainJoinSetting
            && spec.AdministratorAccount is { IsKnown: true, Value: { } administrator } administratorSetting
            && !string.IsNullOrWhiteSpace(domainJoin)
            && string.Equals(domainJoin, administrator, StringComparison.OrdinalIgnoreCase))
        {
            var message = "The administrator Run As account '" + administrator + "' is the same account as the domain-join account '" + domainJoin
                + "' (DomainJoinAccount). The gateway VMs need a second domain user in their local Administrators so that admin access does not "
                + "depend on the account VMM manages them with. Create a Run As account from another domain user and name it here instead.";
            yield return Report(administratorSetting.Source, message, domainJoinSetting.Source);
        }
    }

    /// <summary>Reports an account that is missing, or given as <c>null</c>, empty or blank; null when it is present or unknown.</summary>
    /// <param name="spec">The spec (for the root call).</param>
    /// <param name="account">The account setting, or null when its method was never called.</param>
    /// <param name="method">The builder method that sets it.</param>
    /// <param name="role">What the account is for, for the message.</param>
    /// <param name="example">An example Run As account name.</param>
    /// <returns>The violation, or null.</returns>
    private Violation? CheckPresent(GatewaySpec spec, Setting<string?>? account, string method, string role, string example)
    {
        if (account is null)
        {
            return Report(
                new SourceRef(spec.RootStepId),
                "The definition has no " + method + "(...): the service template needs " + role + ". Add " + method + "(\"" + example + "\") naming that VMM Run As account.");
        }

        if (account.IsKnown && string.IsNullOrWhiteSpace(account.Value))
        {
            return Report(
                account.Source,
                method + " names no account ('" + (account.Value ?? string.Empty) + "'): the service template needs " + role + ". Name that VMM Run As account, e.g. '" + example + "'.");
        }

        return null;
    }
}
