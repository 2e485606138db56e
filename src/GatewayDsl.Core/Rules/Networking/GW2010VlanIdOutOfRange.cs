using System.Collections.Generic;
using System.Globalization;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2010: a network-site subnet's VLAN ID lies outside 0..4094. IEEE 802.1Q VLAN IDs are 12 bits, with 4095
/// reserved; <c>New-SCSubnetVLan -VLanID</c> takes 1 to 4094 for a tagged VLAN (R31).
/// </summary>
/// <remarks>
/// The cmdlet help names 1-4094, but VMM itself and the scripts it generates use <c>-VLanID 0</c> for untagged
/// traffic, and 0 is the builder's default; so 0 is accepted.
/// </remarks>
internal sealed class VlanIdOutOfRangeRule : GatewayRule
{
    /// <summary>The lowest accepted VLAN ID: 0, untagged.</summary>
    public const long MinimumVlanId = 0;

    /// <summary>The highest VLAN ID (4095 is reserved by IEEE 802.1Q).</summary>
    public const long MaximumVlanId = 4094;

    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2010",
        "vlan-id-out-of-range",
        "A VLAN ID must be from 0 (untagged) to 4094",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R31");

    /// <summary>Creates the rule.</summary>
    public VlanIdOutOfRangeRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        foreach (var (_, site) in spec.Sites())
        {
            foreach (var subnet in site.Subnets)
            {
                if (subnet.Vlan.TryGet(out var vlan) && (vlan < MinimumVlanId || vlan > MaximumVlanId))
                {
                    var cidr = subnet.Cidr.KnownValue() is { } text ? $" of subnet '{text}'" : string.Empty;
                    yield return Report(
                        subnet.Vlan.Source,
                        $"VLAN ID '{vlan.ToString(CultureInfo.InvariantCulture)}'{cidr} in network site {RuleText.QuotedName(site.Name)} is outside 0..4094. "
                        + "Use a VLAN ID from 1 to 4094 for a tagged VLAN, or 0 for untagged traffic.");
                }
            }
        }
    }
}
