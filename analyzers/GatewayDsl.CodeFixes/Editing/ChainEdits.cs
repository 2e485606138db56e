using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.CodeFixes.Editing;

/// <summary>
/// Edits of fluent builder chains that keep the user's layout: a chain written one call per line stays so, a one-line
/// chain stays on one line, and comments on neighbouring calls are kept. Every fix that adds, removes or replaces a call
/// goes through here, so all of them format alike.
/// </summary>
internal static class ChainEdits
{
    /// <summary>
    /// <c>chainEnd.method(arguments)</c>: the new call goes on its own line, indented like the last call, when the chain is
    /// written one call per line; otherwise on the same line. Use it in place of <paramref name="chainEnd"/>, which may be
    /// the end of a chain or a call in its middle (the calls after it then follow the new one).
    /// </summary>
    /// <param name="chainEnd">The expression the call is made on (usually itself a call of the chain).</param>
    /// <param name="method">The method to call.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>The new expression.</returns>
    public static ExpressionSyntax AppendCall(ExpressionSyntax chainEnd, string method, params ExpressionSyntax[] arguments)
    {
        var trailing = chainEnd.GetTrailingTrivia();
        var argumentList = SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments.Select(SyntaxFactory.Argument)));
        if (LineLayout(chainEnd) is not { } layout)
        {
            return Call(chainEnd.WithoutTrailingTrivia(), SyntaxFactory.Token(SyntaxKind.DotToken), method, argumentList).WithTrailingTrivia(trailing);
        }

        // One call per line: the line of chainEnd ends (with its own trailing comment, if any), the new call takes the next.
        var endsLine = HasEndOfLine(trailing);
        var receiver = endsLine ? chainEnd : chainEnd.WithTrailingTrivia(trailing.Add(layout.EndOfLine));
        var dot = SyntaxFactory.Token(SyntaxKind.DotToken).WithLeadingTrivia(layout.Indentation);
        return Call(receiver, dot, method, argumentList).WithTrailingTrivia(endsLine ? SyntaxFactory.TriviaList(layout.EndOfLine) : SyntaxTriviaList.Empty);
    }

    /// <summary>
    /// Adds <c>x.method(arguments)</c> to a configuring lambda <c>x => ...</c>: appended to the chain of an expression
    /// body, or as the last statement of a block body.
    /// </summary>
    /// <param name="lambda">The configuring lambda.</param>
    /// <param name="method">The method to call.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>The new lambda, or null when the lambda's shape is not one the DSL uses.</returns>
    public static LambdaExpressionSyntax? AddCall(LambdaExpressionSyntax lambda, string method, params ExpressionSyntax[] arguments)
    {
        if (lambda.ExpressionBody is { } body)
        {
            return lambda.WithExpressionBody(AppendCall(body, method, arguments));
        }

        if (lambda.Block is not { } block || DslSyntax.ParameterName(lambda) is not { } parameter)
        {
            return null;
        }

        var statement = SyntaxFactory.ExpressionStatement(
            AppendCall(SyntaxFactory.IdentifierName(parameter), method, arguments));
        statement = block.Statements.LastOrDefault() is { } last
            ? statement.WithLeadingTrivia(Indentation(last.GetLeadingTrivia())).WithTrailingTrivia(last.GetTrailingTrivia())
            : statement.WithAdditionalAnnotations(Formatter.Annotation);
        return lambda.WithBlock(block.AddStatements(statement));
    }

    /// <summary>
    /// Adds <c>x.method(arguments)</c> inside the configuring lambda of <paramref name="call"/>; when the call has no
    /// lambda yet (an optional <c>configure</c>), adds one: <c>parameter => parameter.method(arguments)</c>.
    /// </summary>
    /// <param name="call">A DSL call with a <c>configure</c> parameter, e.g. <c>StaticPool(...)</c>.</param>
    /// <param name="parameter">The parameter name for a new lambda (made unique among the enclosing lambdas').</param>
    /// <param name="method">The method to call.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>The new call, or null when its lambda has a shape the DSL does not use.</returns>
    public static InvocationExpressionSyntax? AddToScope(InvocationExpressionSyntax call, string parameter, string method, params ExpressionSyntax[] arguments)
    {
        if (DslSyntax.ConfigureLambda(call) is { } lambda)
        {
            return AddCall(lambda, method, arguments) is { } changed ? call.ReplaceNode(lambda, changed) : null;
        }

        var name = UniqueParameterName(call, parameter);
        var newLambda = SyntaxFactory.SimpleLambdaExpression(
                SyntaxFactory.Parameter(SyntaxFactory.Identifier(name)),
                AppendCall(SyntaxFactory.IdentifierName(name), method, arguments))
            .NormalizeWhitespace();

        // After a named argument a positional one may not be allowed (CS8323), so name the new one too.
        var existing = call.ArgumentList.Arguments;
        var argument = SyntaxFactory.Argument(newLambda);
        if (existing.Any(a => a.NameColon is not null))
        {
            // Every DSL scope's lambda parameter is named "configure" (DslSteps.*.Configure).
            argument = argument.WithNameColon(SyntaxFactory.NameColon(S.StaticPool.Configure).WithTrailingTrivia(SyntaxFactory.Space));
        }

        var separators = existing.GetSeparators().ToList();
        if (existing.Count > 0)
        {
            separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        return call.WithArgumentList(call.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(existing.Add(argument), separators)));
    }

    /// <summary>Whether <see cref="RemoveCall"/> can remove <paramref name="call"/>: it is made on a receiver.</summary>
    /// <param name="call">The call.</param>
    /// <returns>True for <c>receiver.Method(...)</c>.</returns>
    public static bool CanRemove(InvocationExpressionSyntax call) => call.Expression is MemberAccessExpressionSyntax;

    /// <summary>
    /// Removes a call from its chain: <c>receiver.Method(args)</c> becomes <c>receiver</c>, keeping the line structure
    /// around it. A call that is a whole statement on the lambda's parameter (<c>c.Nodes(...);</c>) is removed with its
    /// statement, and one that is a lambda's whole expression body leaves an empty block body.
    /// </summary>
    /// <param name="root">The document's root.</param>
    /// <param name="call">The call to remove.</param>
    /// <returns>The new root, or null when the call is not part of a chain.</returns>
    public static SyntaxNode? RemoveCall(SyntaxNode root, InvocationExpressionSyntax call)
    {
        if (call.Expression is not MemberAccessExpressionSyntax member)
        {
            return null;
        }

        var receiver = member.Expression;
        var onParameterOnly = receiver is IdentifierNameSyntax;
        if (onParameterOnly && call.Parent is ExpressionStatementSyntax statement)
        {
            return root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia);
        }

        if (onParameterOnly && call.Parent is LambdaExpressionSyntax lambda && lambda.ExpressionBody == call)
        {
            var empty = SyntaxFactory.Block().WithTrailingTrivia(call.GetTrailingTrivia());
            return root.ReplaceNode(lambda, lambda.WithExpressionBody(null).WithBlock(empty));
        }

        // In the middle of a chain the receiver's line break (and any comment on its line) stays; at the end of a chain
        // the call's own trailing trivia does, so a closing parenthesis stays on the removed call's line.
        var receiverTrailing = receiver.GetTrailingTrivia();
        if (call.Parent is not MemberAccessExpressionSyntax next || next.Expression != call)
        {
            return root.ReplaceNode(call, receiver.WithTrailingTrivia(call.GetTrailingTrivia()));
        }

        var callTrailing = call.GetTrailingTrivia();
        var trailing = HasEndOfLine(receiverTrailing) ? receiverTrailing : callTrailing;
        if (HasEndOfLine(callTrailing))
        {
            return root.ReplaceNode(call, receiver.WithTrailingTrivia(trailing));
        }

        // The next call is on the removed call's line: it inherits the line's start (indentation, comment lines above).
        var nextDot = next.OperatorToken.WithLeadingTrivia(member.OperatorToken.LeadingTrivia.AddRange(next.OperatorToken.LeadingTrivia));
        return root.ReplaceNode(next, next.WithExpression(receiver.WithTrailingTrivia(trailing)).WithOperatorToken(nextDot));
    }

    private static bool HasEndOfLine(SyntaxTriviaList trivia) => trivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));

    /// <summary>Replaces an expression (an argument value) with another, keeping its surrounding trivia.</summary>
    /// <param name="root">The document's root.</param>
    /// <param name="old">The expression to replace.</param>
    /// <param name="replacement">The new expression.</param>
    /// <returns>The new root.</returns>
    public static SyntaxNode Replace(SyntaxNode root, ExpressionSyntax old, ExpressionSyntax replacement) =>
        root.ReplaceNode(old, replacement.WithTriviaFrom(old));

    /// <summary><paramref name="preferred"/>, or it with a number, so that it shadows no enclosing lambda's parameter.</summary>
    private static string UniqueParameterName(SyntaxNode at, string preferred)
    {
        var taken = at.Ancestors().OfType<LambdaExpressionSyntax>().Select(DslSyntax.ParameterName).ToList();
        var name = preferred;
        for (var i = 2; taken.Contains(name); i++)
        {
            name = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static InvocationExpressionSyntax Call(ExpressionSyntax receiver, SyntaxToken dot, string method, ArgumentListSyntax arguments) =>
        SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, dot, SyntaxFactory.IdentifierName(method)),
            arguments);

    /// <summary>
    /// The layout of a chain written one call per line, read from the call <paramref name="chainEnd"/>: the line break
    /// before its dot and the dot's indentation. Null when the call is on the same line as what precedes it.
    /// </summary>
    private static (SyntaxTrivia EndOfLine, SyntaxTriviaList Indentation)? LineLayout(ExpressionSyntax chainEnd)
    {
        if (chainEnd is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member })
        {
            return null;
        }

        var endOfLine = member.OperatorToken.GetPreviousToken().TrailingTrivia.LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (!endOfLine.IsKind(SyntaxKind.EndOfLineTrivia))
        {
            return null;
        }

        return (endOfLine, Indentation(member.OperatorToken.LeadingTrivia));
    }

    /// <summary>
    /// The indentation at the end of a token's leading trivia: only the whitespace right before the token, since a
    /// comment line above a call or statement belongs to it, not to a new one placed after it.
    /// </summary>
    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading) =>
        leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxTriviaList.Empty;
}
