using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// The parity check of the architecture: the same source, evaluated at build time by the analyzer and at run time by
/// executing <c>Define().Validate()</c>, must give the same rule IDs. Build-time-only findings (GW0001, GW0002) are
/// excluded, since run time cannot have them.
/// </summary>
public static class Parity
{
    private static readonly HashSet<string> BuildTimeOnly = new() { "GW0001", "GW0002" };

    /// <summary>Asserts that analyzer and <c>Validate()</c> report the same rule IDs for the definition in <paramref name="sources"/>.</summary>
    public static async Task AssertSameRuleIdsAsync(params string[] sources)
    {
        var compilation = ParserHarness.Compile(sources);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The parity source must compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));

        var analyzerDiagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new GatewayDefinitionAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(analyzerDiagnostics, d => d.Id == "AD0001");
        var buildTime = analyzerDiagnostics.Select(d => d.Id).Where(id => id.StartsWith("GW", StringComparison.Ordinal) && !BuildTimeOnly.Contains(id)).OrderBy(id => id, StringComparer.Ordinal).ToArray();

        var runTime = RunValidate(compilation).OrderBy(id => id, StringComparer.Ordinal).ToArray();

        Assert.True(
            buildTime.SequenceEqual(runTime),
            $"Analyzer: [{string.Join(", ", buildTime)}]\nValidate(): [{string.Join(", ", runTime)}]");
    }

    private static IEnumerable<string> RunValidate(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var context = new DslLoadContext();
        try
        {
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var definitionClass = assembly.GetTypes().Single(t => t.GetCustomAttributes().Any(a => a.GetType() == typeof(GatewayAttribute)));
            var define = definitionClass.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Single(m => m.ReturnType == typeof(GatewayDefinition) && m.GetParameters().Length == 0);
            var definition = (GatewayDefinition)define.Invoke(null, null)!;
            return definition.Validate().Select(v => v.RuleId).ToArray();
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Loads a test assembly so that it shares the already-loaded DSL runtime with the test.</summary>
    private sealed class DslLoadContext : AssemblyLoadContext
    {
        public DslLoadContext()
            : base(isCollectible: true)
        {
        }

        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == typeof(GatewayDefinition).Assembly.GetName().Name ? typeof(GatewayDefinition).Assembly : null;
    }
}
