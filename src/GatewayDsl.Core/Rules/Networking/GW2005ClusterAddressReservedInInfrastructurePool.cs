using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2005: with a static Infrastructure pool, the service template's <c>VMClusterStaticIPAddress</c> is set, lies inside
/// an Infrastructure pool's range, and is one of that pool's reserved addresses.
/// </summary>
/// <remarks>
/// <para>
/// The gateway's guest cluster takes a fixed management address. The procedure reserves it in the Infrastructure
/// pool ("IP addresses to be reserved for other uses") so VMM never hands it to another VM, and gives the same
/// address to the template setting VMClusterStaticIPAddress (R25; procedure prerequisites 2 and 6).
/// </para>
/// <para>
/// Findings: a missing setting points at the <c>ServiceTemplate</c> call; an empty (or null) one, an address outside
/// every pool range, or one that is not reserved point at the <c>address</c> argument. Each adds the pool(s) as
/// additional locations, and the message proposes the fix (a reserved address to use, or the <c>Reserve</c> call to add).
/// Skipped: no service template or no Infrastructure pool (GW0004, GW2003, GW2006 cover those), an unknown or
/// unparsable address (GW0001, GW2007), and any judgement that rests on an unknown or unparsable pool range or
/// reserved entry (GW2007, GW2008), so one bad argument gives one diagnostic.
/// </para>
/// </remarks>
internal sealed class ClusterAddressReservedInInfrastructurePoolRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2005",
        "cluster-address-reserved-in-infrastructure-pool",
        "VMClusterStaticIPAddress must be an address reserved in the Infrastructure pool",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R25; procedure prerequisites 2 and 6");

    /// <summary>Creates the rule.</summary>
    public ClusterAddressReservedInInfrastructurePoolRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        var template = spec.ServiceTemplate;
        var pools = spec.Pools(NetworkRole.Infrastructure).Select(p => new PoolFacts(p)).ToArray();
        if (template is null || pools.Length == 0)
        {
            yield break;
        }

        var poolCalls = pools.Select(p => SourceRef.Call(p.Pool.StepId)).ToArray();
        var address = template.VmClusterStaticIpAddress;
        if (address is null)
        {
            yield return WithReservedAddress(
                Report(
                    SourceRef.Call(template.StepId),
                    "The Infrastructure network has a static IP pool, but the service template does not set VMClusterStaticIPAddress, "
                    + "the gateway's own address on the management network. " + HowToSet(pools),
                    poolCalls),
                pools);
            yield break;
        }

        if (!address.IsKnown)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(address.Value))
        {
            yield return WithReservedAddress(
                Report(
                    address.Source,
                    "VMClusterStaticIPAddress is empty, but the Infrastructure network has a static IP pool, so the gateway needs the address "
                    + "reserved for it there. " + HowToSet(pools),
                    poolCalls),
                pools);
            yield break;
        }

        if (!IpAddress.TryParse(address.Value, out var ip))
        {
            yield break;
        }

        var text = address.Value;
        var holding = pools.Where(p => p.Range is { } range && range.Contains(ip)).ToArray();
        if (holding.Length == 0)
        {
            // Only claim "outside" when every pool's range could be read; otherwise the address might be in the unreadable one.
            if (pools.Any(p => p.Range is null))
            {
                yield break;
            }

            var reservedAddress = FirstReservedAddress(pools);
            yield return WithReservedAddress(
                Report(
                    address.Source,
                    $"VMClusterStaticIPAddress '{text}' is outside {DescribeRanges(pools)}; the gateway's address must come from the Infrastructure pool. "
                    + (reservedAddress is { } use
                        ? $"Use the reserved address '{use}'."
                        : HowToSet(pools)),
                    poolCalls),
                pools);
            yield break;
        }

        if (holding.Any(p => p.Reserved is null || p.Reserved.Any(r => r.Contains(ip))))
        {
            // Reserved (or not provably unreserved because a reserved entry could not be read).
            yield break;
        }

        // The pool is the only additional location: the fix that reserves the address adds Reserve(...) to it.
        var pool = holding[0];
        var other = FirstReservedAddress(pools);
        var finding = Report(
            address.Source,
            $"VMClusterStaticIPAddress '{text}' lies in the range of the Infrastructure {SiteNeedsStaticPoolRule.DescribePool(pool.Pool)} "
            + "but is not one of its reserved addresses, so VMM may give it to another VM. "
            + $"Add Reserve(\"{text}\") to the pool" + (other is { } use2 ? $", or use the reserved address '{use2}'." : "."),
            SourceRef.Call(pool.Pool.StepId));
        yield return WithReservedAddress(WithFixProperty(finding, FixProperties.AddressToReserve, text), pools);
    }

    /// <summary>Gives the code fix the reserved address to switch to, when a pool has one.</summary>
    private static Violation WithReservedAddress(Violation violation, IReadOnlyList<PoolFacts> pools) =>
        WithFixProperty(violation, FixProperties.ReservedAddress, FirstReservedAddress(pools)?.ToString());

    /// <summary>How to fix a missing address: use a reserved one if the pool has one, else reserve one and use it.</summary>
    private static string HowToSet(IReadOnlyList<PoolFacts> pools)
    {
        if (FirstReservedAddress(pools) is { } reserved)
        {
            return $"Add VmClusterStaticIpAddress(\"{reserved}\") to the service template; '{reserved}' is reserved in the Infrastructure pool.";
        }

        // No reserved address yet: propose the last address of the first readable range, a common choice for fixed addresses.
        var first = pools.FirstOrDefault(p => p.Range is not null);
        return first?.Range is { } range
            ? $"Reserve an address inside the range '{range}' of the Infrastructure {SiteNeedsStaticPoolRule.DescribePool(first.Pool)}, "
              + $"e.g. Reserve(\"{range.End}\"), and set the same address with VmClusterStaticIpAddress(\"{range.End}\")."
            : "Reserve an address inside the Infrastructure pool's range with Reserve(...) and set the same address with VmClusterStaticIpAddress(...).";
    }

    /// <summary>The first reserved address that lies inside its own pool's range, or null.</summary>
    private static IpAddress? FirstReservedAddress(IEnumerable<PoolFacts> pools)
    {
        foreach (var pool in pools)
        {
            if (pool.Range is not { } range || pool.Reserved is null)
            {
                continue;
            }

            foreach (var reserved in pool.Reserved)
            {
                if (range.Contains(reserved.Start))
                {
                    return reserved.Start;
                }

                if (reserved.Contains(range.Start))
                {
                    return range.Start;
                }
            }
        }

        return null;
    }

    private static string DescribeRanges(IReadOnlyList<PoolFacts> pools) =>
        pools.Count == 1
            ? $"the range '{pools[0].Range}' of the Infrastructure {SiteNeedsStaticPoolRule.DescribePool(pools[0].Pool)}"
            : "every Infrastructure pool range (" + string.Join(", ", pools.Select(p => $"'{p.Range}' in {SiteNeedsStaticPoolRule.DescribePool(p.Pool)}")) + ")";
}
