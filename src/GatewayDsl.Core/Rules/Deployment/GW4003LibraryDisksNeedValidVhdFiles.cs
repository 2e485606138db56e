using System;
using System.Collections.Generic;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Naming;

namespace GatewayDsl.Core.Rules.Deployment;

/// <summary>
/// GW4003: the library disks must be the right kind of file. The OS disk is a sysprepped <c>.vhd</c> or <c>.vhdx</c>
/// (prerequisite 4, R45); the CSV and quorum disks are two copies of VMM's small blank <c>.vhdx</c>, so they are
/// <c>.vhdx</c> files and two different files (prerequisite 4, R46): the guest cluster needs a separate disk for each.
/// </summary>
internal sealed class LibraryDisksNeedValidVhdFilesRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW4003",
        "library-disks-need-valid-vhd-files",
        "The OS disk must be a .vhd/.vhdx; the CSV and quorum disks must be two distinct .vhdx files",
        RuleSeverity.Error,
        RuleCategory.Deployment,
        "R45, R46; procedure prerequisite 4");

    /// <summary>Creates the rule.</summary>
    public LibraryDisksNeedValidVhdFilesRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        // A missing library or disk is GW0004's finding; unknown file names are GW0001's.
        if (spec.Library is not { } library)
        {
            yield break;
        }

        if (Known(library.OsDisk) is { } os && !EndsWith(os.Value, ".vhd") && !EndsWith(os.Value, ".vhdx"))
        {
            yield return Report(
                os.Source,
                Describe("OS disk", os.Value, ".vhd or .vhdx") + " the gateway VMs boot from a sysprepped Windows Server virtual hard disk in .vhd or .vhdx format. "
                + "Name the .vhd or .vhdx file in the library, e.g. 'WS2016-Datacenter.vhdx'.");
        }

        var csv = Known(library.CsvDisk);
        var quorum = Known(library.QuorumDisk);
        foreach (var (disk, role, example) in new[] { (csv, "CSV disk", "Gateway-CSV.vhdx"), (quorum, "quorum disk", "Gateway-Quorum.vhdx") })
        {
            if (disk is not null && !EndsWith(disk.Value, ".vhdx"))
            {
                yield return Report(
                    disk.Source,
                    Describe(role, disk.Value, ".vhdx") + $" the CSV and quorum disks are copies of VMM's small blank .vhdx. Copy the blank .vhdx into the "
                    + $"'{LibrarySpec.GatewayFolder}' library folder under a name such as '{example}'.");
            }
        }

        // Library paths are Windows file names, which compare without case. Both disks sit in the same folder
        // ('Windows Server Gateway'), so the same name is the same file.
        if (csv is { Value: { } csvName } && quorum is { Value: { } quorumName }
            && !string.IsNullOrWhiteSpace(csvName) && string.Equals(csvName, quorumName, StringComparison.OrdinalIgnoreCase))
        {
            yield return Report(
                quorum.Source,
                $"The quorum disk '{quorumName}' is the same file as the CSV disk '{csvName}'; the guest cluster needs two separate disks. "
                + "Make two copies of VMM's blank .vhdx, named to show which is which, e.g. 'Gateway-CSV.vhdx' and 'Gateway-Quorum.vhdx'.",
                csv.Source);
        }
    }

    /// <summary>The setting when it is given and known; null otherwise (missing is GW0004's, unknown GW0001's).</summary>
    private static Setting<string?>? Known(Setting<string?>? setting) => setting is { IsKnown: true } ? setting : null;

    /// <summary>Extensions are ASCII; Windows ignores their case (".VHDX" is a .vhdx).</summary>
    private static bool EndsWith(string? fileName, string extension) =>
        fileName is not null && AsciiText.EndsWithIgnoreCase(fileName, extension);

    /// <summary>The opening of a message about one disk: empty, or not of the <paramref name="expected"/> kind.</summary>
    private static string Describe(string role, string? fileName, string expected) =>
        string.IsNullOrWhiteSpace(fileName)
            ? $"The {role}'s file name is empty:"
            : $"The {role} '{fileName}' is not a {expected} file:";
}
