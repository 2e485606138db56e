using System;
using System.Linq;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Deployment;

public sealed class GW4003LibraryDisksNeedValidVhdFilesTests
{
    private const string Id = "GW4003";

    /// <summary>The valid baseline with its library replaced (a second Library call wins; GW0003 is expected).</summary>
    private static GatewayDefinition WithLibrary(Action<LibraryBuilder> configure) =>
        TestGateways.NonForwarding().Library("\\\\lib01.contoso.com\\MSSCVMMLibrary", configure);

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        // .vhdx OS disk (non-forwarding) and .vhd OS disk (forwarding).
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Os_disk_that_is_an_iso_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(WithLibrary(l => l.OsDisk("WS2016-Datacenter.iso").CsvDisk("Gateway-CSV.vhdx").QuorumDisk("Gateway-Quorum.vhdx")), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("OS disk 'WS2016-Datacenter.iso' is not a .vhd or .vhdx file", v.Message);
        Assert.EndsWith("OsDisk(fileName)", v.Location);
        Assert.Contains("Library(\"\\\\lib01.contoso.com\\MSSCVMMLibrary\")", v.Location);
    }

    [Theory]
    [InlineData("WS2016.VHDX")]
    [InlineData("WS2016.Vhd")]
    [InlineData("Disks\\WS2016.vhdx")]
    public void Os_disk_extension_in_any_case_DoesNotTrigger(string fileName) =>
        ViolationAssert.DoesNotReport(WithLibrary(l => l.OsDisk(fileName).CsvDisk("Gateway-CSV.vhdx").QuorumDisk("Gateway-Quorum.vhdx")), Id);

    [Theory]
    [InlineData("WS2016.avhdx")]
    [InlineData("WS2016.vhdx.zip")]
    [InlineData("WS2016")]
    [InlineData("WS2016.vhdx ")]
    public void Os_disk_with_other_extension_Triggers(string fileName)
    {
        var v = ViolationAssert.ReportsOnce(WithLibrary(l => l.OsDisk(fileName).CsvDisk("Gateway-CSV.vhdx").QuorumDisk("Gateway-Quorum.vhdx")), Id);

        Assert.Contains("'" + fileName + "'", v.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Empty_os_disk_Triggers(string? fileName)
    {
        var v = ViolationAssert.ReportsOnce(WithLibrary(l => l.OsDisk(fileName!).CsvDisk("Gateway-CSV.vhdx").QuorumDisk("Gateway-Quorum.vhdx")), Id);

        Assert.Contains("OS disk's file name is empty", v.Message);
        Assert.EndsWith("OsDisk(fileName)", v.Location);
    }

    [Fact]
    public void Csv_disk_that_is_a_vhd_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(WithLibrary(l => l.OsDisk("WS2016.vhdx").CsvDisk("Gateway-CSV.vhd").QuorumDisk("Gateway-Quorum.vhdx")), Id);

        Assert.Contains("CSV disk 'Gateway-CSV.vhd' is not a .vhdx file", v.Message);
        Assert.Contains("'Windows Server Gateway'", v.Message);
        Assert.EndsWith("CsvDisk(fileName)", v.Location);
    }

    [Fact]
    public void Quorum_disk_without_extension_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(WithLibrary(l => l.OsDisk("WS2016.vhdx").CsvDisk("Gateway-CSV.vhdx").QuorumDisk("Gateway-Quorum")), Id);

        Assert.Contains("quorum disk 'Gateway-Quorum' is not a .vhdx file", v.Message);
        Assert.Contains("'Gateway-Quorum.vhdx'", v.Message);
        Assert.EndsWith("QuorumDisk(fileName)", v.Location);
    }

    [Fact]
    public void Empty_csv_and_quorum_disks_Trigger_each()
    {
        var violations = ViolationAssert.Reports(WithLibrary(l => l.OsDisk("WS2016.vhdx").CsvDisk(null!).QuorumDisk(" ")), Id);

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Location.EndsWith("CsvDisk(fileName)", StringComparison.Ordinal) && v.Message.Contains("CSV disk's file name is empty"));
        Assert.Contains(violations, v => v.Location.EndsWith("QuorumDisk(fileName)", StringComparison.Ordinal) && v.Message.Contains("quorum disk's file name is empty"));
    }

    [Fact]
    public void Same_file_for_csv_and_quorum_Triggers_on_the_quorum_disk()
    {
        var v = ViolationAssert.ReportsOnce(WithLibrary(l => l.OsDisk("WS2016.vhdx").CsvDisk("Blank.vhdx").QuorumDisk("BLANK.VHDX")), Id);

        Assert.Contains("quorum disk 'BLANK.VHDX' is the same file as the CSV disk 'Blank.vhdx'", v.Message);
        Assert.EndsWith("QuorumDisk(fileName)", v.Location);
    }

    [Fact]
    public void Same_file_with_wrong_extension_Triggers_for_each_fault()
    {
        var violations = ViolationAssert.Reports(WithLibrary(l => l.OsDisk("WS2016.vhdx").CsvDisk("Blank.vhd").QuorumDisk("Blank.vhd")), Id);

        Assert.Equal(3, violations.Count);
        Assert.Single(violations, v => v.Message.Contains("same file"));
    }

    [Fact]
    public void Os_disk_named_like_a_blank_disk_DoesNotTrigger() =>
        // The OS disk lives outside the 'Windows Server Gateway' folder: the same name is a different file.
        ViolationAssert.DoesNotReport(WithLibrary(l => l.OsDisk("Gateway-CSV.vhdx").CsvDisk("Gateway-CSV.vhdx").QuorumDisk("Gateway-Quorum.vhdx")), Id);

    [Fact]
    public void Missing_disks_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(WithLibrary(l => { }), Id);
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01"), Id);
    }

    [Fact]
    public void Every_fault_is_reported_in_definition_order()
    {
        var violations = ViolationAssert.Reports(WithLibrary(l => l.OsDisk("a.iso").CsvDisk("b.vhd").QuorumDisk("c.img")), Id);

        Assert.Equal(new[] { "OsDisk(fileName)", "CsvDisk(fileName)", "QuorumDisk(fileName)" }, violations.Select(v => v.Location.Split(" › ").Last()).ToArray());
    }
}
