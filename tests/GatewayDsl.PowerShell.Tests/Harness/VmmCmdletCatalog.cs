using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace GatewayDsl.PowerShell.Tests.Harness;

/// <summary>
/// The VMM cmdlet reference as the stubs see it: every cmdlet of <c>vmm-cmdlets-detail.tsv</c> with its parameter
/// sets, parameters, types, mandatory flags and positions, plus the accepted enum values of <c>vmm-enums.tsv</c>
/// and the mandatory-switch corrections of <c>vmm-mandatory-overrides.tsv</c> (see <c>Reference/README.md</c>).
/// </summary>
public sealed class VmmCmdletCatalog
{
    /// <summary>The set name the reference uses for a cmdlet with a single unnamed parameter set.</summary>
    public const string AllSetName = "(All)";

    private VmmCmdletCatalog(IReadOnlyList<VmmCmdlet> cmdlets, IReadOnlyList<VmmEnum> enums, IReadOnlyList<VmmMandatoryOverride> overrides)
    {
        Cmdlets = cmdlets;
        Enums = enums;
        Overrides = overrides;
    }

    /// <summary>Cmdlets in the order they first appear in the TSV.</summary>
    public IReadOnlyList<VmmCmdlet> Cmdlets { get; }

    /// <summary>Enum types with their accepted values, one entry per distinct type name.</summary>
    public IReadOnlyList<VmmEnum> Enums { get; }

    /// <summary>The mandatory corrections that were applied.</summary>
    public IReadOnlyList<VmmMandatoryOverride> Overrides { get; }

    /// <summary>Looks a cmdlet up by name (case-insensitive, like PowerShell).</summary>
    public VmmCmdlet this[string name] =>
        Cmdlets.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"Cmdlet '{name}' is not in the reference.");

    /// <summary>The catalog from the copies in the test output directory (<c>Reference/</c>).</summary>
    public static VmmCmdletCatalog Default => DefaultCatalog.Value;

    private static readonly Lazy<VmmCmdletCatalog> DefaultCatalog = new(() =>
        Load(Path.Combine(AppContext.BaseDirectory, "Reference")));

    /// <summary>Reads the three reference files from <paramref name="referenceDirectory"/>.</summary>
    public static VmmCmdletCatalog Load(string referenceDirectory)
    {
        var enums = ReadEnums(Path.Combine(referenceDirectory, "vmm-enums.tsv"));
        var overrides = ReadOverrides(Path.Combine(referenceDirectory, "vmm-mandatory-overrides.tsv"));
        var rows = ReadDetailRows(Path.Combine(referenceDirectory, "vmm-cmdlets-detail.tsv"));
        var cmdlets = rows
            .GroupBy(r => r.Cmdlet, StringComparer.Ordinal)
            .Select(g => BuildCmdlet(g.Key, g.ToList(), enums, overrides))
            .ToList();
        foreach (var o in overrides)
        {
            // An override that names nothing would be a silent no-op; make it loud instead.
            var cmdlet = cmdlets.FirstOrDefault(c => c.Name == o.Cmdlet)
                ?? throw new InvalidDataException($"Override names unknown cmdlet '{o.Cmdlet}'.");
            var p = cmdlet.Parameters.FirstOrDefault(x => x.Name == o.Parameter)
                ?? throw new InvalidDataException($"Override names unknown parameter '{o.Cmdlet} -{o.Parameter}'.");
            if (p.Sets.All(s => s.SetName != o.ParameterSet))
                throw new InvalidDataException($"Override names unknown set '{o.ParameterSet}' of '{o.Cmdlet} -{o.Parameter}'.");
        }

        var distinctEnums = enums
            .GroupBy(e => e.TypeName, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                if (g.Any(e => !e.Values.SequenceEqual(first.Values)))
                    throw new InvalidDataException($"Enum type '{g.Key}' has different value lists in vmm-enums.tsv.");
                return new VmmEnum(g.Key, first.Values);
            })
            .ToList();
        return new VmmCmdletCatalog(cmdlets, distinctEnums, overrides);
    }

    private static VmmCmdlet BuildCmdlet(string name, List<DetailRow> rows, List<EnumRow> enums, IReadOnlyList<VmmMandatoryOverride> overrides)
    {
        var setNames = rows.Select(r => r.Set).Distinct(StringComparer.Ordinal).ToList();
        if (setNames.Contains(AllSetName) && setNames.Count > 1)
            throw new InvalidDataException($"{name}: '(All)' mixed with named sets.");
        var defaults = rows.Where(r => r.IsDefault).Select(r => r.Set).Distinct(StringComparer.Ordinal).ToList();
        if (defaults.Count > 1)
            throw new InvalidDataException($"{name}: more than one default set ({string.Join(", ", defaults)}).");

        // Positions: the n-th positional parameter of a set (in SYNTAX order, which is the TSV row order) gets Position n.
        var positions = new Dictionary<(string Set, string Param), int>();
        foreach (var set in setNames)
        {
            var n = 0;
            foreach (var r in rows.Where(r => r.Set == set && r.Positional))
                positions[(set, r.Parameter)] = n++;
        }

        var parameters = rows
            .GroupBy(r => r.Parameter, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var types = g.Select(r => r.Type).Distinct(StringComparer.Ordinal).ToList();
                if (types.Count > 1)
                    throw new InvalidDataException($"{name} -{g.Key}: different types per set ({string.Join(", ", types)}).");
                var sets = g.Select(r =>
                {
                    if (g.Count(x => x.Set == r.Set) > 1)
                        throw new InvalidDataException($"{name} -{g.Key}: duplicate row in set '{r.Set}'.");
                    var mandatory = r.Mandatory || overrides.Any(o => o.Cmdlet == name && o.ParameterSet == r.Set && o.Parameter == r.Parameter);
                    return new VmmParameterSetMembership(r.Set, mandatory, positions.TryGetValue((r.Set, r.Parameter), out var pos) ? pos : null);
                }).ToList();
                var enumRow = enums.FirstOrDefault(e => e.Cmdlet == name && e.Parameter == g.Key)
                    ?? enums.FirstOrDefault(e => e.TypeName == types[0]);
                return new VmmParameter(g.Key, types[0], sets, enumRow?.Values);
            })
            .ToList();

        return new VmmCmdlet(name, defaults.SingleOrDefault(), setNames, parameters, rows[0].Source);
    }

    private sealed record DetailRow(string Cmdlet, string Set, bool IsDefault, string Parameter, string Type, bool Mandatory, bool Positional, string Source);

    private sealed record EnumRow(string Cmdlet, string Parameter, string TypeName, IReadOnlyList<string> Values);

    private static List<DetailRow> ReadDetailRows(string path)
    {
        var lines = ReadTsv(path, expectedHeader: "cmdlet\tparameterSetName\tisDefaultSet\tparameterName\ttype\tmandatoryPerSyntax\tpositionalPerSyntax\tsource");
        return lines.Select(f => new DetailRow(f[0], f[1], Bool(f[2]), f[3], f[4], Bool(f[5]), Bool(f[6]), f[7])).ToList();
    }

    private static List<EnumRow> ReadEnums(string path) =>
        ReadTsv(path, expectedHeader: null)
            .Select(f => new EnumRow(f[0], f[1], f[2], f[3].Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList()))
            .ToList();

    private static List<VmmMandatoryOverride> ReadOverrides(string path) =>
        ReadTsv(path, expectedHeader: "cmdlet\tparameterSetName\tparameterName\tevidence")
            .Select(f => new VmmMandatoryOverride(f[0], f[1], f[2], f[3]))
            .ToList();

    private static List<string[]> ReadTsv(string path, string? expectedHeader)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        if (expectedHeader is not null)
        {
            if (lines.Count == 0 || lines[0] != expectedHeader)
                throw new InvalidDataException($"{Path.GetFileName(path)}: expected header '{expectedHeader}'.");
            lines.RemoveAt(0);
        }

        var columns = expectedHeader?.Split('\t').Length ?? 4;
        return lines.Select((l, i) =>
        {
            var f = l.Split('\t');
            if (f.Length != columns)
                throw new InvalidDataException($"{Path.GetFileName(path)} line {i + 1}: {f.Length} columns, expected {columns}.");
            return f;
        }).ToList();
    }

    private static bool Bool(string value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => throw new InvalidDataException($"Expected 'true' or 'false', got '{value}'."),
    };
}

/// <summary>One cmdlet of the reference.</summary>
/// <param name="Name">Cmdlet name, e.g. <c>New-SCLogicalNetwork</c>.</param>
/// <param name="DefaultSet">The set marked "(Default)" in SYNTAX, or null when none is marked.</param>
/// <param name="Sets">Set names in SYNTAX order; a single <c>(All)</c> for an unnamed set.</param>
/// <param name="Parameters">Parameters in first-seen order.</param>
/// <param name="Source">Where the rows came from (repo@commit:path).</param>
public sealed record VmmCmdlet(string Name, string? DefaultSet, IReadOnlyList<string> Sets, IReadOnlyList<VmmParameter> Parameters, string Source)
{
    /// <summary>True when the cmdlet has one unnamed set (PowerShell's <c>__AllParameterSets</c>).</summary>
    public bool HasSingleUnnamedSet => Sets.Count == 1 && Sets[0] == VmmCmdletCatalog.AllSetName;

    /// <summary>The verb, e.g. <c>New</c>.</summary>
    public string Verb => Name[..Name.IndexOf('-', StringComparison.Ordinal)];
}

/// <summary>One parameter of a cmdlet, with its membership in each set.</summary>
/// <param name="Name">Parameter name without the dash.</param>
/// <param name="Type">Type as written in the reference (VMM class, enum, or .NET type name).</param>
/// <param name="Sets">The sets this parameter belongs to.</param>
/// <param name="EnumValues">Accepted values when the type is an enum listed in vmm-enums.tsv, else null.</param>
public sealed record VmmParameter(string Name, string Type, IReadOnlyList<VmmParameterSetMembership> Sets, IReadOnlyList<string>? EnumValues);

/// <summary>A parameter's attributes within one set.</summary>
/// <param name="SetName">Set name, or <c>(All)</c>.</param>
/// <param name="Mandatory">Mandatory per SYNTAX, or per a mandatory override.</param>
/// <param name="Position">Position within the set, or null when named.</param>
public sealed record VmmParameterSetMembership(string SetName, bool Mandatory, int? Position);

/// <summary>An enum type with its accepted values.</summary>
public sealed record VmmEnum(string TypeName, IReadOnlyList<string> Values);

/// <summary>A parameter that SYNTAX shows as optional but the same file's YAML marks <c>Required: True</c>.</summary>
public sealed record VmmMandatoryOverride(string Cmdlet, string ParameterSet, string Parameter, string Evidence);
