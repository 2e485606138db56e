using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GatewayDsl.Fuzz.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace GatewayDsl.Fuzz.Tests.HarnessTests;

/// <summary>
/// The harness catches what it claims to catch: planted faults (a throwing analyzer, generator and code fix, a case
/// that ignores cancellation) are reported, and working code fixes are registered and computed.
/// </summary>
public sealed class FaultDetectionTests
{
    private static readonly string Broken = FuzzCorpus.Samples.Single(s => s.Name.EndsWith("BrokenEdge.cs", StringComparison.Ordinal)).Text;

    [Fact]
    public async Task A_throwing_analyzer_is_reported()
    {
        var runner = new CaseRunner(DslComponents.Discover().With(analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer())));
        var result = await runner.RunAsync(Broken, CancellationToken.None);
        Assert.Contains(result.Problems, p => p.Contains("ThrowingAnalyzer", StringComparison.Ordinal) && p.Contains("planted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_throwing_generator_is_reported()
    {
        var runner = new CaseRunner(DslComponents.Discover().With(generators: ImmutableArray.Create(new ThrowingGenerator().AsSourceGenerator())));
        var result = await runner.RunAsync(Broken, CancellationToken.None);
        Assert.Contains(result.Problems, p => p.StartsWith("generator ThrowingGenerator threw", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("CS8785", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Code_fixes_are_registered_computed_and_their_exceptions_reported()
    {
        var runner = new CaseRunner(DslComponents.Discover().With(codeFixes: ImmutableArray.Create<CodeFixProvider>(new RenamingFix(), new ThrowingFix())));
        var result = await runner.RunAsync(Broken, CancellationToken.None);

        Assert.True(result.CodeActions >= 1, $"the working fix's nested action is computed: {result.CodeActions} actions, {result.GatewayDiagnostics} GW diagnostics, problems: {string.Join(" | ", result.Problems)}");
        Assert.Single(result.Problems, p => p.StartsWith("code fix ThrowingFix threw on GW3001", StringComparison.Ordinal));
        Assert.True(RenamingFix.Computed > 0);
    }

    [Fact]
    public async Task A_case_that_ignores_cancellation_is_a_hang_and_a_slow_one_a_timeout()
    {
        var fuzzCase = new Harness.FuzzCase(FuzzFamily.Tokens, 42, "test", "planted", "class C { }");
        var (_, hang) = await FuzzDriver.RunOneAsync(fuzzCase, (_, _) => Task.Run(() => { Thread.Sleep(1_500); return new CaseResult(); }), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200));
        Assert.StartsWith("HANG", Assert.Single(hang), StringComparison.Ordinal);

        var (_, slow) = await FuzzDriver.RunOneAsync(fuzzCase, async (_, token) => { await Task.Delay(5_000, token); return new CaseResult(); }, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5));
        Assert.StartsWith("TIMEOUT", Assert.Single(slow), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_names_seed_case_and_exact_source()
    {
        var failure = new FuzzFailure(new Harness.FuzzCase(FuzzFamily.Arguments, 1234, "samples/x.cs", "arg 'a' -> 'null'", "exact\nsource", IsRandom: true), 99, new[] { "boom" });
        failure.Save(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gatewaydsl-fuzz-harness-test"));
        var text = failure.ToString();

        Assert.Contains("seed 99, random case 1234 (Arguments) from samples/x.cs", text, StringComparison.Ordinal);
        Assert.Contains("GATEWAYDSL_FUZZ_SEED=99 GATEWAYDSL_FUZZ_CASE=1234", text, StringComparison.Ordinal);
        Assert.Contains("<<<<<<<< SOURCE\nexact\nsource\n>>>>>>>> SOURCE", text.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("exact\nsource", System.IO.File.ReadAllText(failure.SavedTo!));
    }

    [Fact]
    public void Code_fix_providers_are_fuzzed_when_the_code_fix_project_exists()
    {
        var components = DslComponents.Discover();
        Assert.NotEmpty(components.Analyzers);
        Assert.NotEmpty(components.Generators);
        Assert.Equal(DslComponents.CodeFixProjectExists, !components.CodeFixes.IsEmpty);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("FZ0001", "t", "m", "c", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("planted"));
        }
    }

    private sealed class ThrowingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (_, _) => throw new InvalidOperationException("planted"));
    }

    private sealed class RenamingFix : CodeFixProvider
    {
        public static int Computed;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("GW3001");

        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var change = new TextChange(context.Span, "\"SHORT\"");
            var action = CodeAction.Create("shorten", async token =>
            {
                Interlocked.Increment(ref Computed);
                var text = await context.Document.GetTextAsync(token);
                return context.Document.WithText(text.WithChanges(change));
            }, equivalenceKey: "shorten");
            context.RegisterCodeFix(CodeAction.Create("group", ImmutableArray.Create(action), isInlinable: false), context.Diagnostics);
            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("GW3001");

        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => throw new InvalidOperationException("planted");
    }
}
