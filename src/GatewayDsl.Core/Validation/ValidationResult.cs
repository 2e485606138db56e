using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules;

namespace GatewayDsl.Core.Validation;

/// <summary>A reduced spec and every violation found in it, in a stable order (step, then rule ID).</summary>
/// <param name="Spec">The spec.</param>
/// <param name="Violations">The violations.</param>
internal sealed record ValidationResult(GatewaySpec Spec, EquatableArray<Violation> Violations)
{
    /// <summary>Whether any violation has error severity (the generator then emits no artifacts).</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var violation in Violations)
            {
                if (violation.Severity == RuleSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
