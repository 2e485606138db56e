using System;
using System.Collections.Generic;
using System.Linq;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Stubs;

/// <summary>The runtime's Get-/create tables (Stubs/VmmFabric.ps1) agree with the reference.</summary>
public class FabricCatalogTests
{
    private static readonly VmmCmdletCatalog Catalog = VmmCmdletCatalog.Default;

    private static List<(string Table, string Cmdlet, string Parameter)> ReadTables()
    {
        using var harness = new PowerShellHarness();
        var result = harness.RunScript("""
            foreach ($c in $global:VmmStubGetters.Keys) {
                [pscustomobject]@{ Table = 'Getters'; Cmdlet = $c; Parameter = '' }
                foreach ($p in $global:VmmStubGetters[$c].Filters.Keys) { [pscustomobject]@{ Table = 'Getters'; Cmdlet = $c; Parameter = $p } }
            }
            foreach ($c in $global:VmmStubCreators.Keys) { [pscustomobject]@{ Table = 'Creators'; Cmdlet = $c; Parameter = '' } }
            """);
        Assert.True(result.Succeeded, result.Describe());
        return result.Output.Select(o => ((string)FabricObject.Get(o, "Table")!, (string)FabricObject.Get(o, "Cmdlet")!, (string)FabricObject.Get(o, "Parameter")!)).ToList();
    }

    [Fact]
    public void EveryGetCmdlet_HasALookup_WhoseFiltersAreItsParameters()
    {
        var rows = ReadTables().Where(r => r.Table == "Getters").ToList();
        var getters = rows.Select(r => r.Cmdlet).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
        var expected = Catalog.Cmdlets.Where(c => c.Verb == "Get").Select(c => c.Name).OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, getters);
        var unknown = rows.Where(r => r.Parameter.Length > 0 && !Catalog[r.Cmdlet].Parameters.Any(p => p.Name == r.Parameter)).ToList();
        Assert.True(unknown.Count == 0, "Filters on parameters the cmdlet does not have: " + string.Join(", ", unknown.Select(u => $"{u.Cmdlet} -{u.Parameter}")));
    }

    [Fact]
    public void EveryCreatingCmdlet_HasACreator_AndNoOtherCmdletDoes()
    {
        var creators = ReadTables().Where(r => r.Table == "Creators").Select(r => r.Cmdlet).OrderBy(x => x, StringComparer.Ordinal).ToList();
        var creatingVerbs = new HashSet<string>(StringComparer.Ordinal) { "New", "Add", "Import", "Register", "Grant" };
        var expected = Catalog.Cmdlets.Where(c => creatingVerbs.Contains(c.Verb)).Select(c => c.Name).OrderBy(x => x, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, creators);
        Assert.Equal(
            new[] { "Add", "Get", "Grant", "Import", "New", "Read", "Register", "Set", "Start", "Test", "Update" },
            Catalog.Cmdlets.Select(c => c.Verb).Distinct().OrderBy(x => x, StringComparer.Ordinal));
    }
}
