using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Reduction;
using GatewayDsl.Core.Rules;
using GatewayDsl.Core.Steps;

namespace GatewayDsl.Core.Validation;

/// <summary>Reduces a definition's steps and runs every rule: the one pipeline shared by the analyzer and <c>Validate()</c>.</summary>
internal static class GatewayValidator
{
    /// <summary>
    /// Reduces <paramref name="rootSteps"/> and checks the result against every rule. Violations are ordered by step,
    /// then rule ID, then the order the rule found them in (a stable sort; rules iterate the spec in order).
    /// </summary>
    public static ValidationResult Validate(IReadOnlyList<Step> rootSteps)
    {
        var reduced = GatewayReducer.Reduce(rootSteps);
        var violations = new List<Violation>(reduced.Findings);
        foreach (var rule in RuleCatalog.Rules)
        {
            violations.AddRange(rule.Check(reduced.Spec));
        }

        // A call whose configuring lambda could not be read (GW0002 was reported) may well supply what a rule finds
        // missing; a finding on such a call as a whole would be a second, misleading diagnostic.
        var unreadable = CallsWithUnreadableLambda(rootSteps);
        var ordered = violations
            .Where(v => !(v.Location.Parameter is null && unreadable.Contains(v.Location.StepId)))
            .OrderBy(v => v.Location.StepId)
            .ThenBy(v => v.Rule.Id, System.StringComparer.Ordinal)
            .ToEquatableArray();
        return new ValidationResult(reduced.Spec, ordered);
    }

    private static HashSet<int> CallsWithUnreadableLambda(IEnumerable<Step> steps)
    {
        var result = new HashSet<int>();
        var pending = new Stack<Step>(steps);
        while (pending.Count > 0)
        {
            var step = pending.Pop();
            foreach (var argument in step.Arguments)
            {
                if (argument.Value.Kind == StepValueKind.Unknown && argument.Parameter == DslSteps.OnHostCluster.Configure)
                {
                    result.Add(step.Id);
                }

                foreach (var nested in argument.Value.Steps)
                {
                    pending.Push(nested);
                }
            }
        }

        return result;
    }
}
