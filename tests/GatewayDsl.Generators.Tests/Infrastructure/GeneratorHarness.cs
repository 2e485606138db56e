using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace GatewayDsl.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="GatewayGenerator"/> on source text the way the compiler does.</summary>
public static class GeneratorHarness
{
    /// <summary>The parse options of test compilations.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>.NET 10 and the DSL runtime.</summary>
    public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(GatewayDefinition).Assembly.Location))
        .ToImmutableArray();

    /// <summary>A compilation of <paramref name="sources"/> (path = file name).</summary>
    public static CSharpCompilation Compile(params (string Path, string Text)[] sources) => CSharpCompilation.Create(
        "GatewayTests",
        sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path)),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver that tracks step reasons (for caching tests).</summary>
    public static GeneratorDriver CreateDriver(params AdditionalText[] additionalTexts) => CreateDriver(null, additionalTexts);

    /// <summary>A driver that tracks step reasons, with item metadata for the additional files (replacement templates).</summary>
    public static GeneratorDriver CreateDriver(AnalyzerConfigOptionsProvider? options, params AdditionalText[] additionalTexts) => CSharpGeneratorDriver.Create(
        new[] { new GatewayGenerator().AsSourceGenerator() },
        additionalTexts,
        ParseOptions,
        options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator and returns the output compilation, asserting it compiles and the generator did not fail.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Run(CSharpCompilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? CreateDriver()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
        var result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        return (output, result);
    }

    /// <summary>The sample files, as the samples compile them.</summary>
    public static (string Path, string Text) Sample(string project, string file) =>
        (file, File.ReadAllText(RepoPaths.Combine("samples", project, file)));
}
