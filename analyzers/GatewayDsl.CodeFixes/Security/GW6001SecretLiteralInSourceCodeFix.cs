using System.Collections.Generic;
using GatewayDsl.CodeFixes.Editing;
using GatewayDsl.Core.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.CodeFixes.Security;

/// <summary>
/// GW6001: replaces <c>Secret.Literal("...")</c> with <c>Secret.FromEnvironment("NAME")</c>, where the rule names the
/// variable: <c>GATEWAY_PRODUCT_KEY</c> for the product key, <c>TENANT_A_PSK</c> for the pre-shared key of VM network
/// "Tenant-A". The way <c>Secret</c> is written (alias, qualification) is kept. Fix-all is safe and useful: every
/// finding gets its own variable name from its own diagnostic, and removing all secrets from source at once is the point.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretLiteralInSourceCodeFix))]
public sealed class SecretLiteralInSourceCodeFix : GatewayCodeFixProvider
{
    /// <summary>The equivalence key of "take the secret from an environment variable" (the same for every name).</summary>
    public const string EquivalenceKey = "GW6001.FromEnvironment";

    /// <summary>Creates the provider.</summary>
    public SecretLiteralInSourceCodeFix()
        : base("GW6001")
    {
    }

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    private protected override IEnumerable<Fix> FixesFor(SyntaxNode root, Diagnostic diagnostic)
    {
        if (Property(diagnostic, FixProperties.SecretVariable) is { } variable
            && DslSyntax.CallAt(root, diagnostic.Location.SourceSpan) is { Expression: MemberAccessExpressionSyntax factory } literal
            && DslSyntax.Calls(literal, S.Secret.Literal))
        {
            yield return new Fix(
                $"Use Secret.FromEnvironment(\"{variable}\")",
                EquivalenceKey,
                r => r.ReplaceNode(literal, FromEnvironment(literal, factory, variable)));
        }
    }

    /// <summary><c>Secret.FromEnvironment("variable")</c>, written on the same receiver as the literal's <c>Secret</c>.</summary>
    private static InvocationExpressionSyntax FromEnvironment(InvocationExpressionSyntax literal, MemberAccessExpressionSyntax factory, string variable) =>
        literal
            .WithExpression(factory.WithName(SyntaxFactory.IdentifierName(S.Secret.FromEnvironment).WithTriviaFrom(factory.Name)))
            .WithArgumentList(literal.ArgumentList.WithArguments(
                SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(DslSyntax.StringLiteral(variable)))));
}
