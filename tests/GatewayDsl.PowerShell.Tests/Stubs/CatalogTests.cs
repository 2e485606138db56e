using System;
using System.IO;
using System.Linq;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Stubs;

/// <summary>Reading the reference TSVs, and what the reader refuses.</summary>
public class CatalogTests
{
    private static readonly string ReferenceDir = Path.Combine(AppContext.BaseDirectory, "Reference");

    [Fact]
    public void TheReference_Has91Cmdlets_And1582Rows()
    {
        var catalog = VmmCmdletCatalog.Default;
        Assert.Equal(91, catalog.Cmdlets.Count);
        Assert.Equal(1582, catalog.Cmdlets.Sum(c => c.Parameters.Sum(p => p.Sets.Count)));
        Assert.Equal(25, catalog.Enums.Count);
    }

    [Fact]
    public void Positions_AreNumberedPerSetInSyntaxOrder()
    {
        var catalog = VmmCmdletCatalog.Default;
        var name = catalog["New-SCLogicalNetwork"].Parameters;
        Assert.Equal(0, name.Single(p => p.Name == "Name").Sets.Single().Position);
        Assert.Equal(1, name.Single(p => p.Name == "Description").Sets.Single().Position);
        var vmnet = catalog["Get-SCVMNetwork"].Parameters;
        Assert.Equal(1, vmnet.Single(p => p.Name == "ID").Sets.Single(s => s.SetName == "ByID").Position);
        Assert.Null(catalog["Get-SCVMHostCluster"].Parameters.Single(p => p.Name == "Name").Sets.Select(s => s.Position).Distinct().Single());
    }

    [Fact]
    public void SetsWithoutADefault_AreKeptWithoutOne()
    {
        var catalog = VmmCmdletCatalog.Default;
        Assert.Null(catalog["New-SCStaticIPAddressPool"].DefaultSet);
        Assert.Equal("Automatic", catalog["New-SCDefaultGateway"].DefaultSet);
        Assert.True(catalog["New-SCLogicalNetwork"].HasSingleUnnamedSet);
    }

    [Fact]
    public void AnOverrideNamingAnUnknownParameter_IsRefused()
    {
        var dir = Directory.CreateTempSubdirectory("vmm-ref-").FullName;
        try
        {
            foreach (var f in Directory.GetFiles(ReferenceDir, "*.tsv"))
                File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            File.AppendAllText(Path.Combine(dir, "vmm-mandatory-overrides.tsv"), "New-SCVMNetwork\tAutoCreate\tNoSuchSwitch\ttest\n");
            var e = Assert.Throws<InvalidDataException>(() => VmmCmdletCatalog.Load(dir));
            Assert.Contains("NoSuchSwitch", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
