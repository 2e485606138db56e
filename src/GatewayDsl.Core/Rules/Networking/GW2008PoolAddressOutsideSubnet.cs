using System.Collections.Generic;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2008: a static pool's range start or end, default gateway, reserved or VIP addresses lie outside the pool's
/// subnet, the range starts after it ends, or the pool has no subnet at all. <c>New-SCStaticIPAddressPool</c> takes a
/// mandatory <c>-Subnet</c> and hands out addresses from inside it, so VMM refuses such a pool (R32).
/// </summary>
/// <remarks>
/// The pool's subnet is the site's subnet declared last before the pool (<see cref="StaticPoolSpec.SubnetCidr"/>).
/// Values that do not parse are GW2007's, and a subnet that does not parse makes the whole pool unknowable here, so
/// both are skipped. The range order is only judged when both ends lie inside the subnet: an end outside the subnet
/// is already reported and must be moved anyway.
/// </remarks>
internal sealed class PoolAddressOutsideSubnetRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2008",
        "pool-address-outside-subnet",
        "A static pool's addresses must lie inside its subnet, and its range must not start after it ends",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R32");

    /// <summary>Creates the rule.</summary>
    public PoolAddressOutsideSubnetRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        foreach (var (_, site) in spec.Sites())
        {
            foreach (var pool in site.Pools)
            {
                var poolName = "static pool " + RuleText.QuotedName(pool.Name) + " in network site " + RuleText.QuotedName(site.Name);
                if (pool.SubnetCidr is null)
                {
                    yield return NoSubnet(site, pool, poolName);
                    continue;
                }

                if (!pool.SubnetCidr.IsKnown || !IpSubnet.TryParse(pool.SubnetCidr.Value, out var subnet, out _))
                {
                    continue;
                }

                var cidrAt = pool.SubnetCidr.Source;
                var startInside = false;
                var endInside = false;
                if (TryAddress(pool.RangeStart, out var start))
                {
                    startInside = subnet.Contains(start);
                    if (!startInside)
                    {
                        yield return Outside(pool.RangeStart, "Range start", poolName, start.Family, subnet, cidrAt);
                    }
                }

                if (TryAddress(pool.RangeEnd, out var end))
                {
                    endInside = subnet.Contains(end);
                    if (!endInside)
                    {
                        yield return Outside(pool.RangeEnd, "Range end", poolName, end.Family, subnet, cidrAt);
                    }
                }

                if (startInside && endInside && start > end)
                {
                    yield return Report(
                        pool.RangeStart.Source,
                        $"The range of {poolName} starts at '{pool.RangeStart.Value}', after its end '{pool.RangeEnd.Value}'. "
                        + $"Swap them: StaticPool(\"{pool.RangeEnd.Value}\", \"{pool.RangeStart.Value}\", ...).",
                        pool.RangeEnd.Source);
                }

                if (TryAddress(pool.Gateway, out var gateway) && !subnet.Contains(gateway))
                {
                    yield return Outside(pool.Gateway, "Default gateway", poolName, gateway.Family, subnet, cidrAt);
                }

                foreach (var violation in RangesOutside(pool.Reserved, "Reserved address", poolName, subnet, cidrAt))
                {
                    yield return violation;
                }

                foreach (var violation in RangesOutside(pool.Vips, "VIP address", poolName, subnet, cidrAt))
                {
                    yield return violation;
                }
            }
        }
    }

    /// <summary>The items of <c>Reserve</c> or <c>Vips</c> that do not lie wholly inside the subnet.</summary>
    private IEnumerable<Violation> RangesOutside(IEnumerable<Setting<string?>> items, string noun, string poolName, IpSubnet subnet, SourceRef cidrAt)
    {
        foreach (var item in items)
        {
            if (item.IsKnown && item.Value is { } text && text.IndexOf(',') < 0 && IpRange.TryParse(text, out var range, out _) && !range.IsInside(subnet))
            {
                var what = range.Start == range.End ? noun : noun.Replace("address", "range");
                yield return Outside(item, what, poolName, range.Family, subnet, cidrAt);
            }
        }
    }

    /// <summary>A value outside the pool's subnet, naming the subnet's first and last address as the allowed span.</summary>
    private Violation Outside(Setting<string?> value, string noun, string poolName, IpFamily family, IpSubnet subnet, SourceRef cidrAt)
    {
        var where = family != subnet.Family
            ? $"is an {FamilyName(family)} value, but the pool's subnet '{subnet}' is {FamilyName(subnet.Family)}"
            : $"is outside the pool's subnet '{subnet}' ({subnet.First}-{subnet.Last})";
        return Report(
            value.Source,
            $"{noun} '{value.Value}' of {poolName} {where}. Use addresses from {subnet.First} to {subnet.Last}, or correct the subnet.",
            cidrAt);
    }

    /// <summary>A pool declared before any subnet of its site: it belongs to no subnet.</summary>
    private Violation NoSubnet(NetworkSiteSpec site, StaticPoolSpec pool, string poolName)
    {
        // A subnet declared later in the same site is most likely the one meant: point at it and say "move it".
        foreach (var subnet in site.Subnets)
        {
            if (subnet.StepId > pool.StepId)
            {
                return Report(
                    SourceRef.Call(pool.StepId),
                    $"The {poolName} has no subnet: no Subnet(...) call comes before it in its site, and VMM needs the pool's subnet (-Subnet). "
                    + $"Move Subnet({Quote(subnet.Cidr)}) before StaticPool(...).",
                    subnet.Cidr.Source);
            }
        }

        var example = TryAddress(pool.RangeStart, out var start)
            ? IpSubnet.Containing(start, start.Family == IpFamily.IPv4 ? 24 : 64).ToString()
            : "192.168.10.0/24";
        return Report(
            SourceRef.Call(pool.StepId),
            $"The {poolName} has no subnet: no Subnet(...) call comes before it in its site, and VMM needs the pool's subnet (-Subnet). "
            + $"Declare the subnet first, e.g. s.Subnet(\"{example}\").StaticPool(...).");
    }

    /// <summary>Parses a known address; false for unknown, null or unparsable values (GW0001/GW2007 report those).</summary>
    private static bool TryAddress(Setting<string?> setting, out IpAddress address)
    {
        address = default;
        return setting.IsKnown && IpAddress.TryParse(setting.Value, out address);
    }

    /// <summary>"IPv4" or "IPv6".</summary>
    private static string FamilyName(IpFamily family) => family == IpFamily.IPv4 ? "IPv4" : "IPv6";

    /// <summary>A value for a message: quoted, or <c>null</c>.</summary>
    private static string Quote(Setting<string?> value) => value.KnownValue() is { } text ? "\"" + text + "\"" : "...";
}
