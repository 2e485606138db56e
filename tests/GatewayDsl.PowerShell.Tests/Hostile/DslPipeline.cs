using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GatewayDsl.PowerShell.Tests.Hostile;

/// <summary>
/// The real analyzer and generator, run in-process on one C# source as the compiler runs them. They are loaded from
/// their build output (this project builds them: see its ProjectReferences), because referencing them would put their
/// Roslyn 4.x build next to the Roslyn 5 this project gets from the PowerShell SDK; they run on Roslyn 5 as they do in
/// the SDK's compiler.
/// </summary>
public static class DslPipeline
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<(ImmutableArray<DiagnosticAnalyzer> Analyzers, ISourceGenerator Generator)> Components = new(Load);

    private static readonly Lazy<CSharpCompilation> Empty = new(() => CSharpCompilation.Create(
        "HostileDefinition",
        references: References(),
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)));

    /// <summary>The repository root (the folder holding GatewayDsl.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The build configuration of this test assembly (the components are taken from the same one).</summary>
    public static string Configuration { get; } =
        typeof(DslPipeline).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Compiles <paramref name="source"/>, runs the generator on it and the analyzers on the result.</summary>
    public static PipelineResult Run(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Definition.cs");
        var compilation = Empty.Value.AddSyntaxTrees(tree);
        var (analyzers, generator) = Components.Value;
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { generator }, parseOptions: ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        if (run.Results.Any(r => r.Exception is not null))
        {
            throw new InvalidOperationException("The generator threw: " + run.Results.First(r => r.Exception is not null).Exception);
        }

        // As in a real build, the analyzers see the generated code too.
        var analyzerDiagnostics = output.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return new PipelineResult(
            output,
            analyzerDiagnostics.Where(d => d.Id.StartsWith("GW", StringComparison.Ordinal)).ToList(),
            generatorDiagnostics.Concat(analyzerDiagnostics.Where(d => d.Id == "AD0001")).ToList(),
            run.Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText.ToString()).ToList());
    }

    private static (ImmutableArray<DiagnosticAnalyzer>, ISourceGenerator) Load()
    {
        var analyzers = LoadComponent("analyzers", "GatewayDsl.Analyzers").GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), false))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var generatorType = LoadComponent("generators", "GatewayDsl.Generators").GetTypes()
            .Single(t => !t.IsAbstract && t.IsDefined(typeof(GeneratorAttribute), false));
        var generator = ((IIncrementalGenerator)Activator.CreateInstance(generatorType)!).AsSourceGenerator();
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException("No analyzer found in GatewayDsl.Analyzers.");
        }

        return (analyzers, generator);
    }

    private static Assembly LoadComponent(string folder, string name)
    {
        var path = Path.Combine(RepoRoot, folder, name, "bin", Configuration, "netstandard2.0", name + ".dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Build {name} ({Configuration}) first; this project's ProjectReference does.", path);
        }

        return Assembly.LoadFrom(path);
    }

    /// <summary>The runtime's own assemblies a definition file needs, and the DSL's runtime library.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Collections", "System.Linq", "System.Console",
        };
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform.Where(p => wanted.Contains(Path.GetFileNameWithoutExtension(p)))
            .Append(typeof(GatewayDsl.Gateway).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GatewayDsl.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("GatewayDsl.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>What the pipeline produced for one source.</summary>
/// <param name="Output">The compilation with the generated sources.</param>
/// <param name="Diagnostics">The analyzer's GW diagnostics.</param>
/// <param name="Crashes">Generator warnings/errors (CS8784/CS8785) and AD0001: none is ever expected.</param>
/// <param name="GeneratedSources">The generated C# files.</param>
public sealed record PipelineResult(Compilation Output, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> Crashes, IReadOnlyList<string> GeneratedSources)
{
    /// <summary>Whether the analyzer reported an error (the definition is rejected).</summary>
    public bool Rejected => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The artifacts of the definition class <paramref name="metadataName"/>, or null when nothing was generated for it.</summary>
    public IReadOnlyDictionary<string, string>? Artifacts(string metadataName)
    {
        var type = Output.GetTypeByMetadataName(metadataName + "+GatewayArtifacts");
        if (type is null)
        {
            return null;
        }

        var constants = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst && f.ConstantValue is string).ToDictionary(f => f.Name, f => (string)f.ConstantValue!);
        var connection = Output.GetTypeByMetadataName(metadataName)?.GetMembers("ConnectionString").OfType<IFieldSymbol>().FirstOrDefault();
        if (connection?.ConstantValue is string text)
        {
            constants["ConnectionString"] = text;
        }

        return constants;
    }

    /// <summary>Compiler errors of the user's code and the generated code together.</summary>
    public IReadOnlyList<Diagnostic> CompileErrors() =>
        Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
}
