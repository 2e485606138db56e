using System.Collections.Generic;
using GatewayDsl.CodeFixes.Editing;
using GatewayDsl.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.CodeFixes.Deployment;

/// <summary>
/// GW4005: when the service template has neither a product key nor an evaluation deployment, adds
/// <c>.EvaluationDeployment()</c> to its lambda, or <c>.ProductKey(Secret.FromEnvironment("GATEWAY_PRODUCT_KEY"))</c>.
/// When it has both, removes <c>EvaluationDeployment()</c> so the key is used. No fix-all: with or without keys is a
/// licensing decision per deployment, and the two alternatives would make a batch ambiguous.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TemplateNeedsProductKeyOrEvaluationCodeFix))]
public sealed class TemplateNeedsProductKeyOrEvaluationCodeFix : GatewayCodeFixProvider
{
    /// <summary>The equivalence key of "add EvaluationDeployment()".</summary>
    public const string EvaluationKey = "GW4005.AddEvaluationDeployment";

    /// <summary>The equivalence key of "take the product key from an environment variable".</summary>
    public const string ProductKeyKey = "GW4005.ProductKeyFromEnvironment";

    /// <summary>The equivalence key of "remove EvaluationDeployment() and keep the product key".</summary>
    public const string RemoveEvaluationKey = "GW4005.RemoveEvaluationDeployment";

    /// <summary>The title of "add EvaluationDeployment()".</summary>
    public const string EvaluationTitle = "Add EvaluationDeployment() (deploy without product keys)";

    /// <summary>The title of "remove EvaluationDeployment()".</summary>
    public const string RemoveEvaluationTitle = "Remove EvaluationDeployment() and deploy with the product key";

    /// <summary>Creates the provider.</summary>
    public TemplateNeedsProductKeyOrEvaluationCodeFix()
        : base("GW4005")
    {
    }

    /// <summary>No fix-all: the deployment choice is per definition (see the class remarks).</summary>
    /// <returns>Null.</returns>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    private protected override IEnumerable<Fix> FixesFor(SyntaxNode root, Diagnostic diagnostic)
    {
        if (DslSyntax.CallAt(root, diagnostic.Location.SourceSpan) is not { } call)
        {
            yield break;
        }

        // Both given: the finding is on EvaluationDeployment(); whoever has keys should use them.
        if (DslSyntax.Calls(call, S.EvaluationDeployment.Method) && ChainEdits.CanRemove(call))
        {
            yield return new Fix(RemoveEvaluationTitle, RemoveEvaluationKey, r => ChainEdits.RemoveCall(r, call) ?? r);
            yield break;
        }

        // Neither given: the finding is on ServiceTemplate(...), and the rule names the variable for the key.
        if (!DslSyntax.Calls(call, S.ServiceTemplate.Method) || Property(diagnostic, FixProperties.SecretVariable) is not { } variable)
        {
            yield break;
        }

        if (ChainEdits.AddToScope(call, "template", S.EvaluationDeployment.Method) is { } evaluation)
        {
            yield return new Fix(EvaluationTitle, EvaluationKey, r => r.ReplaceNode(call, evaluation));
        }

        if (ChainEdits.AddToScope(call, "template", S.ProductKey.Method, SecretFromEnvironment(variable)) is { } productKey)
        {
            yield return new Fix($"Take the product key from environment variable {variable}", ProductKeyKey, r => r.ReplaceNode(call, productKey));
        }
    }

    /// <summary><c>Secret.FromEnvironment("variable")</c>, fully qualified and marked so the simplifier shortens it where <c>using GatewayDsl;</c> allows.</summary>
    private static ExpressionSyntax SecretFromEnvironment(string variable) =>
        SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                // Parsed as an expression (not a name), so the simplified result has the shape the user would have typed.
                SyntaxFactory.ParseExpression("global::GatewayDsl.Secret").WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.IdentifierName(S.Secret.FromEnvironment)),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(DslSyntax.StringLiteral(variable)))));
}
