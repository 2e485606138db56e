using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GatewayDsl.CodeFixes.Editing;

/// <summary>
/// Finds the syntax a diagnostic points at. The analyzer reports a call from its method name to its closing parenthesis
/// (<c>Nodes(...)</c>) and an argument as its value expression; these helpers map such spans back to nodes, and return
/// null for anything else so that a fix is not offered on code it does not understand.
/// </summary>
internal static class DslSyntax
{
    /// <summary>The invocation whose method name starts at <paramref name="span"/>'s start and which ends at its end.</summary>
    /// <param name="root">The document's root.</param>
    /// <param name="span">A call location reported by the analyzer.</param>
    /// <returns>The invocation, or null.</returns>
    public static InvocationExpressionSyntax? CallAt(SyntaxNode root, TextSpan span) =>
        root.FindToken(span.Start).Parent?.AncestorsAndSelf()
            .OfType<InvocationExpressionSyntax>()
            .FirstOrDefault(call => call.Span.End == span.End && NameOf(call)?.SpanStart == span.Start);

    /// <summary>The argument value expression written exactly at <paramref name="span"/>.</summary>
    /// <param name="root">The document's root.</param>
    /// <param name="span">An argument location reported by the analyzer.</param>
    /// <returns>The expression (its parent is an <see cref="ArgumentSyntax"/>), or null.</returns>
    public static ExpressionSyntax? ArgumentValueAt(SyntaxNode root, TextSpan span) =>
        root.FindToken(span.Start).Parent?.AncestorsAndSelf()
            .OfType<ExpressionSyntax>()
            .FirstOrDefault(expression => expression.Span == span && expression.Parent is ArgumentSyntax);

    /// <summary>The call an argument value is passed to.</summary>
    /// <param name="value">An argument's value expression.</param>
    /// <returns>The invocation, or null.</returns>
    public static InvocationExpressionSyntax? CallOf(ExpressionSyntax value) =>
        value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } ? call : null;

    /// <summary>The method name of a call (<c>Nodes</c> in <c>c.Nodes(...)</c>).</summary>
    /// <param name="call">The invocation.</param>
    /// <returns>The name, or null for an invocation of something that is not a name.</returns>
    public static SimpleNameSyntax? NameOf(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        SimpleNameSyntax name => name,
        _ => null,
    };

    /// <summary>Whether <paramref name="call"/> calls a method named <paramref name="method"/>.</summary>
    /// <param name="call">The invocation.</param>
    /// <param name="method">A method name from the core's <c>DslSteps</c>.</param>
    /// <returns>True when the names match.</returns>
    public static bool Calls(InvocationExpressionSyntax call, string method) => NameOf(call)?.Identifier.ValueText == method;

    /// <summary>
    /// The configuring lambda passed to a call (<c>pool => pool...</c>): the only kind of lambda argument the DSL takes.
    /// </summary>
    /// <param name="call">A DSL call with a <c>configure</c> parameter.</param>
    /// <returns>The lambda, or null when none is written.</returns>
    public static LambdaExpressionSyntax? ConfigureLambda(InvocationExpressionSyntax call) =>
        call.ArgumentList.Arguments.Select(a => a.Expression).OfType<LambdaExpressionSyntax>().LastOrDefault();

    /// <summary>The name of a configuring lambda's single parameter, or null.</summary>
    /// <param name="lambda">The lambda.</param>
    /// <returns>The parameter's name.</returns>
    public static string? ParameterName(LambdaExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized => parenthesized.ParameterList.Parameters[0].Identifier.ValueText,
        _ => null,
    };

    /// <summary>A C# string literal of <paramref name="text"/> (escaped as needed).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The literal expression.</returns>
    public static LiteralExpressionSyntax StringLiteral(string text) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

    /// <summary>A C# integer literal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The literal expression.</returns>
    public static LiteralExpressionSyntax NumberLiteral(int value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));
}
