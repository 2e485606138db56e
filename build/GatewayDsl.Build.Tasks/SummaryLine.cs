namespace GatewayDsl.Build.Tasks;

/// <summary>The two forms of a definition's summary line in the build log (docs/ci.md), in one place.</summary>
internal static class SummaryLine
{
    /// <summary>
    /// <c>GatewayDsl: ContosoEdge: 5 artifacts written to bin/.../ContosoEdge/; 0 errors, 1 warning (GW6001)</c>; without
    /// counts when the build has no error log to count from.
    /// </summary>
    public static string Written(string definition, string artifacts, DiagnosticCounts? counts) =>
        $"GatewayDsl: {definition}: {artifacts}" + (counts is null ? string.Empty : "; " + counts);

    /// <summary>
    /// <c>GatewayDsl: ContosoEdge: build failed, no artifacts written: ContosoEdge.cs has 1 error (GW3001), 0 warnings</c>,
    /// followed by which folder still holds an earlier build's artifacts, if one does.
    /// </summary>
    public static string Failed(string definition, string sourceFile, DiagnosticCounts counts, string? staleFolder)
    {
        var why = counts.Errors.Count > 0 ? $"{sourceFile} has {counts}" : $"{sourceFile} has no GatewayDsl error, another error stopped the build";
        var stale = staleFolder is null ? string.Empty : $"; {staleFolder} still holds the last successful build's artifacts";
        return $"GatewayDsl: {definition}: build failed, no artifacts written: {why}{stale}";
    }
}
