namespace GatewayDsl.Generators.Emitting;

/// <summary>A rendered artifact, as the generated class and the manifest describe it.</summary>
/// <param name="Member">The constant's name.</param>
/// <param name="FileName">The file name.</param>
/// <param name="Description">What the file is.</param>
/// <param name="Content">The file's text, without a byte order mark (the build task adds one to a <c>.ps1</c>).</param>
/// <param name="Sha256">The lower-case hex SHA-256 of the file's bytes on disk (byte order mark included).</param>
internal sealed record RenderedFile(string Member, string FileName, string Description, string Content, string Sha256);
