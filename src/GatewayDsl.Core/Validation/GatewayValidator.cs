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
    /// <summary>Reduces <paramref name="rootSteps"/> and checks the result against every rule.</summary>
    public static ValidationResult Validate(IReadOnlyList<Step> rootSteps)
    {
        var reduced = GatewayReducer.Reduce(rootSteps);
        var violations = new List<Violation>(reduced.Findings);
        foreach (var rule in RuleCatalog.Rules)
        {
            violations.AddRange(rule.Check(reduced.Spec));
        }

        var ordered = violations
            .OrderBy(v => v.Location.StepId)
            .ThenBy(v => v.Rule.Id, System.StringComparer.Ordinal)
            .ThenBy(v => v.Message, System.StringComparer.Ordinal)
            .ToEquatableArray();
        return new ValidationResult(reduced.Spec, ordered);
    }
}
