using System;
using System.Security.Cryptography;

namespace GatewayDsl.Generators.Caching;

/// <summary>
/// Feeds numbers and strings to an incremental SHA-256 through a small buffer. Strings are written as their length and
/// their UTF-16 code units, so the byte stream of a sequence of values is unambiguous (no separator can be forged).
/// </summary>
internal sealed class Sha256Writer : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] buffer = new byte[4096];
    private int used;

    /// <summary>Writes a 32-bit number.</summary>
    public void Write(int value)
    {
        Reserve(4);
        buffer[used++] = (byte)value;
        buffer[used++] = (byte)(value >> 8);
        buffer[used++] = (byte)(value >> 16);
        buffer[used++] = (byte)(value >> 24);
    }

    /// <summary>Writes a 64-bit number.</summary>
    public void Write(long value)
    {
        Write((int)value);
        Write((int)(value >> 32));
    }

    /// <summary>Writes a string (null and empty differ).</summary>
    public void Write(string? value)
    {
        if (value is null)
        {
            Write(-1);
            return;
        }

        Write(value.Length);
        foreach (var c in value)
        {
            Reserve(2);
            buffer[used++] = (byte)c;
            buffer[used++] = (byte)(c >> 8);
        }
    }

    /// <summary>Writes bytes (e.g. another digest), length-prefixed.</summary>
    public void Write(byte[] bytes)
    {
        Write(bytes.Length);
        Flush();
        hash.AppendData(bytes);
    }

    /// <summary>The digest of everything written (32 bytes); the writer is then empty again.</summary>
    public byte[] Digest()
    {
        Flush();
        return hash.GetHashAndReset();
    }

    /// <inheritdoc/>
    public void Dispose() => hash.Dispose();

    private void Reserve(int bytes)
    {
        if (used + bytes > buffer.Length)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (used > 0)
        {
            hash.AppendData(buffer, 0, used);
            used = 0;
        }
    }
}
