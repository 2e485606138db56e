using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Naming;

namespace GatewayDsl.Core.Rules.Deployment;

/// <summary>
/// GW4001: the host cluster must have exactly two distinct nodes. The gateway is a pair of VMs in a guest cluster, one on
/// each node of a two-node Hyper-V cluster (procedure step 2, R33); the service template is built for that shape.
/// </summary>
internal sealed class HostClusterNeedsTwoNodesRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW4001",
        "host-cluster-needs-two-nodes",
        "The host cluster must have exactly two nodes",
        RuleSeverity.Error,
        RuleCategory.Deployment,
        "R33; procedure step 2");

    /// <summary>Creates the rule.</summary>
    public HostClusterNeedsTwoNodesRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        // A missing host cluster or Nodes call is GW0004's finding; an array the evaluator could not read cannot be counted.
        if (spec.HostCluster?.Nodes is not { IsKnown: true } nodes)
        {
            yield break;
        }

        var names = nodes.Value;
        var cluster = ClusterText(spec.HostCluster.Name);
        var duplicates = FindDuplicates(names);
        var distinct = names.Count - duplicates.Count;

        // A name listed twice is one node, not two: report each repeat at its own item. The count is then reported
        // through the duplicate's message rather than a second finding, since removing the repeat is the first fix.
        foreach (var (index, firstIndex) in duplicates)
        {
            var advice = distinct == 2
                ? "Remove the repeated name."
                : "Without repeats the cluster has " + Count(distinct) + "; it needs exactly two. List two different nodes.";
            yield return Report(
                new SourceRef(nodes.StepId, nodes.Parameter, index),
                $"Node '{names[index]}' of {cluster} is listed twice (the same node as '{names[firstIndex]}'; node names compare without case). {advice}",
                new SourceRef(nodes.StepId, nodes.Parameter, firstIndex));
        }

        if (duplicates.Count == 0 && names.Count != 2)
        {
            yield return Report(
                nodes.Source,
                $"{RuleText.Capitalize(cluster)} lists {Count(names.Count)}{NameList(names)}; the gateway's host cluster must have exactly two nodes, one for each gateway VM. "
                + "List exactly two, e.g. Nodes(\"HV01.contoso.com\", \"HV02.contoso.com\").");
        }
    }

    /// <summary>
    /// Each item that repeats an earlier one, with the index of that earlier one. Empty and unknown items are skipped:
    /// an empty name is GW3004's finding, and an unknown one may or may not repeat another.
    /// </summary>
    private static List<(int Index, int FirstIndex)> FindDuplicates(IReadOnlyList<string?> names)
    {
        var duplicates = new List<(int, int)>();
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (SameHost(names[i], names[j]))
                {
                    duplicates.Add((i, j));
                    break;
                }
            }
        }

        return duplicates;
    }

    /// <summary>
    /// Whether two FQDNs name the same host: equal apart from ASCII case and one trailing period, as DNS compares them.
    /// Each being the same-or-subdomain of the other is exactly that equality.
    /// </summary>
    private static bool SameHost(string? left, string? right) =>
        !string.IsNullOrWhiteSpace(right) && DnsName.IsSameOrSubdomain(left, right) && DnsName.IsSameOrSubdomain(right, left);

    /// <summary>"the host cluster 'name'" when the name is known, else just "the host cluster".</summary>
    private static string ClusterText(Setting<string?> name) =>
        name is { IsKnown: true, Value: { Length: > 0 } value } ? $"the host cluster '{value}'" : "the host cluster";

    /// <summary>A node count in words: "no nodes", "one node", "3 nodes" (invariant digits).</summary>
    private static string Count(int count) => count switch
    {
        0 => "no nodes",
        1 => "one node",
        _ => count.ToString(CultureInfo.InvariantCulture) + " nodes",
    };

    /// <summary>The names in parentheses, when every one is known and there are any.</summary>
    private static string NameList(IReadOnlyList<string?> names) =>
        names.Count > 0 && names.All(n => n is not null)
            ? " (" + string.Join(", ", names.Select(n => "'" + n + "'")) + ")"
            : string.Empty;
}
