using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2006: <c>VMClusterStaticIPAddress</c> is set although the Infrastructure network uses DHCP.
/// </summary>
/// <remarks>
/// With DHCP on the management network there is no pool to reserve the gateway's address in, and the procedure says to
/// leave the template setting empty (R26; procedure prerequisite 6). The finding points at the <c>address</c> argument
/// and adds the <c>UsesDhcp</c> call(s). An empty or null value is what the procedure asks for and is not reported; an
/// unknown or unparsable value is left to GW0001 / GW2007 (the fix, removing the call, is the same either way).
/// </remarks>
internal sealed class NoClusterAddressWithDhcpRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2006",
        "no-cluster-address-with-dhcp",
        "VMClusterStaticIPAddress must be empty when the Infrastructure network uses DHCP",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R26; procedure prerequisite 6");

    /// <summary>Creates the rule.</summary>
    public NoClusterAddressWithDhcpRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        var address = spec.ServiceTemplate?.VmClusterStaticIpAddress;
        if (address is not { IsKnown: true } || !IpAddress.TryParse(address.Value, out _) || !spec.InfrastructureUsesDhcp())
        {
            yield break;
        }

        var dhcpCalls = spec.Networks(NetworkRole.Infrastructure)
            .SelectMany(n => n.Sites)
            .Where(s => s.UsesDhcp is not null)
            .Select(s => s.UsesDhcp!.Source)
            .ToArray();
        yield return Report(
            address.Source,
            $"VMClusterStaticIPAddress is set to '{address.Value}', but the Infrastructure network uses DHCP, so the template setting must stay empty. "
            + "Remove VmClusterStaticIpAddress(...), or give the Infrastructure site a static pool that reserves this address instead of UsesDhcp().",
            dhcpCalls);
    }
}
