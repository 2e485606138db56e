using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GatewayDsl.Build.Tasks;

/// <summary>
/// Runs when a build fails, so that the build log still has one GatewayDsl line per definition: which definition
/// failed, that nothing was written and why (its GW errors, or none: another error stopped the build). A failed
/// compilation produces no assembly, so the definitions are those the last successful build recorded; GW errors in a
/// file without a recorded definition (a first build) get one line for that file. A project whose failure has nothing
/// to do with a definition gets no line: the compiler's errors already say everything.
/// </summary>
public sealed class ReportGatewayBuildFailure : Task
{
    /// <summary>The compiler's error log (<c>$(ErrorLog)</c>), if the compiler ran.</summary>
    public string ErrorLog { get; set; } = string.Empty;

    /// <summary>The definitions of the last successful build: the name, with the metadata <c>SourceFile</c>.</summary>
    public ITaskItem[] Definitions { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The folder with one sub-folder per definition, to say which artifacts are now stale.</summary>
    public string ArtifactsPath { get; set; } = string.Empty;

    /// <summary>The project folder; paths are shown relative to it.</summary>
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <inheritdoc/>
    public override bool Execute()
    {
        var log = SarifLog.Read(SarifLog.PathOf(ErrorLog));
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in Definitions)
        {
            var sourceFile = definition.GetMetadata("SourceFile");
            known.Add(sourceFile);
            var folder = Path.Combine(ArtifactsPath, definition.ItemSpec);
            var stale = ArtifactsPath.Length > 0 && Directory.Exists(folder)
                ? ProjectPaths.Display(ProjectDirectory, folder + Path.DirectorySeparatorChar)
                : null;
            Log.LogMessage(MessageImportance.High, SummaryLine.Failed(definition.ItemSpec, sourceFile, DiagnosticCounts.For(log, sourceFile), stale));
        }

        // GW errors in files no recorded definition comes from: a first build, or a new definition.
        foreach (var file in log.Where(d => d.IsError && d.RuleId.StartsWith("GW", StringComparison.Ordinal) && !known.Contains(d.FileName))
                                .Select(d => d.FileName).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(f => f, StringComparer.Ordinal))
        {
            Log.LogMessage(MessageImportance.High, SummaryLine.Failed(file, file, DiagnosticCounts.For(log, file), staleFolder: null));
        }

        return true;
    }
}
