using System.IO;
using System.Text;

namespace GatewayDsl.Build.Tasks;

/// <summary>Writes an artifact as UTF-8 only when its bytes differ, so an unchanged build leaves timestamps alone.</summary>
internal static class ArtifactFileWriter
{
    /// <summary>UTF-8 without a byte order mark; <see cref="Bytes"/> adds one where a file needs it.</summary>
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    /// <summary>
    /// The bytes of an artifact file: its UTF-8 text, after a byte order mark for a PowerShell script (<c>.ps1</c>), which
    /// Windows PowerShell 5.1 would otherwise read as ANSI. The generated constant never holds the mark (a leading U+FEFF
    /// breaks <c>[scriptblock]::Create</c> on it), and the generator's manifest hashes these bytes.
    /// </summary>
    /// <param name="fileName">The file name.</param>
    /// <param name="content">The generated text.</param>
    /// <returns>What the file holds.</returns>
    public static byte[] Bytes(string fileName, string content)
    {
        var text = Encoding.GetBytes(content);
        if (!fileName.EndsWith(".ps1", System.StringComparison.OrdinalIgnoreCase) || (content.Length > 0 && content[0] == '\uFEFF'))
        {
            return text;
        }

        var bytes = new byte[ByteOrderMark.Length + text.Length];
        ByteOrderMark.CopyTo(bytes, 0);
        text.CopyTo(bytes, ByteOrderMark.Length);
        return bytes;
    }

    /// <summary>Writes the bytes of <paramref name="content"/> (<see cref="Bytes"/>) to <paramref name="path"/> unless the file already holds them.</summary>
    /// <returns>True when the file was written.</returns>
    public static bool WriteIfChanged(string path, string content)
    {
        var bytes = Bytes(Path.GetFileName(path), content);
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
