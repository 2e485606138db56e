using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using GatewayDsl.Analyzers;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using GatewayDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>
/// Everything GatewayDsl plugs into the compiler and the IDE, found by reflection so that a new analyzer, generator or
/// code fix is fuzzed without a change here: every <c>[DiagnosticAnalyzer]</c> of the analyzer assembly, every
/// <c>[Generator]</c> of the generator assembly, and every <c>[ExportCodeFixProvider]</c> of <c>GatewayDsl.CodeFixes</c>
/// when that assembly exists (the code-fix hook: see the csproj).
/// </summary>
public sealed class DslComponents
{
    /// <summary>The name of the code-fix assembly.</summary>
    public const string CodeFixAssemblyName = "GatewayDsl.CodeFixes";

    private DslComponents(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<ISourceGenerator> generators, ImmutableArray<CodeFixProvider> codeFixes)
    {
        Analyzers = analyzers;
        Generators = generators;
        CodeFixes = codeFixes;
    }

    /// <summary>One instance of each analyzer, shared by all cases (analyzers must be stateless, as in the IDE).</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Each generator, as the driver runs it.</summary>
    public ImmutableArray<ISourceGenerator> Generators { get; }

    /// <summary>Each code-fix provider (empty while the code-fix project does not exist).</summary>
    public ImmutableArray<CodeFixProvider> CodeFixes { get; }

    /// <summary>Whether the code-fix project is in this checkout (then <see cref="CodeFixes"/> must not be empty).</summary>
    public static bool CodeFixProjectExists =>
        File.Exists(RepoPaths.Combine("analyzers", CodeFixAssemblyName, CodeFixAssemblyName + ".csproj"));

    /// <summary>The components of this build.</summary>
    public static DslComponents Discover() => new(
        Instances<DiagnosticAnalyzer>(typeof(GatewayDefinitionAnalyzer).Assembly, typeof(DiagnosticAnalyzerAttribute)),
        typeof(GatewayGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetCustomAttribute<GeneratorAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => Activator.CreateInstance(t) switch
            {
                IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
                ISourceGenerator generator => generator,
                _ => throw new InvalidOperationException(t + " is not a generator."),
            })
            .ToImmutableArray(),
        CodeFixAssembly() is { } codeFixes ? Instances<CodeFixProvider>(codeFixes, typeof(ExportCodeFixProviderAttribute)) : ImmutableArray<CodeFixProvider>.Empty);

    /// <summary>The same components with some replaced (the harness's own tests plant faulty ones).</summary>
    public DslComponents With(ImmutableArray<DiagnosticAnalyzer>? analyzers = null, ImmutableArray<ISourceGenerator>? generators = null, ImmutableArray<CodeFixProvider>? codeFixes = null) =>
        new(analyzers ?? Analyzers, generators ?? Generators, codeFixes ?? CodeFixes);

    private static Assembly? CodeFixAssembly()
    {
        try
        {
            return Assembly.Load(new AssemblyName(CodeFixAssemblyName));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static ImmutableArray<T> Instances<T>(Assembly assembly, Type attribute) =>
        assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.IsDefined(attribute, inherit: false))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
