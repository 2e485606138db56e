using System;
using System.IO;

namespace GatewayDsl.Build.Tasks;

/// <summary>Paths as the summary lines show them: short and the same on every machine when inside the project.</summary>
internal static class ProjectPaths
{
    /// <summary>The path relative to <paramref name="projectDirectory"/> when it is inside it, the full path otherwise.</summary>
    public static string Display(string projectDirectory, string path)
    {
        if (projectDirectory.Length == 0)
        {
            return path;
        }

        var project = Path.GetFullPath(projectDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(project, StringComparison.Ordinal) ? path.Substring(project.Length) : path;
    }
}
