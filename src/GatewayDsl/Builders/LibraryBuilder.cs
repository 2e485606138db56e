using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>
/// Describes the library content (prerequisites 4 and 5). The blank disks and <c>VMClusterSetup.cr</c> always live in
/// the library folder <c>Windows Server Gateway</c>; the DSL does not let that name be changed.
/// </summary>
public sealed class LibraryBuilder : ScopeBuilder<LibraryBuilder>
{
    internal LibraryBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>The sysprepped Windows Server disk for the gateway VMs: a <c>.vhd</c> or <c>.vhdx</c> (GW4003).</summary>
    /// <param name="fileName">The disk's file name in the library.</param>
    public LibraryBuilder OsDisk(string fileName) => Record(S.Disk.OsDisk, Arg.Of(S.Disk.FileName, fileName));

    /// <summary>The copy of VMM's small blank <c>.vhdx</c> used for the Cluster Shared Volume.</summary>
    /// <param name="fileName">The disk's file name in <c>Windows Server Gateway</c>.</param>
    public LibraryBuilder CsvDisk(string fileName) => Record(S.Disk.CsvDisk, Arg.Of(S.Disk.FileName, fileName));

    /// <summary>The copy of VMM's small blank <c>.vhdx</c> used for the quorum; a different file from the CSV disk.</summary>
    /// <param name="fileName">The disk's file name in <c>Windows Server Gateway</c>.</param>
    public LibraryBuilder QuorumDisk(string fileName) => Record(S.Disk.QuorumDisk, Arg.Of(S.Disk.FileName, fileName));
}
