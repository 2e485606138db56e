extern alias AnalyzerAssembly;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using GatewayDsl.Benchmarks.Inputs;
using GatewayDsl.Core.Common;
using GatewayDsl.Generators;
using GatewayDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using AnalyzerParsing = AnalyzerAssembly::GatewayDsl.Analyzers.Parsing;
using AnalyzerValidation = AnalyzerAssembly::GatewayDsl.Core.Validation;
using GeneratorParsing = GatewayDsl.Analyzers.Parsing;
using GeneratorValidation = GatewayDsl.Core.Validation;

namespace GatewayDsl.Benchmarks;

/// <summary>
/// The cost of one definition, per sample: the analyzer's own work (walk the bound operations into steps, reduce, run
/// every rule), the same including the compiler's binding of the method (what the generator pays for each definition it
/// reads), and rendering every artifact and the generated class.
/// </summary>
[MemoryDiagnoser]
public class DefinitionBenchmarks
{
    private CSharpCompilation compilation = null!;
    private MethodDeclarationSyntax declaration = null!;
    private AnalyzerParsing.KnownTypes types = null!;
    private IOperation body = null!;
    private GatewayModel model = null!;

    /// <summary>The samples whose definitions are measured.</summary>
    public static IEnumerable<string> SampleNames => SyntheticSources.Samples;

    /// <summary>The sample definition.</summary>
    [ParamsSource(nameof(SampleNames))]
    public string Sample { get; set; } = string.Empty;

    /// <summary>Compiles the sample and binds its definition once; builds the generator's model once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        compilation = TestCompilations.Create([(Sample + ".cs", SyntheticSources.Sample(Sample))]);
        declaration = compilation.SyntaxTrees[0].GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Define");
        types = AnalyzerParsing.KnownTypes.TryCreate(compilation) ?? throw new InvalidOperationException("The DSL is not referenced.");
        body = Body(compilation.GetSemanticModel(declaration.SyntaxTree));
        ParseReduceRules();

        var generatorTypes = GeneratorParsing.KnownTypes.TryCreate(compilation)!;
        var spec = GeneratorValidation.GatewayValidator.Validate(GeneratorParsing.DefinitionParser.Parse(generatorTypes, body, Location.None, CancellationToken.None).Steps).Spec;
        var type = compilation.GetSemanticModel(declaration.SyntaxTree).GetDeclaredSymbol(declaration)!.ContainingType;
        model = new GatewayModel(DefinitionReader.Describe(type, Sample + ".cs"), spec);
        RenderAllArtifacts();
    }

    /// <summary>The analyzer's work on a bound definition: parse the operations into steps, reduce, run all rules.</summary>
    [Benchmark(Baseline = true)]
    public int ParseReduceRules()
    {
        var parsed = AnalyzerParsing.DefinitionParser.Parse(types, body, declaration.Identifier.GetLocation(), CancellationToken.None);
        var result = AnalyzerValidation.GatewayValidator.Validate(parsed.Steps);
        return Check(parsed.Problems.Count + result.Violations.Count, parsed.Steps.Count);
    }

    /// <summary>The same, binding the method first in a fresh copy of the compilation (what the generator pays for each definition it reads: every definition in a build, a changed one in the IDE).</summary>
    [Benchmark]
    public int BindParseReduceRules()
    {
        var fresh = compilation.Clone();
        var bound = Body(fresh.GetSemanticModel(declaration.SyntaxTree));
        var parsed = AnalyzerParsing.DefinitionParser.Parse(AnalyzerParsing.KnownTypes.TryCreate(fresh)!, bound, declaration.Identifier.GetLocation(), CancellationToken.None);
        var result = AnalyzerValidation.GatewayValidator.Validate(parsed.Steps);
        return Check(parsed.Problems.Count + result.Violations.Count, parsed.Steps.Count);
    }

    /// <summary>The generator's rendering: every artifact (Scriban templates) and the generated class.</summary>
    [Benchmark]
    public int RenderAllArtifacts()
    {
        var generated = GeneratedClass.Render(model, EquatableArray<TemplateOverride>.Empty, CancellationToken.None)
            ?? throw new InvalidOperationException("Nothing was rendered.");
        return generated.Text.Length;
    }

    private IOperation Body(SemanticModel semanticModel) =>
        semanticModel.GetOperation(declaration) is IMethodBodyOperation operation
            ? (IOperation?)operation.ExpressionBody ?? operation.BlockBody ?? throw new InvalidOperationException("No body.")
            : throw new InvalidOperationException("No method body operation.");

    private static int Check(int findings, int steps)
    {
        if (findings != 0 || steps == 0)
        {
            throw new InvalidOperationException($"The sample should parse into steps without findings; got {steps} steps and {findings} findings.");
        }

        return steps;
    }
}
