namespace GatewayDsl.Core.Model;

/// <summary>
/// The VMM library content (prerequisites 4 and 5). The folder is always <c>Windows Server Gateway</c> and the
/// custom resource always <c>VMClusterSetup.cr</c>: the API cannot name them otherwise (by construction, R46/R47).
/// </summary>
/// <param name="StepId">The <c>Library</c> step.</param>
/// <param name="Share">The library share path.</param>
/// <param name="OsDisk">The sysprepped Windows Server disk.</param>
/// <param name="CsvDisk">The blank CSV disk.</param>
/// <param name="QuorumDisk">The blank quorum disk.</param>
internal sealed record LibrarySpec(
    int StepId,
    Setting<string?> Share,
    Setting<string?>? OsDisk,
    Setting<string?>? CsvDisk,
    Setting<string?>? QuorumDisk)
{
    /// <summary>The library folder that must hold the blank disks and the custom resource.</summary>
    public const string GatewayFolder = "Windows Server Gateway";

    /// <summary>The custom resource folder from the gateway download.</summary>
    public const string ClusterSetupResource = "VMClusterSetup.cr";
}
