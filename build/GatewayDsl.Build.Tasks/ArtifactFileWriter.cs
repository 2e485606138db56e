using System.IO;
using System.Text;

namespace GatewayDsl.Build.Tasks;

/// <summary>Writes an artifact as UTF-8 only when its bytes differ, so an unchanged build leaves timestamps alone.</summary>
internal static class ArtifactFileWriter
{
    /// <summary>
    /// UTF-8 without an added byte order mark: a leading U+FEFF in the content already is the mark (the generator puts
    /// one in front of the PowerShell script, and its manifest hashes exactly these bytes).
    /// </summary>
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> unless the file already holds those bytes.</summary>
    /// <returns>True when the file was written.</returns>
    public static bool WriteIfChanged(string path, string content)
    {
        var bytes = Encoding.GetBytes(content);
        if (File.Exists(path) && SameBytes(File.ReadAllBytes(path), bytes))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return true;
    }

    private static bool SameBytes(byte[] left, byte[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }
}
