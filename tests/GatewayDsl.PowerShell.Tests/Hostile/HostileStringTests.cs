using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace GatewayDsl.PowerShell.Tests.Hostile;

/// <summary>
/// Issue 7, item 2: every user string of the DSL (<see cref="HostileFields"/>) × every hostile value
/// (<see cref="HostileValues"/>), written as C# source and run through the real analyzer and generator. Either an error
/// diagnostic rejects the definition, or the script parses with the benign syntax tree and holds the value only as a
/// string constant, the C# compiles, the JSON parses and round-trips it, the connection string keeps its keys and carries
/// it unchanged, and the runbook's Markdown keeps its structure (<see cref="HostileCase"/>).
/// </summary>
public class HostileStringTests
{
    private readonly ITestOutputHelper output;

    /// <summary>Creates the test class.</summary>
    public HostileStringTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [MemberData(nameof(HostileFields.Keys), MemberType = typeof(HostileFields))]
    public void EveryHostileValue_IsRejectedOrCarriedOnlyAsData(string key)
    {
        var field = HostileFields.Named(key);
        var outcomes = new ConcurrentDictionary<string, HostileCase.Outcome>();
        Parallel.ForEach(HostileValues.All, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, hostile =>
            outcomes[hostile.Label] = HostileCase.Check(field, hostile.Value));

        var rejected = outcomes.Where(o => o.Value.Rejected).Select(o => $"{o.Key} ({o.Value.Ids})").OrderBy(s => s, StringComparer.Ordinal).ToList();
        output.WriteLine($"{key}: {HostileValues.All.Count} values, {rejected.Count} rejected, {HostileValues.All.Count - rejected.Count} generated and checked");
        output.WriteLine("rejected: " + string.Join("; ", rejected));
        var failures = outcomes.Where(o => o.Value.Problems.Count > 0)
            .OrderBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => $"[{o.Key}] ({o.Value.Ids}) " + string.Join(" | ", o.Value.Problems))
            .ToList();
        Assert.True(failures.Count == 0, $"{key}: {failures.Count} hostile value(s) broke the contract:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void TheBenignDefinition_IsClean_AndEveryFieldReachesAnArtifact()
    {
        var benign = HostileCase.BenignRun;
        Assert.Equal(new[] { "GW6001" }, benign.Run.Diagnostics.Select(d => d.Id).Distinct());
        var everything = string.Join("\n", benign.Artifacts.Values);
        var missing = HostileFields.All.Where(f => !f.IsSecretValue && !everything.Contains(f.Benign, StringComparison.Ordinal)).Select(f => f.Key).ToList();
        Assert.True(missing.Count == 0, "benign values that reach no artifact (their escaping would go untested): " + string.Join(", ", missing));
        Assert.DoesNotContain(HostileFields.Named("LiteralSecret").Benign, everything, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBuilderString_IsCovered()
    {
        var covered = HostileFields.All.SelectMany(f => f.Covers).ToHashSet(StringComparer.Ordinal);
        var strings = typeof(GatewayDsl.Gateway).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "GatewayDsl")
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.DeclaringType == t)
                .SelectMany(m => m.GetParameters()
                    .Where(p => p.ParameterType == typeof(string) || p.ParameterType == typeof(string[]))
                    .Select(p => $"{t.Name}.{m.Name}({p.Name})")))
            .Distinct()
            .ToList();
        Assert.NotEmpty(strings);
        var uncovered = strings.Where(s => !covered.Contains(s)).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.True(uncovered.Count == 0, "builder string parameters no hostile-string row covers (add a row to HostileFields): " + string.Join(", ", uncovered));
        var stale = covered.Where(c => !strings.Contains(c)).ToList();
        Assert.True(stale.Count == 0, "rows that name no builder parameter: " + string.Join(", ", stale));
    }

    [Fact]
    public void TheChecks_CatchABrokenArtifact()
    {
        // The contract's checks must be able to fail: an unescaped quote, an extra command and a broken table are caught.
        var benign = HostileCase.BenignRun;
        var script = benign.Artifacts[HostileCase.Script].Replace("'Contoso Gateway'", "'Contoso' ; Stop-Computer ; 'Gateway'", StringComparison.Ordinal);
        Assert.NotNull(ArtifactShape.Difference(benign.PowerShell, ArtifactShape.PowerShell(Harness.ScriptSyntax.Parse(script))));
        var injected = Harness.ScriptSyntax.Parse(benign.Artifacts[HostileCase.Script].Replace("'Contoso Gateway'", "\"Contoso $(Stop-Computer) Gateway\"", StringComparison.Ordinal));
        Assert.NotNull(Harness.UserStringCheck.Problems(injected, "Contoso $(Stop-Computer) Gateway"));
        var runbook = benign.Artifacts[HostileCase.Runbook].Replace("Contoso Gateway", "Contoso | Gateway", StringComparison.Ordinal);
        Assert.NotNull(ArtifactShape.Difference(benign.Markdown, ArtifactShape.Markdown(runbook)));
        var settings = benign.Artifacts[HostileCase.Settings].Replace("\"contoso.com\"", "\"contoso\", \"x\": \"com\"", StringComparison.Ordinal);
        Assert.NotNull(ArtifactShape.Difference(benign.Json[HostileCase.Settings], ArtifactShape.Json(settings)));
    }
}
