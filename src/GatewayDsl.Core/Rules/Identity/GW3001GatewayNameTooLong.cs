using System.Collections.Generic;
using System.Globalization;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Naming;

namespace GatewayDsl.Core.Rules.Identity;

/// <summary>
/// GW3001: the gateway name (<c>Gateway.Named</c>) is longer than 15 characters. The name becomes the computer name of
/// the gateway VMs, and a NetBIOS name keeps its 16th byte for the service type, so Windows refuses longer names; the
/// deployment would only fail late, when the guest cluster is set up (R52, procedure prerequisite 6).
/// </summary>
/// <remarks>
/// Length is counted in UTF-16 characters (<see cref="string.Length"/>), which is what the user sees for every
/// character outside the supplementary planes. A non-ASCII character may take more than one byte in the NetBIOS (OEM)
/// encoding, so such a name can be too long even at 15 characters; GW3003 already warns about non-ASCII names, and
/// this rule does not guess a code page. The other NetBIOS rules (characters, reserved words) are GW3002's job: the
/// two are independent, so one name may get both.
/// </remarks>
internal sealed class GatewayNameTooLongRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW3001",
        "gateway-name-too-long",
        "The gateway name must have at most 15 characters (NetBIOS)",
        RuleSeverity.Error,
        RuleCategory.Identity,
        "R52, vmm-reference c.1; procedure prerequisite 6");

    /// <summary>Creates the rule.</summary>
    public GatewayNameTooLongRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        // A missing Named call is GW0004's, an unknown name GW0001's; null is short, so it never reaches the length check.
        if (spec.Name is not { IsKnown: true, Value: { } name } setting || NetBiosName.FindLengthReason(name) is null)
        {
            yield break;
        }

        var message = "Gateway name '" + name + "' has " + name.Length.ToString(CultureInfo.InvariantCulture)
            + " characters; NetBIOS names allow at most " + NetBiosName.MaxLength.ToString(CultureInfo.InvariantCulture)
            + ". Shorten it" + Example(name) + ".";
        yield return Report(setting.Source, message);
    }

    /// <summary>
    /// A suggestion made of the first 15 characters, without a trailing '-', '.' or white space (which would make it
    /// invalid for DNS or NetBIOS) and without a split surrogate pair; empty when nothing sensible is left.
    /// </summary>
    /// <param name="name">The too-long name.</param>
    /// <returns>", e.g. 'CONTOSO-EDGE-GW'" or an empty string.</returns>
    private static string Example(string name)
    {
        var length = NetBiosName.MaxLength;
        if (char.IsHighSurrogate(name[length - 1]))
        {
            length--;
        }

        var shortened = name.Substring(0, length).TrimEnd('-', '.', ' ', '\t');
        return shortened.Length == 0 || NetBiosName.FindInvalidReason(shortened) is not null
            ? string.Empty
            : ", e.g. '" + shortened + "'";
    }
}
