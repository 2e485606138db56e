using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace GatewayDsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs a code fix of <typeparamref name="TFix"/> on markup sources (<c>{|GW1002:200|}</c>) and compares the whole
/// fixed file. The fixed file is analyzed again with the same rules, so "the rule no longer fires" (and no other
/// enabled rule starts to) is part of every test.
/// </summary>
/// <typeparam name="TFix">The code fix provider under test.</typeparam>
public static class CodeFixVerifier<TFix>
    where TFix : CodeFixProvider, new()
{
    /// <summary>
    /// A configured test: offline references in both states (toolchain notes §3), and every rule disabled except
    /// <paramref name="rulesUnderTest"/>; pass none to keep all rules on (for edits of a valid sample).
    /// </summary>
    public static CSharpCodeFixTest<GatewayDefinitionAnalyzer, TFix, DefaultVerifier> Create(string source, string fixedSource, params string[] rulesUnderTest)
    {
        var test = new CSharpCodeFixTest<GatewayDefinitionAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.None,
        };
        test.TestState.AdditionalReferences.AddRange(TestReferences.Net100);
        test.TestState.AdditionalReferences.Add(TestReferences.GatewayDsl);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.Net100);
        test.FixedState.AdditionalReferences.Add(TestReferences.GatewayDsl);
        if (rulesUnderTest.Length > 0)
        {
            test.DisabledDiagnostics.AddRange(RuleIds.AllExcept(rulesUnderTest));
        }

        return test;
    }

    /// <summary>Applies the code action with <paramref name="equivalenceKey"/> (one diagnostic, no fix-all) and compares the result.</summary>
    public static Task VerifyAsync(string source, string fixedSource, string equivalenceKey, params string[] rulesUnderTest)
    {
        var test = Create(source, fixedSource, rulesUnderTest);
        test.CodeActionEquivalenceKey = equivalenceKey;
        return test.RunAsync();
    }

    /// <summary>
    /// Fixes <paramref name="diagnostics"/> diagnostics one by one and, when the provider supports it, all at once in a
    /// single fix-all pass (document, project and solution scope); each way must give <paramref name="fixedSource"/>.
    /// </summary>
    public static Task VerifyFixAllAsync(string source, string fixedSource, string equivalenceKey, int diagnostics, params string[] rulesUnderTest)
    {
        var test = Create(source, fixedSource, rulesUnderTest);
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.NumberOfIncrementalIterations = diagnostics;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    /// <summary>
    /// The code actions <typeparamref name="TFix"/> offers for the diagnostics the analyzer reports in
    /// <paramref name="source"/> (plain C#, no markup), in order: to check titles and equivalence keys, and that no
    /// fix is offered where none can be made.
    /// </summary>
    public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(string source)
    {
        using var workspace = new AdhocWorkspace();
        var document = workspace.CurrentSolution
            .AddProject("Tests", "Tests", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(TestReferences.Net100.Add(TestReferences.GatewayDsl))
            .AddDocument("Test0.cs", source);
        var compilation = await document.Project.GetCompilationAsync();
        var diagnostics = await compilation!
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new GatewayDefinitionAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        var fix = new TFix();
        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id)).OrderBy(d => d.Location.SourceSpan.Start))
        {
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        }

        return actions;
    }
}
