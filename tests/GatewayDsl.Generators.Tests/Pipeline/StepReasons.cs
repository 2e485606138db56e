using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GatewayDsl.Generators.Tests.Pipeline;

/// <summary>
/// What the generator's tracked steps did for one definition on the second run (Mapperly's preset style: a test names
/// the preset it expects instead of listing every step).
/// </summary>
/// <param name="Definition">The reason of <see cref="GatewayGenerator.DefinitionStep"/>.</param>
/// <param name="Render">The reason of <see cref="GatewayGenerator.RenderStep"/>.</param>
/// <param name="Output">The reason of the source output.</param>
internal sealed record StepReasons(IncrementalStepRunReason Definition, IncrementalStepRunReason Render, IncrementalStepRunReason Output)
{
    /// <summary>Nothing about the definition was computed again.</summary>
    public static readonly StepReasons Cached = new(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached);

    /// <summary>Only the templates changed: the definition is cached, its artifacts are rendered and emitted again.</summary>
    public static readonly StepReasons Rerendered = new(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified);

    /// <summary>The definition changed: it is read, rendered and emitted again.</summary>
    public static readonly StepReasons Modified = new(IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified);

    /// <summary>The reasons of the definition class <paramref name="className"/> in <paramref name="result"/>.</summary>
    public static StepReasons Of(GeneratorDriverRunResult result, string className)
    {
        var run = Assert.Single(result.Results);
        var definition = Outputs(run.TrackedSteps, GatewayGenerator.DefinitionStep)
            .Single(o => ((Model.GatewayModel)o.Value).Class.ClassName == className).Reason;
        var render = Outputs(run.TrackedSteps, GatewayGenerator.RenderStep)
            .Single(o => IsFor((GeneratedClass)o.Value, className)).Reason;
        var output = run.TrackedOutputSteps.SelectMany(s => s.Value)
            .Where(step => step.Inputs.Any(i => i.Source.Outputs[i.OutputIndex].Value is GeneratedClass generated && IsFor(generated, className)))
            .SelectMany(step => step.Outputs)
            .Single().Reason;
        return new StepReasons(definition, render, output);
    }

    /// <summary>The reason of the templates step (one output: the sorted replacement templates).</summary>
    public static IncrementalStepRunReason Templates(GeneratorDriverRunResult result) =>
        Outputs(Assert.Single(result.Results).TrackedSteps, GatewayGenerator.TemplatesStep).Single().Reason;

    /// <summary>Asserts that every output of the generator's own tracked steps was Cached or Unchanged, and every source output Cached.</summary>
    public static void AssertNothingRecomputed(GeneratorDriverRunResult result)
    {
        var run = Assert.Single(result.Results);
        foreach (var step in new[] { GatewayGenerator.DefinitionStep, GatewayGenerator.TemplatesStep, GatewayGenerator.RenderStep })
        {
            Assert.All(Outputs(run.TrackedSteps, step), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{step}: {o.Reason} for {o.Value}"));
        }

        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(
        IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> steps, string name) =>
        Assert.Contains(name, steps).SelectMany(s => s.Outputs);

    private static bool IsFor(GeneratedClass generated, string className) => generated.HintName.EndsWith("." + className + ".g.cs", System.StringComparison.Ordinal);
}
