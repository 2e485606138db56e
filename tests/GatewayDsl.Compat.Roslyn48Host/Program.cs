using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using GatewayDsl.Compat;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: GatewayDsl.Compat.Roslyn48Host --analyzers <dir> --ref <GatewayDsl.dll> --src <file.cs>...
// Prints, one per line: "runtime <version>", "roslyn <version>", "loaded <assembly> <version> from <dir>/",
// "diagnostic <id> <severity> <file>:<line>", "constant <Type.Member> <length>", and "failure <text>" for every
// generator or analyzer exception (csc's CS8785 and AD0001). Exit code 0 when nothing failed.
var analyzerDirectory = Path.GetFullPath(Argument("--analyzers").Single());
var references = Argument("--ref");
var sources = Argument("--src");

Console.WriteLine("runtime " + Environment.Version);
Console.WriteLine("roslyn " + typeof(CSharpCompilation).Assembly.GetName().Version);

var loader = new CompilerLikeLoader();
var analyzerFiles = Directory.GetFiles(analyzerDirectory, "*.dll").OrderBy(f => f, StringComparer.Ordinal).ToArray();
foreach (var file in analyzerFiles)
{
    loader.AddDependencyLocation(file);
}

var analyzerReferences = analyzerFiles.Select(f => new AnalyzerFileReference(f, loader)).ToArray();
var failures = new List<string>();
foreach (var reference in analyzerReferences)
{
    reference.AnalyzerLoadFailed += (_, e) => failures.Add($"load {Path.GetFileName(reference.FullPath)}: {e.ErrorCode} {e.Message}");
}

var analyzers = analyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
var generators = analyzerReferences.SelectMany(r => r.GetGenerators(LanguageNames.CSharp)).ToImmutableArray();

// The reference set is the running .NET 8 runtime itself (self-contained: its assemblies sit beside this program).
var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
var compilation = CSharpCompilation.Create(
    "Roslyn48HostInput",
    sources.Select(s => CSharpSyntaxTree.ParseText(File.ReadAllText(s), parseOptions, path: s)),
    platform.Concat(references).Select(p => MetadataReference.CreateFromFile(p)),
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

var driver = CSharpGeneratorDriver.Create(generators.Select(g => g), parseOptions: parseOptions)
    .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
foreach (var result in driver.GetRunResult().Results.Where(r => r.Exception is not null))
{
    failures.Add($"generator {result.Generator.GetGeneratorType().Name}: {result.Exception}");
}

var options = new CompilationWithAnalyzersOptions(
    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
    onAnalyzerException: (error, analyzer, _) => failures.Add($"analyzer {analyzer.GetType().Name}: {error}"),
    concurrentAnalysis: false,
    logAnalyzerExecutionTime: false);
var diagnostics = generated.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult()
    .Concat(generatorDiagnostics)
    .Where(d => d.Severity >= DiagnosticSeverity.Warning)
    .OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ThenBy(d => d.Id, StringComparer.Ordinal);

foreach (var line in loader.Loaded.Distinct().OrderBy(l => l, StringComparer.Ordinal))
{
    Console.WriteLine("loaded " + line);
}

foreach (var diagnostic in diagnostics)
{
    var span = diagnostic.Location.GetLineSpan();
    var where = span.Path.Length == 0 ? "-" : $"{Path.GetFileName(span.Path)}:{span.StartLinePosition.Line + 1}";
    Console.WriteLine($"diagnostic {diagnostic.Id} {diagnostic.Severity.ToString().ToLowerInvariant()} {where}");
}

// The generated constants: every const string of the generated trees, by containing type and name, with its length.
foreach (var tree in generated.SyntaxTrees.Except(compilation.SyntaxTrees))
{
    var model = generated.GetSemanticModel(tree);
    foreach (var variable in tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>())
    {
        if (model.GetDeclaredSymbol(variable) is IFieldSymbol { IsConst: true, ConstantValue: string value } field)
        {
            Console.WriteLine($"constant {field.ContainingType.Name}.{field.Name} {value.Length}");
        }
    }
}

foreach (var failure in failures)
{
    Console.WriteLine("failure " + failure.ReplaceLineEndings(" | "));
}

return failures.Count == 0 ? 0 : 1;

string[] Argument(string name) =>
    args.Select((value, index) => (value, index)).Where(a => a.value == name && a.index + 1 < args.Length).Select(a => args[a.index + 1]).ToArray();
