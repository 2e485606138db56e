using System.Collections.Generic;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Naming;

namespace GatewayDsl.Core.Rules.Identity;

/// <summary>
/// GW3002: the gateway name is not a valid NetBIOS computer name: empty or blank, a control character, one of
/// <c>\ / : * ? " &lt; &gt; |</c>, a leading period, all digits, or a reserved word such as <c>SYSTEM</c>
/// (R52, vmm-reference c.1). Windows refuses such a name for the gateway VMs, so the deployment fails when they are
/// set up.
/// </summary>
/// <remarks>
/// The checks themselves live in <see cref="NetBiosName.FindInvalidReason"/>; this rule only words the finding.
/// Length is GW3001's; DNS compatibility is GW3003's, which stays silent whenever this rule fires.
/// A <c>null</c> name passed by the user counts as empty.
/// </remarks>
internal sealed class GatewayNameNotValidNetBiosRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW3002",
        "gateway-name-not-valid-netbios",
        "The gateway name must be a valid NetBIOS computer name",
        RuleSeverity.Error,
        RuleCategory.Identity,
        "R52, vmm-reference c.1; procedure prerequisite 6");

    /// <summary>Creates the rule.</summary>
    public GatewayNameNotValidNetBiosRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.Name is not { IsKnown: true } setting || NetBiosName.FindInvalidReason(setting.Value) is not { } reason)
        {
            yield break;
        }

        var message = "Gateway name '" + (setting.Value ?? string.Empty) + "' is not a valid NetBIOS computer name. " + reason
            + " Choose a new name of 1 to 15 letters, digits and hyphens that is not all digits, e.g. 'CONTOSO-GW01'.";
        yield return Report(setting.Source, message);
    }
}
