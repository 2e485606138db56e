using System;
using System.Linq;
using System.Management.Automation.Language;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Stubs;

/// <summary>The generated stubs mirror the reference: parse, one function per cmdlet, same sets, mandatory flags and positions.</summary>
public class StubGenerationTests
{
    private static readonly VmmCmdletCatalog Catalog = VmmCmdletCatalog.Default;

    [Fact]
    public void StubSource_Parses_WithZeroErrors()
    {
        var parsed = ScriptSyntax.Parse(VmmStubGenerator.DefaultScript);
        Assert.True(parsed.Errors.Count == 0, parsed.DescribeErrors());
    }

    [Fact]
    public void EveryCmdletOfTheReference_HasExactlyOneStubFunction()
    {
        var parsed = ScriptSyntax.Parse(VmmStubGenerator.DefaultScript);
        var functions = parsed.Ast.FindAll(a => a is FunctionDefinitionAst, searchNestedScriptBlocks: false)
            .Cast<FunctionDefinitionAst>()
            .Select(f => f.Name.Replace("global:", "", StringComparison.Ordinal))
            .Where(n => n.Contains("-SC", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        var expected = Catalog.Cmdlets.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(91, expected.Count);
        Assert.Equal(expected, functions);
    }

    [Fact]
    public void LoadedStubs_HaveTheReferenceParameterSets_MandatoryFlags_AndPositions()
    {
        // Read back what PowerShell itself made of the generated functions (inside the runspace: the metadata resolves the
        // runtime's attribute class there), so the check covers the engine's view, not just the generated text.
        using var harness = new PowerShellHarness();
        var result = harness.RunScript("""
            $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
            foreach ($c in Get-Command -Name *-SC* -CommandType Function) {
                foreach ($s in $c.ParameterSets) {
                    foreach ($p in $s.Parameters) {
                        if ($common -contains $p.Name) { continue }
                        [pscustomobject]@{ Cmdlet = $c.Name; Set = $s.Name; IsDefault = $s.IsDefault; Parameter = $p.Name; Mandatory = $p.IsMandatory; Position = $p.Position }
                    }
                }
            }
            """);
        Assert.True(result.Succeeded, result.Describe());
        var actual = result.Output
            .Select(o => (
                Cmdlet: (string)FabricObject.Get(o, "Cmdlet")!,
                Set: (string)FabricObject.Get(o, "Set")! is var s && s == "__AllParameterSets" ? VmmCmdletCatalog.AllSetName : s,
                IsDefault: (bool)FabricObject.Get(o, "IsDefault")!,
                Parameter: (string)FabricObject.Get(o, "Parameter")!,
                Mandatory: (bool)FabricObject.Get(o, "Mandatory")!,
                Position: (int)FabricObject.Get(o, "Position")! is var pos && pos >= 0 ? pos : (int?)null))
            .ToList();

        var expected = Catalog.Cmdlets
            .SelectMany(c => c.Parameters.SelectMany(p => p.Sets.Select(m => (
                Cmdlet: c.Name,
                Set: m.SetName,
                IsDefault: c.DefaultSet == m.SetName,
                Parameter: p.Name,
                m.Mandatory,
                m.Position))))
            .ToList();

        static string Line((string Cmdlet, string Set, bool IsDefault, string Parameter, bool Mandatory, int? Position) r) =>
            $"{r.Cmdlet} [{r.Set}{(r.IsDefault ? "*" : "")}] -{r.Parameter} mandatory={r.Mandatory} position={r.Position}";
        var missing = expected.Select(Line).Except(actual.Select(Line)).ToList();
        var extra = actual.Select(Line).Except(expected.Select(Line)).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "Not in the loaded stubs:\n" + string.Join("\n", missing) + "\nOnly in the loaded stubs:\n" + string.Join("\n", extra));
        Assert.Equal(Catalog.Cmdlets.Count, actual.Select(a => a.Cmdlet).Distinct().Count());
    }

    [Theory]
    [InlineData("String", "string")]
    [InlineData("String[]", "string[]")]
    [InlineData("Int32", "int")]
    [InlineData("UInt32", "uint32")]
    [InlineData("UInt64", "uint64")]
    [InlineData("Boolean", "bool")]
    [InlineData("Guid", "guid")]
    [InlineData("SwitchParameter", "switch")]
    [InlineData("SecureString", "securestring")]
    [InlineData("PSCredential", "pscredential")]
    [InlineData("HostGroup", "object")]
    [InlineData("HostGroup[]", "object[]")]
    [InlineData("System.Collections.Generic.List`1[Microsoft.SystemCenter.VirtualMachineManager.SubnetVLan]", "object[]")]
    [InlineData("FabricRole", "object")]
    public void MapType_MapsReferenceTypes(string vmmType, string expected)
    {
        var (actual, _) = VmmStubGenerator.MapType(new VmmParameter("X", vmmType, Array.Empty<VmmParameterSetMembership>(), null));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EnumParameters_UseTheEnumType_AndObjectTypesGetTheArgumentCheck()
    {
        var protocol = Catalog["Add-SCNATRule"].Parameters.Single(p => p.Name == "Protocol");
        Assert.Equal(("Protocol", (string?)null), VmmStubGenerator.MapType(protocol));
        var lnd = Catalog["New-SCLogicalNetworkDefinition"].Parameters.Single(p => p.Name == "VMHostGroup");
        Assert.Equal(("object[]", (string?)"HostGroup"), VmmStubGenerator.MapType(lnd));
    }

    [Fact]
    public void MandatoryOverrides_AreAppliedToTheirSets()
    {
        Assert.Equal(11, Catalog.Overrides.Count);
        foreach (var o in Catalog.Overrides)
        {
            var m = Catalog[o.Cmdlet].Parameters.Single(p => p.Name == o.Parameter).Sets.Single(s => s.SetName == o.ParameterSet);
            Assert.True(m.Mandatory, $"{o.Cmdlet} -{o.Parameter} in {o.ParameterSet}");
        }
    }

    [Fact]
    public void Quote_DoublesEveryQuoteCharacterPowerShellAccepts()
    {
        foreach (var value in new[] { "O'Brien", "a\u2019b", "''", "$(x)", "`n", "x\ny" })
        {
            var parsed = ScriptSyntax.Parse("Write-Output " + VmmStubGenerator.Quote(value));
            Assert.Empty(parsed.Errors);
            UserStringCheck.AssertOnlyLiteral(parsed, value);
        }
    }
}
