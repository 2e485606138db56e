using System.Collections.Generic;
using System.Linq;

namespace GatewayDsl.Tests.Meta;

/// <summary>
/// The rule IDs of the product's rule catalog (shared/reference/rule-catalog.md), kept here so the meta-tests run in
/// any clone; <see cref="RuleCatalogMetaTests"/> cross-checks this list against the catalog file when it is present.
/// </summary>
public static class RuleCatalogIds
{
    /// <summary>Every catalog ID.</summary>
    public static readonly IReadOnlyList<string> All = Range(0, 1, 4)
        .Concat(Range(1, 1, 9))
        .Concat(Range(2, 1, 12))
        .Concat(Range(3, 1, 8))
        .Concat(Range(4, 1, 7))
        .Concat(Range(5, 1, 6))
        .Concat(Range(6, 1, 1))
        .ToArray();

    /// <summary>Rules the builder API cannot violate: documented, no rule class, no test class.</summary>
    public static readonly IReadOnlySet<string> ImpossibleByConstruction = new HashSet<string> { "GW4007" };

    /// <summary>Rules found while reading source code, tested with the analyzers (they have a descriptor and a page).</summary>
    public static readonly IReadOnlySet<string> TestedWithAnalyzers = new HashSet<string> { "GW0001", "GW0002" };

    private static IEnumerable<string> Range(int block, int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(n => $"GW{block}{n:000}");
}
