using System.Collections.Generic;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Naming;

namespace GatewayDsl.Core.Rules.Identity;

/// <summary>
/// GW3003: the gateway name is a valid NetBIOS name but not a good DNS host name: a character other than A-Z, a-z,
/// 0-9 and '-' (including '_', '.', space and any non-ASCII letter), a leading or trailing '-', a single character,
/// or a name RFC 952 reserves (GATEWAY, GW, TAC). Windows uses the computer name as the DNS host name, so the gateway
/// VMs would register a name other machines may fail to resolve (vmm-reference c.1, KB 909264; a warning there).
/// </summary>
/// <remarks>
/// The checks live in <see cref="NetBiosName.FindDnsIncompatibility"/>. To give one diagnostic per problem, this rule
/// says nothing when the name is not a valid NetBIOS name at all (GW3002): many GW3002 causes (a forbidden character,
/// a leading period, an empty name) are also DNS problems, and GW3002's fix (letters, digits and hyphens) cures both.
/// The length limit is GW3001's and is independent of this rule.
/// </remarks>
internal sealed class GatewayNameNotDnsCompatibleRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW3003",
        "gateway-name-not-dns-compatible",
        "The gateway name should be DNS-compatible",
        RuleSeverity.Warning,
        RuleCategory.Identity,
        "vmm-reference c.1 (KB 909264 DNS host-name rules)");

    /// <summary>Creates the rule.</summary>
    public GatewayNameNotDnsCompatibleRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.Name is not { IsKnown: true } setting
            || NetBiosName.FindInvalidReason(setting.Value) is not null
            || NetBiosName.FindDnsIncompatibility(setting.Value) is not { } reason)
        {
            yield break;
        }

        var message = "Gateway name '" + setting.Value + "' is not DNS-compatible, and the gateway VMs use it as their DNS host name. "
            + reason + " Rename it with letters, digits and inner hyphens only, e.g. 'CONTOSO-GW01'.";
        yield return Report(setting.Source, message);
    }
}
