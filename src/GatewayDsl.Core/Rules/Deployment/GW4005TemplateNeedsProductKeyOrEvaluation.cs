using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Deployment;

/// <summary>
/// GW4005: the service template needs either a product-key source or an explicit evaluation deployment, and not both.
/// Without keys the template's <c>@ProductKey@</c> setting must be removed for an evaluation deployment (prerequisite 6,
/// R51); with it removed, a product key has nowhere to go, so giving both says two contradictory things.
/// </summary>
internal sealed class TemplateNeedsProductKeyOrEvaluationRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW4005",
        "template-needs-product-key-or-evaluation",
        "The service template needs a product key or an evaluation deployment",
        RuleSeverity.Error,
        RuleCategory.Deployment,
        "R51; procedure prerequisite 6");

    /// <summary>The environment variable proposed for the product key (also by GW6001 and the code fixes).</summary>
    public const string ProductKeyVariable = "GATEWAY_PRODUCT_KEY";

    /// <summary>Creates the rule.</summary>
    public TemplateNeedsProductKeyOrEvaluationRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        // A missing template is GW0004's finding.
        if (spec.ServiceTemplate is not { } template)
        {
            yield break;
        }

        var key = template.ProductKey;
        var evaluation = template.Evaluation;
        if (key is null && evaluation is null)
        {
            var finding = Report(
                SourceRef.Call(template.StepId),
                $"The service template has neither a product key nor an evaluation deployment. Add ProductKey(Secret.FromEnvironment(\"{ProductKeyVariable}\")) "
                + "if you have keys, or EvaluationDeployment() to remove the template's @ProductKey@ setting (you then choose Skip at each gateway VM's product-key prompt).");
            yield return WithFixProperty(finding, FixProperties.SecretVariable, ProductKeyVariable);
            yield break;
        }

        if (key is not null && evaluation is not null)
        {
            // The finding sits on EvaluationDeployment(): whoever has keys should use them, and removing that call keeps them.
            yield return Report(
                evaluation.Source,
                "The service template has both a product key and EvaluationDeployment(); an evaluation deployment removes the @ProductKey@ setting, "
                + "so the key would never be used. Remove EvaluationDeployment() to deploy with the product key, or remove ProductKey(...) for an evaluation deployment.",
                SourceRef.Call(key.StepId));
            yield break;
        }

        // A key source that names no variable or parameter is no source: the script would have nothing to read.
        if (key is { Kind: SecretSourceKind.Environment or SecretSourceKind.Parameter, Reference: { IsKnown: true } reference }
            && string.IsNullOrWhiteSpace(reference.Value))
        {
            var what = key.Kind == SecretSourceKind.Environment ? "environment variable" : "script parameter";
            yield return Report(
                reference.Source,
                $"The product key's source names no {what}, so the deployment script has no key to read. Name the {what}, e.g. '{ProductKeyVariable}', "
                + "or use EvaluationDeployment() instead of ProductKey(...).");
        }
    }
}
