using System.Collections.Generic;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// What rules can read from one static pool's addresses: its range, reserved set and VIP set, each null when it cannot
/// be read (an unknown or unparsable value is another rule's finding, so judgements that rest on it are skipped).
/// </summary>
internal sealed class PoolFacts
{
    /// <summary>Reads the pool's addresses.</summary>
    /// <param name="pool">The pool.</param>
    public PoolFacts(StaticPoolSpec pool)
    {
        Pool = pool;
        if (IpAddress.TryParse(pool.RangeStart.KnownValue(), out var start)
            && IpAddress.TryParse(pool.RangeEnd.KnownValue(), out var end)
            && IpRange.TryCreate(start, end, out var range, out _))
        {
            Range = range;
        }

        Reserved = ReadSet(pool.Reserved);
        Vips = ReadSet(pool.Vips);
    }

    /// <summary>The pool.</summary>
    public StaticPoolSpec Pool { get; }

    /// <summary>The pool's address range, or null when a bound is unknown or does not parse, or start is after end.</summary>
    public IpRange? Range { get; }

    /// <summary>The reserved ranges, or null when an entry is unknown or does not parse.</summary>
    public IReadOnlyList<IpRange>? Reserved { get; }

    /// <summary>The VIP ranges, or null when an entry is unknown or does not parse.</summary>
    public IReadOnlyList<IpRange>? Vips { get; }

    /// <summary>
    /// The lowest address of the range that is neither reserved, nor a VIP, nor the pool's gateway: one VMM would hand
    /// out, so one a fix can propose. Null when the range is full or the pool cannot be read.
    /// </summary>
    /// <returns>The address, or null.</returns>
    public IpAddress? FirstFreeAddress()
    {
        if (Range is not { } range || Reserved is null || Vips is null)
        {
            return null;
        }

        var taken = new List<IpRange>(Reserved);
        taken.AddRange(Vips);
        if (IpAddress.TryParse(Pool.Gateway.KnownValue(), out var gateway))
        {
            taken.Add(new IpRange(gateway, gateway));
        }

        // Each step jumps past a taken range that holds the candidate; the candidate only grows, so every taken range
        // blocks at most once and the loop ends after at most taken.Count + 1 rounds.
        var candidate = range.Start;
        while (true)
        {
            var blocked = false;
            foreach (var entry in taken)
            {
                if (entry.Contains(candidate))
                {
                    if (!entry.End.TryAdd(1, out candidate) || candidate > range.End)
                    {
                        return null;
                    }

                    blocked = true;
                    break;
                }
            }

            if (!blocked)
            {
                return candidate;
            }
        }
    }

    /// <summary>Each item is an address, a range "a-b", or (as VMM writes a set) a comma-separated list of them.</summary>
    private static IReadOnlyList<IpRange>? ReadSet(IEnumerable<Setting<string?>> items)
    {
        var ranges = new List<IpRange>();
        foreach (var item in items)
        {
            if (!item.IsKnown || !IpRange.TryParseList(item.Value, out var parsed, out _))
            {
                return null;
            }

            ranges.AddRange(parsed);
        }

        return ranges;
    }
}
