namespace GatewayDsl.Generators.Emitting;

/// <summary>One generated artifact: its template, its file name and the constant that carries it.</summary>
/// <param name="Member">The constant's name in the generated <c>GatewayArtifacts</c> class.</param>
/// <param name="Template">The embedded template's file name (also the name a user's replacement template declares).</param>
/// <param name="FileNameFormat">The file name, <c>{0}</c> being the definition's name.</param>
/// <param name="Description">What the file is, for the generated XML docs.</param>
/// <param name="ByteOrderMark">Whether the file on disk starts with a UTF-8 byte order mark (Windows PowerShell 5.1 reads a .ps1 without one as ANSI). The constant never holds it: the build task adds it to every <c>.ps1</c> it writes, and the manifest hashes the file with it.</param>
internal sealed record ArtifactKind(string Member, string Template, string FileNameFormat, string Description, bool ByteOrderMark = false)
{
    /// <summary>The connection string as a text file.</summary>
    public static readonly ArtifactKind ConnectionString = new("ConnectionText", "ConnectionString.scriban", "{0}.connection.txt", "the connection string file");

    /// <summary>The VMM deployment script.</summary>
    public static readonly ArtifactKind DeployScript = new("DeployScript", "Deploy.scriban", "Deploy-{0}.ps1", "the VMM deployment script", ByteOrderMark: true);

    /// <summary>The service template's settings.</summary>
    public static readonly ArtifactKind ServiceSettings = new("ServiceSettings", "ServiceSettings.scriban", "{0}.service-settings.json", "the service template settings");

    /// <summary>The runbook for the manual steps.</summary>
    public static readonly ArtifactKind Runbook = new("Runbook", "Runbook.scriban", "{0}.runbook.md", "the deployment runbook");

    /// <summary>The manifest with each file's SHA-256.</summary>
    public static readonly ArtifactKind Manifest = new("Manifest", "Manifest.scriban", "manifest.json", "the manifest of the generated files");

    /// <summary>The artifacts in the order they are rendered; the manifest comes last because it hashes the others.</summary>
    public static readonly ArtifactKind[] All = { ConnectionString, DeployScript, ServiceSettings, Runbook, Manifest };
}
