using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Steps;

/// <summary>
/// Describes a <see cref="SourceRef"/> as a readable path of builder calls, e.g.
/// <c>Infrastructure("Infrastructure") › Site("Infra-Site") › StaticPool(metric)</c>. Used where no source location
/// exists (run-time <c>Validate()</c>); the analyzer uses real locations instead.
/// </summary>
internal sealed class StepPaths
{
    private readonly Dictionary<int, (string Parent, Step Step)> index = new();

    private StepPaths()
    {
    }

    /// <summary>Indexes every step (nested ones included) of a definition.</summary>
    public static StepPaths Describe(IReadOnlyList<Step> rootSteps)
    {
        var paths = new StepPaths();
        paths.Add(rootSteps, string.Empty);
        return paths;
    }

    /// <summary>The path of a place; <c>"the definition"</c> for <see cref="SourceRef.Definition"/> or an unknown step.</summary>
    public string Describe(SourceRef at)
    {
        if (!index.TryGetValue(at.StepId, out var entry))
        {
            return "the definition";
        }

        var argument = at.Parameter is null ? "..." : at.Index >= 0 ? $"{at.Parameter}[{at.Index}]" : at.Parameter;
        return entry.Parent + entry.Step.Method + "(" + argument + ")";
    }

    private void Add(IEnumerable<Step> steps, string parent)
    {
        foreach (var step in steps)
        {
            index[step.Id] = (parent, step);
            var label = parent + Label(step) + " › ";
            foreach (var argument in step.Arguments.Where(a => a.Value.Kind is StepValueKind.Scope or StepValueKind.Call))
            {
                Add(argument.Value.Steps, label);
            }
        }
    }

    private static string Label(Step step)
    {
        var first = step.Arguments.FirstOrDefault(a => a.Value.Kind == StepValueKind.String);
        return step.Method + "(" + (first is null ? string.Empty : first.Value.ToString()) + ")";
    }
}
