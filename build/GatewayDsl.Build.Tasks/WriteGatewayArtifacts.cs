using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace GatewayDsl.Build.Tasks;

/// <summary>
/// Writes the deployment artifacts that the GatewayDsl generator compiled into an assembly to
/// <c>&lt;ArtifactsPath&gt;&lt;DefinitionName&gt;/</c>, rewriting a file only when its bytes change. The artifacts are
/// read from the assembly's metadata (its constant table); no user code is loaded or run.
/// </summary>
public sealed class WriteGatewayArtifacts : Task
{
    /// <summary>The compiled assembly (<c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public ITaskItem Assembly { get; set; } = null!;

    /// <summary>The folder that receives one sub-folder per definition (<c>$(GatewayDslArtifactsPath)</c>).</summary>
    [Required]
    public string ArtifactsPath { get; set; } = string.Empty;

    /// <summary>The project folder; the summary line shows paths relative to it.</summary>
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>
    /// The compiler's error log (<c>$(ErrorLog)</c>, SARIF, optionally followed by <c>,version=...</c>). When given,
    /// each summary line also counts the GatewayDsl errors and warnings reported in the definition's source file.
    /// </summary>
    public string ErrorLog { get; set; } = string.Empty;

    /// <summary>
    /// One item per definition whose artifacts were written or up to date: the definition name, with the metadata
    /// <c>SourceFile</c>. The targets keep them so that a later failed build can name the definitions it left stale.
    /// </summary>
    [Output]
    public ITaskItem[] Definitions { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// What the previous run wrote (the list file's lines: <c>&lt;DefinitionName&gt;/&lt;file&gt;</c>, relative to
    /// <see cref="ArtifactsPath"/>). Those this run does not write again (a renamed or removed definition, a renamed
    /// artifact) are deleted; no other file is ever deleted.
    /// </summary>
    public ITaskItem[] PreviousFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// The artifacts folder <see cref="PreviousFiles"/> are relative to (the full path the previous run wrote to). Stale
    /// files are deleted only when it is this run's folder: after <c>GatewayDslArtifactsPath</c> changed, the old list
    /// names files of the old folder, and a file of the same name in the new one is not ours to delete. Empty (a list
    /// written before this property existed) counts as another folder.
    /// </summary>
    public string PreviousArtifactsPath { get; set; } = string.Empty;

    /// <summary>
    /// Every artifact file of every definition, written or already up to date, with the metadata
    /// <c>DefinitionName</c>, <c>ArtifactRelativePath</c> (<c>&lt;DefinitionName&gt;/&lt;file&gt;</c>) and
    /// <c>Rewritten</c> (<c>true</c> when this run wrote it).
    /// </summary>
    [Output]
    public ITaskItem[] Files { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc/>
    public override bool Execute()
    {
        IReadOnlyList<ArtifactSet> sets;
        try
        {
            sets = ArtifactMetadataReader.Read(Assembly.ItemSpec);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            Log.LogError("GatewayDsl: cannot read the generated artifacts from '{0}': {1}", Assembly.ItemSpec, error.Message);
            return false;
        }

        var log = ErrorLog.Length == 0 ? null : SarifLog.Read(SarifLog.PathOf(ErrorLog));
        var root = Path.GetFullPath(ArtifactsPath);
        var files = new List<ITaskItem>();
        var definitions = new List<ITaskItem>();
        var folders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // By class name, so that of two classes claiming one folder the same one always wins, whatever the metadata order.
        foreach (var set in sets.OrderBy(s => s.TypeName, StringComparer.Ordinal))
        {
            if (!IsWritable(set, folders))
            {
                continue;
            }

            var counts = log is null || set.SourceFile.Length == 0 ? null : DiagnosticCounts.For(log, set.SourceFile);
            files.AddRange(Write(set, Path.Combine(root, set.DefinitionName), counts));
            var definition = new TaskItem(set.DefinitionName);
            definition.SetMetadata("SourceFile", set.SourceFile);
            definitions.Add(definition);
        }

        Files = files.ToArray();
        Definitions = definitions.ToArray();
        if (!Log.HasLoggedErrors && PreviousFiles.Length > 0)
        {
            if (SameFolder(PreviousArtifactsPath, root))
            {
                DeleteStale(root, files);
            }
            else
            {
                Log.LogMessage(
                    MessageImportance.Normal,
                    "GatewayDsl: the artifacts folder is now {0} (it was {1}); files the last build wrote are left as they are",
                    ProjectPaths.Display(ProjectDirectory, root),
                    PreviousArtifactsPath.Length == 0 ? "not recorded" : ProjectPaths.Display(ProjectDirectory, PreviousArtifactsPath));
            }
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>Whether two full folder paths name one folder (case-insensitively on Windows, where the file system is).</summary>
    private static bool SameFolder(string previous, string current)
    {
        if (previous.Length == 0)
        {
            return false;
        }

        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(Trimmed(previous), Trimmed(current), comparison);

        static string Trimmed(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
    }

    /// <summary>
    /// Deletes the files the previous run wrote and this one did not, and then their definition folder if it is empty.
    /// Only entries of the form <c>folder/file</c> with plain names (<see cref="ArtifactNames"/>) are considered, so a
    /// tampered list file cannot make the build delete anything outside the artifacts folder.
    /// </summary>
    private void DeleteStale(string root, List<ITaskItem> current)
    {
        var kept = new HashSet<string>(current.Select(f => f.GetMetadata("ArtifactRelativePath")), StringComparer.OrdinalIgnoreCase);
        foreach (var previous in PreviousFiles.Select(p => p.ItemSpec.Replace('\\', '/')).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var parts = previous.Split('/');
            if (kept.Contains(previous) || parts.Length != 2 || ArtifactNames.Problem(parts[0]) is not null || ArtifactNames.Problem(parts[1]) is not null)
            {
                continue;
            }

            var folder = Path.Combine(root, parts[0]);
            var path = Path.Combine(folder, parts[1]);
            try
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                    Log.LogMessage(MessageImportance.High, "GatewayDsl: deleted {0}, which this build no longer generates", ProjectPaths.Display(ProjectDirectory, path));
                }

                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                Log.LogWarning("GatewayDsl: cannot delete the stale artifact '{0}': {1}", path, error.Message);
            }
        }
    }

    /// <summary>Checks every name of a set before anything of it is written; logs why a set is refused.</summary>
    private bool IsWritable(ArtifactSet set, Dictionary<string, string> folders)
    {
        if (ArtifactNames.Problem(set.DefinitionName) is { } folderProblem)
        {
            Log.LogError("GatewayDsl: {0}: refusing the artifacts folder name '{1}' because {2}.", set.TypeName, set.DefinitionName, folderProblem);
            return false;
        }

        // Folder names are compared without case: on Windows and macOS two such folders are one.
        if (folders.TryGetValue(set.DefinitionName, out var other))
        {
            Log.LogError(
                "GatewayDsl: {0} and {1} both write their artifacts to the folder '{2}'; rename one of the classes.",
                other,
                set.TypeName,
                set.DefinitionName);
            return false;
        }

        folders.Add(set.DefinitionName, set.TypeName);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in set.Files)
        {
            if (ArtifactNames.Problem(file.FileName) is { } fileProblem)
            {
                Log.LogError("GatewayDsl: {0}: refusing the artifact file name '{1}' because {2}.", set.TypeName, file.FileName, fileProblem);
                return false;
            }

            if (!names.Add(file.FileName))
            {
                Log.LogError("GatewayDsl: {0}: two artifacts are named '{1}'.", set.TypeName, file.FileName);
                return false;
            }
        }

        return true;
    }

    /// <summary>The item of one artifact file, with the metadata <see cref="Files"/> describes.</summary>
    private static ITaskItem Item(ArtifactSet set, string path, bool rewritten)
    {
        var item = new TaskItem(path);
        item.SetMetadata("DefinitionName", set.DefinitionName);
        item.SetMetadata("ArtifactRelativePath", set.DefinitionName + "/" + Path.GetFileName(path));
        item.SetMetadata("Rewritten", rewritten ? "true" : "false");
        return item;
    }

    /// <summary>Writes the files of one set that changed and logs the set's summary line.</summary>
    private IEnumerable<ITaskItem> Write(ArtifactSet set, string folder, DiagnosticCounts? counts)
    {
        var items = new List<ITaskItem>();
        var written = 0;
        var failed = 0;
        foreach (var file in set.Files)
        {
            var path = Path.Combine(folder, file.FileName);
            bool rewritten;
            try
            {
                rewritten = ArtifactFileWriter.WriteIfChanged(path, file.Content);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                Log.LogError("GatewayDsl: {0}: cannot write '{1}': {2}", set.DefinitionName, path, error.Message);
                failed++;
                continue;
            }

            written += rewritten ? 1 : 0;
            items.Add(Item(set, path, rewritten));
        }

        if (failed > 0)
        {
            return items; // The errors above say what went wrong; a summary would only blur them.
        }

        var where = ProjectPaths.Display(ProjectDirectory, folder + Path.DirectorySeparatorChar);
        var count = set.Files.Count;
        var summary = written == 0 ? $"{count} artifacts up to date in {where}"
            : written == count ? $"{count} artifacts written to {where}"
            : $"{written} of {count} artifacts written to {where} (the others were up to date)";
        Log.LogMessage(MessageImportance.High, SummaryLine.Written(set.DefinitionName, summary, counts));
        return items;
    }
}
