using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace GatewayDsl.Tests.Infrastructure;

/// <summary>Assertions on the violations of a definition, with messages that show every violation found.</summary>
public static class ViolationAssert
{
    /// <summary>Asserts that <paramref name="ruleId"/> is reported and returns its violations.</summary>
    public static IReadOnlyList<GatewayViolation> Reports(GatewayDefinition definition, string ruleId)
    {
        var violations = definition.Validate();
        var matching = violations.Where(v => v.RuleId == ruleId).ToArray();
        Assert.True(matching.Length > 0, $"Expected {ruleId}; got:\n{Describe(violations)}");
        return matching;
    }

    /// <summary>Asserts that <paramref name="ruleId"/> is reported exactly once and returns it.</summary>
    public static GatewayViolation ReportsOnce(GatewayDefinition definition, string ruleId)
    {
        var matching = Reports(definition, ruleId);
        Assert.True(matching.Count == 1, $"Expected one {ruleId}; got:\n{Describe(matching)}");
        return matching[0];
    }

    /// <summary>Asserts that <paramref name="ruleId"/> is not reported.</summary>
    public static void DoesNotReport(GatewayDefinition definition, string ruleId)
    {
        var violations = definition.Validate();
        Assert.False(violations.Any(v => v.RuleId == ruleId), $"Did not expect {ruleId}; got:\n{Describe(violations)}");
    }

    /// <summary>Asserts that the definition has no violation at all.</summary>
    public static void IsClean(GatewayDefinition definition)
    {
        var violations = definition.Validate();
        Assert.True(violations.Count == 0, $"Expected no violations; got:\n{Describe(violations)}");
    }

    /// <summary>One line per violation.</summary>
    public static string Describe(IEnumerable<GatewayViolation> violations) =>
        string.Join("\n", violations.Select(v => "  " + v));
}
