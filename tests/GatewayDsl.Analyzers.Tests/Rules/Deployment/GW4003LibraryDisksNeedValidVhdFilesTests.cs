using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Deployment;

/// <summary>GW4003 at build time: reported on the file name argument of OsDisk, CsvDisk or QuorumDisk.</summary>
public sealed class GW4003LibraryDisksNeedValidVhdFilesTests
{
    [Fact]
    public Task Os_disk_that_is_not_a_virtual_disk_Triggers_on_the_file_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".OsDisk(\"WS2016-Datacenter.vhdx\")", ".OsDisk({|GW4003:\"WS2016-Datacenter.iso\"|})")),
        "GW4003");

    [Fact]
    public Task Csv_disk_in_vhd_format_Triggers_on_the_file_name() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((".CsvDisk(\"Forwarding-CSV.vhdx\")", ".CsvDisk({|GW4003:\"Forwarding-CSV.vhd\"|})")),
        "GW4003");

    [Fact]
    public Task Quorum_disk_that_is_the_csv_disk_through_a_constant_Triggers_on_the_quorum_disk() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".CsvDisk(\"Gateway-CSV.vhdx\")", ".CsvDisk(Disks.Csv)"),
            (".QuorumDisk(\"Gateway-Quorum.vhdx\")", ".QuorumDisk({|GW4003:Disks.Csv|})"),
            ("[Gateway]", "static class Disks { public const string Csv = \"Gateway-CSV.vhdx\"; }\n\n[Gateway]")),
        "GW4003");

    [Fact]
    public Task Quorum_disk_from_an_interpolated_constant_Triggers_on_the_interpolation() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".QuorumDisk(\"Gateway-Quorum.vhdx\")", ".QuorumDisk({|GW4003:$\"{Stem}-Quorum.vhd\"|})"),
            ("public static GatewayDefinition Define()", "const string Stem = \"Gateway\";\n\n    public static GatewayDefinition Define()")),
        "GW4003");

    [Fact]
    public Task Extensions_in_upper_case_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".OsDisk(\"WS2016-Datacenter.vhdx\")", ".OsDisk(\"WS2016-Datacenter.VHD\")"),
            (".CsvDisk(\"Gateway-CSV.vhdx\")", ".CsvDisk(\"Gateway-CSV.VHDX\")")),
        "GW4003");

    [Fact]
    public Task Vhd_os_disk_and_vhdx_blank_disks_DoNotTrigger() => RuleCase.VerifyAsync(SampleSource.Forwarding(), "GW4003");
}
