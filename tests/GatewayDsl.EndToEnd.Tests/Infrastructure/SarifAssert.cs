using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace GatewayDsl.EndToEnd.Tests.Infrastructure;

/// <summary>Checks a SARIF 2.1 log written by csc for <c>-p:ErrorLog=...,version=2.1</c>.</summary>
public static class SarifAssert
{
    /// <summary>
    /// The log's GW results are exactly <paramref name="expected"/> (ID and line), as errors located in the definition
    /// file; and each of their rules carries what a build server shows: title, help URI to its page, category.
    /// </summary>
    public static void HoldsExactly(string path, IReadOnlyList<(string RuleId, int Line)> expected)
    {
        using var log = JsonDocument.Parse(File.ReadAllBytes(path));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var run = log.RootElement.GetProperty("runs").EnumerateArray().Single();

        var results = run.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("GW", StringComparison.Ordinal))
            .ToList();
        Assert.All(results, r => Assert.Equal("error", r.GetProperty("level").GetString()));
        Assert.All(results, r => Assert.EndsWith(StarterProject.DefinitionName + ".cs", Location(r).GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal));
        Assert.Equal(
            expected,
            results.Select(r => (r.GetProperty("ruleId").GetString()!, Location(r).GetProperty("region").GetProperty("startLine").GetInt32()))
                .OrderBy(r => r.Item2).ThenBy(r => r.Item1, StringComparer.Ordinal));

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!);
        foreach (var (ruleId, _) in expected)
        {
            var rule = rules[ruleId];
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.StartsWith(
                $"https://github.com/gatewaydsl/gatewaydsl/blob/main/docs/rules/{ruleId}-",
                rule.GetProperty("helpUri").GetString(),
                StringComparison.Ordinal);
            Assert.True(File.Exists(RepoPaths.Combine("docs", "rules", rule.GetProperty("helpUri").GetString()!.Split('/').Last())), $"{ruleId}'s help page exists");
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("properties").GetProperty("category").GetString()));
        }
    }

    private static JsonElement Location(JsonElement result) =>
        result.GetProperty("locations").EnumerateArray().First().GetProperty("physicalLocation");
}
