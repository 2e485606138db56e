using System;
using System.Collections.Generic;
using System.Linq;
using GatewayDsl.PowerShell.Tests.Harness;

namespace GatewayDsl.PowerShell.Tests.Hostile;

/// <summary>
/// Runs one definition through the analyzer and the generator and checks the issue-7 contract for one user string:
/// either an error diagnostic rejects the definition (and nothing is generated), or every artifact carries the value as
/// data only, with the same structure as the benign definition.
/// </summary>
public static class HostileCase
{
    /// <summary>The artifact constants checked here (member names of the generated GatewayArtifacts class).</summary>
    public const string Script = "DeployScript", Settings = "ServiceSettings", Manifest = "Manifest", Runbook = "Runbook", ConnectionText = "ConnectionText";

    private static readonly Lazy<Baseline> Benign = new(() => new Baseline(DslPipeline.Run(HostileFields.Source(null, string.Empty))));

    /// <summary>What the benign definition produced.</summary>
    public static Baseline BenignRun => Benign.Value;

    /// <summary>The outcome of one case.</summary>
    /// <param name="Rejected">Whether an error diagnostic rejected the definition (the IDs in <paramref name="Ids"/>).</param>
    /// <param name="Ids">The GW diagnostics reported.</param>
    /// <param name="Problems">Everything that broke the contract; empty when the case passes.</param>
    public sealed record Outcome(bool Rejected, string Ids, IReadOnlyList<string> Problems);

    /// <summary>Runs <paramref name="field"/> set to its format around <paramref name="hostile"/> and checks the contract.</summary>
    public static Outcome Check(HostileField field, string hostile)
    {
        var value = field.Value(hostile);
        var run = DslPipeline.Run(HostileFields.Source(field, value));
        var problems = new List<string>();
        problems.AddRange(run.Crashes.Select(c => "crash: " + c));
        var ids = string.Join(",", run.Diagnostics.Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal));
        var artifacts = run.Artifacts(HostileFields.DefinitionType);
        if (run.Rejected)
        {
            if (artifacts is not null)
            {
                problems.Add($"the analyzer reported an error ({ids}) but the generator still generated the artifacts");
            }

            return new Outcome(true, ids, problems);
        }

        if (artifacts is null)
        {
            problems.Add($"no error diagnostic ({ids}), but nothing was generated");
            return new Outcome(false, ids, problems);
        }

        problems.AddRange(run.CompileErrors().Select(e => "generated C# does not compile: " + e));
        var benign = BenignRun;
        CheckPowerShell(field, value, benign, artifacts[Script], problems);
        foreach (var json in new[] { Settings, Manifest })
        {
            CheckJson(json, field, value, benign, artifacts[json], problems);
        }

        CheckConnectionString(field, value, benign, artifacts, problems);
        if (ArtifactShape.Difference(benign.Markdown, ArtifactShape.Markdown(artifacts[Runbook])) is { } markdown)
        {
            problems.Add("runbook Markdown structure changed: " + markdown);
        }

        if (field.IsSecretValue)
        {
            problems.AddRange(artifacts.Where(a => a.Value.Contains(value, StringComparison.Ordinal)).Select(a => "the secret value is in " + a.Key));
            problems.AddRange(run.GeneratedSources.Where(s => s.Contains(value, StringComparison.Ordinal)).Select(_ => "the secret value is in the generated C#"));
        }

        return new Outcome(false, ids, problems);
    }

    private static void CheckPowerShell(HostileField field, string value, Baseline benign, string script, List<string> problems)
    {
        var parsed = ScriptSyntax.Parse(script);
        if (parsed.Errors.Count > 0)
        {
            problems.Add("the script does not parse: " + parsed.DescribeErrors());
            return;
        }

        if (ArtifactShape.Difference(benign.PowerShell, ArtifactShape.PowerShell(parsed)) is { } difference)
        {
            problems.Add("the script's syntax tree changed: " + difference);
        }

        if (field.IsSecretValue)
        {
            return;
        }

        // Where the benign value is a string constant, the hostile one must be a string constant (and only that).
        // A benign value that is not only literal (a parameter name) must be rejected whenever it is hostile.
        var benignOccurrences = UserStringCheck.Find(benign.Script, field.Benign);
        if (benignOccurrences.Count == 0)
        {
            return;
        }

        if (benignOccurrences.Any(o => !o.IsSafe))
        {
            problems.Add("the value is code in the script (e.g. a parameter name), yet this hostile value was accepted");
        }
        else if (UserStringCheck.Problems(parsed, field.Carried(value)) is { } literal)
        {
            problems.Add(literal);
        }
    }

    private static void CheckJson(string member, HostileField field, string value, Baseline benign, string json, List<string> problems)
    {
        IReadOnlyList<string> shape;
        try
        {
            shape = ArtifactShape.Json(json);
        }
        catch (System.Text.Json.JsonException error)
        {
            problems.Add($"{member} is not valid JSON: {error.Message}");
            return;
        }

        if (ArtifactShape.Difference(benign.Json[member], shape) is { } difference)
        {
            problems.Add($"{member}'s structure changed: {difference}");
        }

        if (!field.IsSecretValue
            && ArtifactShape.JsonStrings(benign.Artifacts[member]).Any(s => s.Contains(field.Benign, StringComparison.Ordinal))
            && !ArtifactShape.JsonStrings(json).Any(s => s.Contains(value, StringComparison.Ordinal)))
        {
            problems.Add($"{member} does not round-trip the value (no JSON string holds it)");
        }
    }

    private static void CheckConnectionString(HostileField field, string value, Baseline benign, IReadOnlyDictionary<string, string> artifacts, List<string> problems)
    {
        var constant = artifacts["ConnectionString"];
        if (artifacts[ConnectionText].TrimEnd('\n') != constant)
        {
            problems.Add("the connection string file differs from the ConnectionString constant");
        }

        var items = ArtifactShape.ConnectionString(constant);
        if (!items.Select(i => i.Key).SequenceEqual(benign.ConnectionKeys))
        {
            problems.Add($"the connection string's keys changed: {string.Join(",", items.Select(i => i.Key))}");
        }
        else if (field.ConnectionKey is { } key && items.Single(i => i.Key == key).Value != value)
        {
            problems.Add($"the connection string's {key}= value is not the value given");
        }
    }

    /// <summary>The benign definition's artifacts and their shapes.</summary>
    public sealed class Baseline
    {
        /// <summary>Computes the shapes; fails when the benign definition is not clean.</summary>
        public Baseline(PipelineResult run)
        {
            if (run.Rejected || run.Crashes.Count > 0 || run.CompileErrors().Count > 0)
            {
                throw new InvalidOperationException("The benign definition is not valid: " + string.Join("; ", run.Diagnostics.Concat(run.Crashes).Concat(run.CompileErrors())));
            }

            Run = run;
            Artifacts = run.Artifacts(HostileFields.DefinitionType) ?? throw new InvalidOperationException("Nothing generated for the benign definition.");
            Script = ScriptSyntax.Parse(Artifacts[HostileCase.Script]);
            PowerShell = ArtifactShape.PowerShell(Script);
            Json = new[] { Settings, Manifest }.ToDictionary(m => m, m => ArtifactShape.Json(Artifacts[m]));
            Markdown = ArtifactShape.Markdown(Artifacts[Runbook]);
            ConnectionKeys = ArtifactShape.ConnectionString(Artifacts["ConnectionString"]).Select(i => i.Key).ToList();
        }

        /// <summary>The pipeline's result.</summary>
        public PipelineResult Run { get; }

        /// <summary>The artifact constants.</summary>
        public IReadOnlyDictionary<string, string> Artifacts { get; }

        /// <summary>The parsed script.</summary>
        public ParsedScript Script { get; }

        /// <summary>The script's shape.</summary>
        public IReadOnlyList<string> PowerShell { get; }

        /// <summary>The JSON artifacts' shapes.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Json { get; }

        /// <summary>The runbook's shape.</summary>
        public IReadOnlyList<string> Markdown { get; }

        /// <summary>The connection string's keys in order.</summary>
        public IReadOnlyList<string> ConnectionKeys { get; }
    }
}
