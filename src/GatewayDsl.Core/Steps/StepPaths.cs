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

        if (at.Parameter is null)
        {
            // The whole call of a named part: name it as the paths through it do (VmNetwork("Tenant-A")), so that two
            // VM networks or sites can be told apart. Only parts that open a scope (and the gateway itself) are named:
            // a value call keeps "(...)", so a secret given as a literal never reaches a location.
            return entry.Parent + entry.Step.Method + "(" + (IsNamedPart(entry.Step) ? FirstString(entry.Step) ?? "..." : "...") + ")";
        }

        var argument = at.Index >= 0 ? $"{at.Parameter}[{at.Index}]" : at.Parameter;
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

    private static string Label(Step step) => step.Method + "(" + (FirstString(step) ?? string.Empty) + ")";

    private static bool IsNamedPart(Step step) =>
        step.Method == DslSteps.Named.Method || step.Arguments.Any(a => a.Value.Kind == StepValueKind.Scope);

    /// <summary>The first string argument as C# would show it (<c>"Tenant-A"</c>), or null when the call has none.</summary>
    private static string? FirstString(Step step) =>
        step.Arguments.FirstOrDefault(a => a.Value.Kind == StepValueKind.String)?.Value.ToString();
}
