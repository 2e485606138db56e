using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace GatewayDsl.EndToEnd.Tests.Infrastructure;

/// <summary>Reads the diagnostics and summary lines of a <c>dotnet build</c> log.</summary>
public static partial class BuildOutput
{
    /// <summary>
    /// The distinct diagnostics of <paramref name="fileName"/> as (ID, line, severity), sorted by line then ID. MSBuild
    /// repeats every error in its closing summary; each diagnostic counts once.
    /// </summary>
    public static IReadOnlyList<(string Id, int Line, string Severity)> Diagnostics(string output, string fileName) =>
        DiagnosticLine().Matches(output)
            .Where(m => m.Groups["file"].Value.EndsWith(fileName, StringComparison.Ordinal))
            .Select(m => (m.Groups["id"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["severity"].Value))
            .Distinct()
            .OrderBy(d => d.Item2).ThenBy(d => d.Item1, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every line that starts with <c>GatewayDsl:</c> (the summary lines), trimmed.</summary>
    public static IReadOnlyList<string> SummaryLines(string output) =>
        output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("GatewayDsl:", StringComparison.Ordinal)).Distinct().ToList();

    [GeneratedRegex(@"(?<file>[^\s(]+)\((?<line>\d+),\d+\): (?<severity>error|warning) (?<id>[A-Z]+\d+):")]
    private static partial Regex DiagnosticLine();
}
