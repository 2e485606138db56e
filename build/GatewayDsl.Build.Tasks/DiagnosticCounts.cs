using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GatewayDsl.Build.Tasks;

/// <summary>
/// The GatewayDsl (GW) errors and warnings reported in one definition's source file, as the summary line shows them:
/// <c>0 errors, 1 warning (GW6001)</c>. Diagnostics are matched by file name: two definitions in one file share them.
/// </summary>
internal sealed class DiagnosticCounts
{
    private DiagnosticCounts(IReadOnlyList<string> errors, IReadOnlyList<string> warnings)
    {
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The IDs of the errors, sorted, one per diagnostic.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The IDs of the warnings, sorted, one per diagnostic.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Counts the GW diagnostics of <paramref name="log"/> located in <paramref name="sourceFile"/>.</summary>
    public static DiagnosticCounts For(IEnumerable<LoggedDiagnostic> log, string sourceFile)
    {
        var own = log.Where(d => d.RuleId.StartsWith("GW", StringComparison.Ordinal)
                                 && string.Equals(d.FileName, sourceFile, StringComparison.OrdinalIgnoreCase)).ToList();
        return new DiagnosticCounts(
            own.Where(d => d.IsError).Select(d => d.RuleId).OrderBy(id => id, StringComparer.Ordinal).ToList(),
            own.Where(d => !d.IsError).Select(d => d.RuleId).OrderBy(id => id, StringComparer.Ordinal).ToList());
    }

    /// <summary><c>2 errors (GW1002, GW3001), 1 warning (GW6001)</c>; IDs are listed once each.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text, Errors, "error");
        text.Append(", ");
        Append(text, Warnings, "warning");
        return text.ToString();
    }

    private static void Append(StringBuilder text, IReadOnlyList<string> ids, string noun)
    {
        text.Append(ids.Count).Append(' ').Append(noun).Append(ids.Count == 1 ? string.Empty : "s");
        if (ids.Count > 0)
        {
            text.Append(" (").Append(string.Join(", ", ids.Distinct())).Append(')');
        }
    }
}
