using System;
using System.IO;

namespace GatewayDsl.Build.Tasks;

/// <summary>
/// Checks the folder and file names read from an assembly before they become paths. The generator only produces plain
/// names, so this is defense in depth: an assembly whose constants were crafted (or a future generator bug) must not
/// make the build write outside the artifacts folder.
/// </summary>
internal static class ArtifactNames
{
    private static readonly char[] Invalid = BuildInvalidCharacters();

    /// <summary>Null when <paramref name="name"/> is a plain file or folder name; otherwise why it is refused.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0 || name.Trim().Length == 0)
        {
            return "it is empty";
        }

        if (name == "." || name == ".." || name.Contains(".."))
        {
            return "it contains '..'";
        }

        if (name.IndexOfAny(Invalid) >= 0)
        {
            return "it contains a path separator or a character that is not valid in a file name";
        }

        // Windows drops trailing dots and spaces, so "a.txt." would silently be "a.txt".
        if (name.EndsWith(".", StringComparison.Ordinal) || name.EndsWith(" ", StringComparison.Ordinal))
        {
            return "it ends with a dot or a space";
        }

        return null;
    }

    /// <summary>
    /// The characters refused on every platform: both separators, the drive and stream separator, the characters Windows
    /// forbids, and control characters (so names are the same wherever the build runs).
    /// </summary>
    private static char[] BuildInvalidCharacters()
    {
        var set = new System.Collections.Generic.List<char> { '/', '\\', ':', '*', '?', '"', '<', '>', '|' };
        for (var c = '\0'; c < ' '; c++)
        {
            set.Add(c);
        }

        set.AddRange(Path.GetInvalidFileNameChars());
        return set.ToArray();
    }
}
