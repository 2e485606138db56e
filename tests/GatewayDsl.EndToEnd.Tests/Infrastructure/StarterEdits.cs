using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace GatewayDsl.EndToEnd.Tests.Infrastructure;

/// <summary>One edit of the starter definition and the diagnostic it must cause.</summary>
/// <param name="Find">The starter's text to replace (it must occur exactly once).</param>
/// <param name="Replace">The replacement.</param>
/// <param name="RuleId">The diagnostic the edit causes.</param>
public sealed record StarterEdit(string Find, string Replace, string RuleId);

/// <summary>The edits the tests make to the starter, and where their diagnostics must point.</summary>
public static class StarterEdits
{
    /// <summary>Three errors of three kinds: a name too long, pool metrics in the wrong order, a VLAN out of range.</summary>
    public static readonly StarterEdit[] ThreeErrors =
    {
        new("Gateway.Named(\"CONTOSO-GW01\")", "Gateway.Named(\"CONTOSO-GATEWAY-01\")", "GW3001"),
        new("gateway: \"192.168.10.1\", metric: 20", "gateway: \"192.168.10.1\", metric: 5", "GW2004"),
        new(".Subnet(\"10.10.0.0/16\", vlan: 12)", ".Subnet(\"10.10.0.0/16\", vlan: 5000)", "GW2010"),
    };

    /// <summary>A warning only: the product key written in source.</summary>
    public static readonly StarterEdit LiteralSecret =
        new("Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")", "Secret.Literal(\"AAAAA-BBBBB-CCCCC-DDDDD-EEEEE\")", "GW6001");

    /// <summary>Applies the edits to <paramref name="text"/>.</summary>
    public static string Apply(string text, IEnumerable<StarterEdit> edits)
    {
        foreach (var edit in edits)
        {
            Assert.True(Occurrences(text, edit.Find) == 1, $"The starter must contain '{edit.Find}' exactly once.");
            text = text.Replace(edit.Find, edit.Replace, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The (rule ID, 1-based line) each edit's diagnostic must have in the edited text, sorted.</summary>
    public static IReadOnlyList<(string RuleId, int Line)> Expected(string editedText, IEnumerable<StarterEdit> edits)
    {
        var lines = editedText.Split('\n');
        return edits
            .Select(e => (e.RuleId, Array.FindIndex(lines, l => l.Contains(e.Replace, StringComparison.Ordinal)) + 1))
            .OrderBy(d => d.Item2).ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ToList();
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
