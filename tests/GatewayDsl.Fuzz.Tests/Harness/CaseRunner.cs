using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>
/// Runs one source through everything the IDE and the compiler would run: all analyzers (exceptions captured through
/// <c>onAnalyzerException</c>, AD0001 looked for), all generators (run-result exceptions, CS8784/CS8785, generated code
/// that does not parse, or does not compile although the user's code does), and every code fix for every GW diagnostic
/// (registration and the actions' operations). The references are bound once: each case adds its one tree to an empty
/// compilation (and, for code fixes, forks an empty workspace document), so no case pays for binding them again.
/// </summary>
public sealed class CaseRunner
{
    /// <summary>The language version of every case.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>
    /// The DSL runtime and the .NET 10 reference assemblies a definition file can use (shared by all cases). Not all 168:
    /// binding against every one of them doubles a case's time, and nothing GatewayDsl does depends on the others.
    /// </summary>
    public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Where(r => r.FilePath is "System.Runtime.dll" or "System.Collections.dll" or "System.Linq.dll" or "System.Console.dll" or "System.Threading.Tasks.dll" or "netstandard.dll")
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(GatewayDefinition).Assembly.Location))
        .ToImmutableArray();

    private static readonly AnalyzerOptions NoAdditionalFiles = new(ImmutableArray<AdditionalText>.Empty);

    private readonly DslComponents components;
    private readonly CSharpCompilation emptyCompilation;
    private readonly AdhocWorkspace workspace;
    private readonly Document emptyDocument;
    private readonly Compilation emptyWorkspaceCompilation;

    /// <summary>Creates a runner for <paramref name="components"/>.</summary>
    public CaseRunner(DslComponents components)
    {
        this.components = components;
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

        // Binding ~170 references is the most expensive part of a small compilation: do it once. A compilation made
        // from this one by adding a tree shares its bound references.
        emptyCompilation = CSharpCompilation.Create("FuzzCase", references: References, options: options);
        _ = emptyCompilation.GetTypeByMetadataName("GatewayDsl.Gateway") ?? throw new InvalidOperationException("The DSL runtime is not referenced.");

        // The code fixes get the same text as a workspace document, as in the IDE.
        workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId("Fuzz");
        var documentId = DocumentId.CreateNewId(projectId, "Fuzz.cs");
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "FuzzCase", "FuzzCase", LanguageNames.CSharp, compilationOptions: options, parseOptions: ParseOptions, metadataReferences: References))
            .AddDocument(documentId, "Fuzz.cs", SourceText.From(string.Empty), filePath: FilePath);
        emptyDocument = solution.GetDocument(documentId)!;

        // Held so that each case's document forks this bound compilation instead of binding the references again.
        emptyWorkspaceCompilation = emptyDocument.Project.GetCompilationAsync().GetAwaiter().GetResult()!;
    }

    /// <summary>The path of the case's file.</summary>
    private const string FilePath = "/fuzz/Fuzz.cs";

    /// <summary>Runs every component on <paramref name="source"/>; an exception of the harness itself propagates.</summary>
    public async Task<CaseResult> RunAsync(string source, CancellationToken cancellationToken)
    {
        var result = new CaseResult();
        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions, FilePath, cancellationToken: cancellationToken);
        result.Skipped = KnownCompilerCrashes.Reason(tree.GetRoot(cancellationToken));
        if (result.Skipped is not null)
        {
            return result;
        }

        var compilation = emptyCompilation.AddSyntaxTrees(tree);

        var diagnostics = await AnalyzeAsync(compilation, result, cancellationToken).ConfigureAwait(false);
        Generate(compilation, result, cancellationToken);
        if (!components.CodeFixes.IsEmpty)
        {
            await FixAsync(source, diagnostics, result, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, CaseResult result, CancellationToken cancellationToken)
    {
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            NoAdditionalFiles,
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue($"analyzer {analyzer.GetType().Name} threw ({diagnostic.Id}): {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var all = await compilation.WithAnalyzers(components.Analyzers, options).GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        result.Problems.AddRange(exceptions);
        result.Problems.AddRange(all.Where(d => d.Id == "AD0001").Select(d => "AD0001: " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        result.HasCompilerErrors = all.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal));
        var gateway = all.Where(d => d.Id.StartsWith("GW", StringComparison.Ordinal)).ToImmutableArray();
        result.GatewayDiagnostics = gateway.Length;
        return gateway;
    }

    private void Generate(Compilation compilation, CaseResult result, CancellationToken cancellationToken)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(components.Generators, parseOptions: ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, cancellationToken);
        var run = driver.GetRunResult();
        foreach (var generator in run.Results.Where(r => r.Exception is not null))
        {
            result.Problems.Add($"generator {generator.Generator.GetGeneratorType().Name} threw: {generator.Exception}");
        }

        result.Problems.AddRange(diagnostics.Where(d => d.Id is "CS8784" or "CS8785").Select(d => $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        result.GeneratedSources = run.GeneratedTrees.Length;
        foreach (var tree in run.GeneratedTrees)
        {
            // Every user string must reach the generated C# as a well-formed literal, whatever the user wrote.
            var errors = tree.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length == 0 && !result.HasCompilerErrors)
            {
                // Valid user code must stay valid with the generated code added.
                errors = output.GetSemanticModel(tree).GetDiagnostics(cancellationToken: cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            }

            foreach (var error in errors.Take(5))
            {
                result.Problems.Add($"generated {System.IO.Path.GetFileName(tree.FilePath)} has {error.Id} at {error.Location.GetLineSpan().StartLinePosition}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }
    }

    private async Task FixAsync(string source, ImmutableArray<Diagnostic> diagnostics, CaseResult result, CancellationToken cancellationToken)
    {
        var fixable = diagnostics.Where(d => d.Location.IsInSource && components.CodeFixes.Any(p => p.FixableDiagnosticIds.Contains(d.Id))).ToArray();
        if (fixable.Length == 0)
        {
            return;
        }

        // The document's tree has the same text (so the same spans) as the analyzed one; the diagnostics are moved
        // onto it so that a fix sees exactly what the IDE would give it.
        var document = emptyDocument.WithText(SourceText.From(source));
        var tree = (await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
        Location Move(Location location) => location.IsInSource ? Location.Create(tree, location.SourceSpan) : location;
        foreach (var original in fixable)
        {
            var diagnostic = Diagnostic.Create(original.Descriptor, Move(original.Location), original.Severity, original.AdditionalLocations.Select(Move), original.Properties, original.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var provider in components.CodeFixes.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                var name = provider.GetType().Name;
                try
                {
                    var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
                    await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                    foreach (var action in Flatten(actions))
                    {
                        result.CodeActions++;
                        foreach (var operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
                        {
                            if (operation is ApplyChangesOperation apply)
                            {
                                foreach (var changed in apply.ChangedSolution.GetChanges(document.Project.Solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()))
                                {
                                    await apply.ChangedSolution.GetDocument(changed)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                                }
                            }
                        }
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    result.Problems.Add($"code fix {name} threw on {diagnostic.Id} at {diagnostic.Location.SourceSpan}: {exception}");
                }
            }
        }
    }

    /// <summary>The actions that carry operations: a group's nested actions (a group itself has none to compute).</summary>
    private static IEnumerable<CodeAction> Flatten(IEnumerable<CodeAction> actions)
    {
        foreach (var action in actions)
        {
            if (action.NestedActions.IsEmpty)
            {
                yield return action;
                continue;
            }

            foreach (var nested in Flatten(action.NestedActions))
            {
                yield return nested;
            }
        }
    }
}
