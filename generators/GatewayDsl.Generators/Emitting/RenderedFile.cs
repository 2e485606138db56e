namespace GatewayDsl.Generators.Emitting;

/// <summary>A rendered artifact, as the generated class and the manifest describe it.</summary>
/// <param name="Member">The constant's name.</param>
/// <param name="FileName">The file name.</param>
/// <param name="Description">What the file is.</param>
/// <param name="Content">The file's full text (a leading U+FEFF becomes the UTF-8 byte order mark on disk).</param>
/// <param name="Sha256">The lower-case hex SHA-256 of the file's UTF-8 bytes.</param>
internal sealed record RenderedFile(string Member, string FileName, string Description, string Content, string Sha256);
