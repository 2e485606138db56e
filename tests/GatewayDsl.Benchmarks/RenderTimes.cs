using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using GatewayDsl.Benchmarks.Inputs;
using GatewayDsl.Core.Common;
using GatewayDsl.Generators;
using GatewayDsl.Generators.Emitting;
using GatewayDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GatewayDsl.Benchmarks;

/// <summary>
/// A Stopwatch profile of rendering (<c>--render N</c>): for each sample, the median and minimum time of each artifact's
/// template, of the runbook's and the deployment's view models, and of the whole <see cref="GeneratedClass.Render"/>,
/// over N renders. It shows which template costs what; <c>RenderAllArtifacts</c> gives the number for the budget.
/// </summary>
public static class RenderTimes
{
    /// <summary>Prints the profile over <paramref name="renders"/> renders per sample (after as many warm-up renders).</summary>
    public static void Print(int renders)
    {
        foreach (var sample in SyntheticSources.Samples)
        {
            var model = Model(sample);
            var deployment = DeploymentModelBuilder.Build(model.Class.ClassName, model.Spec!);
            var runbook = RunbookModelBuilder.Build(deployment);
            var parts = new List<(string Name, Func<object> Run)>
            {
                ("DeploymentModelBuilder.Build", () => DeploymentModelBuilder.Build(model.Class.ClassName, model.Spec!)),
                ("RunbookModelBuilder.Build", () => RunbookModelBuilder.Build(deployment)),
            };
            foreach (var kind in ArtifactKind.All.Where(k => k != ArtifactKind.Manifest))
            {
                var text = TemplateRenderer.Embedded(kind.Template);
                parts.Add((kind.Template, () => TemplateRenderer.Render(text, deployment, CancellationToken.None, kind.Template, kind == ArtifactKind.Runbook ? runbook : null)));
            }

            var artifacts = ArtifactEmitter.RenderFiles(model.Class, deployment, EquatableArray<TemplateOverride>.Empty, CancellationToken.None);
            parts.Add(("ArtifactEmitter.RenderFiles", () => ArtifactEmitter.RenderFiles(model.Class, deployment, EquatableArray<TemplateOverride>.Empty, CancellationToken.None)));
            parts.Add(("GeneratedClassWriter", () => ArtifactEmitter.RenderClass(model.Class, deployment, artifacts, CancellationToken.None)));
            parts.Add(("GeneratedClass.Render (all)", () => GeneratedClass.Render(model, EquatableArray<TemplateOverride>.Empty, CancellationToken.None)!));

            Console.WriteLine($"{sample}: {renders} renders each, ms");
            Console.WriteLine($"  {"part",-32} {"median",8} {"min",8}");
            foreach (var (name, run) in parts)
            {
                var times = Measure(run, renders);
                Console.WriteLine($"  {name,-32} {times[times.Length / 2],8:F3} {times[0],8:F3}");
            }

            Console.WriteLine();
        }
    }

    private static double[] Measure(Func<object> run, int count)
    {
        for (var i = 0; i < count; i++)
        {
            GC.KeepAlive(run());
        }

        var times = new double[count];
        var clock = new Stopwatch();
        for (var i = 0; i < count; i++)
        {
            clock.Restart();
            GC.KeepAlive(run());
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    /// <summary>The generator's model of a sample, read as the generator reads it.</summary>
    internal static GatewayModel Model(string sample)
    {
        var compilation = TestCompilations.Create([(sample + ".cs", SyntheticSources.Sample(sample))]);
        var declaration = compilation.SyntaxTrees[0].GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
        var type = (INamedTypeSymbol)compilation.GetSemanticModel(declaration.SyntaxTree).GetDeclaredSymbol(declaration)!;
        var method = type.GetMembers().OfType<IMethodSymbol>().Single(m => m.Name == "Define");
        var body = compilation.GetSemanticModel(declaration.SyntaxTree).GetOperation(method.DeclaringSyntaxReferences[0].GetSyntax());
        var types = GatewayDsl.Analyzers.Parsing.KnownTypes.TryCreate(compilation)!;
        var parsed = GatewayDsl.Analyzers.Parsing.DefinitionParser.Parse(types, body is Microsoft.CodeAnalysis.Operations.IMethodBodyOperation b ? b.ExpressionBody ?? b.BlockBody : null, Location.None, CancellationToken.None);
        var model = DefinitionReader.Validate(new DefinitionSteps(DefinitionReader.Describe(type, sample + ".cs"), parsed.Steps.ToEquatableArray()), CancellationToken.None);
        return model.Spec is null ? throw new InvalidOperationException(sample + " has errors.") : model;
    }
}
