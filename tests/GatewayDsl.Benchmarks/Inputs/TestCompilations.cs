using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GatewayDsl.Benchmarks.Inputs;

/// <summary>Compilations of synthetic sources against the offline .NET 10 reference assemblies (and the DSL).</summary>
public static class TestCompilations
{
    /// <summary>The parse options of every benchmark compilation.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> Net100 =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();

    private static readonly MetadataReference GatewayDsl = MetadataReference.CreateFromFile(typeof(GatewayDefinition).Assembly.Location);

    /// <summary>Parses one file.</summary>
    public static SyntaxTree Parse((string Path, string Text) file) => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.Path);

    /// <summary>A library compilation of <paramref name="files"/>; with <paramref name="referenceDsl"/> it references GatewayDsl.</summary>
    public static CSharpCompilation Create(IEnumerable<(string Path, string Text)> files, bool referenceDsl = true) => CSharpCompilation.Create(
        "Benchmark",
        files.Select(Parse),
        referenceDsl ? Net100.Add(GatewayDsl) : Net100,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary><paramref name="definitions"/> definitions followed by <paramref name="unrelated"/> unrelated files.</summary>
    public static IEnumerable<(string Path, string Text)> Files(int definitions, int unrelated, bool withFindings = false) =>
        Enumerable.Range(0, definitions).Select(i => SyntheticSources.Definition(i, withFindings))
            .Concat(Enumerable.Range(0, unrelated).Select(SyntheticSources.Unrelated));
}
