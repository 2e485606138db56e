using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Language;

namespace GatewayDsl.PowerShell.Tests.Harness;

/// <summary>Parses PowerShell with the real parser (<see cref="Parser.ParseInput(string, out Token[], out ParseError[])"/>).</summary>
public static class ScriptSyntax
{
    /// <summary>Parses script text; nothing is run.</summary>
    public static ParsedScript Parse(string text)
    {
        var ast = Parser.ParseInput(text, out var tokens, out var errors);
        return new ParsedScript(text, ast, tokens, errors);
    }
}

/// <summary>The result of <see cref="ScriptSyntax.Parse"/>.</summary>
/// <param name="Text">The parsed text.</param>
/// <param name="Ast">The syntax tree (present even when there are errors).</param>
/// <param name="Tokens">The tokens, comments included.</param>
/// <param name="Errors">Parse errors; empty for a valid script.</param>
public sealed record ParsedScript(string Text, ScriptBlockAst Ast, IReadOnlyList<Token> Tokens, IReadOnlyList<ParseError> Errors)
{
    /// <summary>Parse errors as text with line numbers, for assertion messages.</summary>
    public string DescribeErrors() =>
        string.Join("\n", Errors.Select(e => $"line {e.Extent.StartLineNumber} col {e.Extent.StartColumnNumber}: [{e.ErrorId}] {e.Message}"));
}

/// <summary>Where and how a user-supplied string appears in a script.</summary>
public enum UserStringPlacement
{
    /// <summary>Inside a quoted string constant (single- or double-quoted, here-strings included): safe.</summary>
    QuotedConstant,

    /// <summary>Inside a double-quoted string that expands nothing (no variable, no subexpression): safe.</summary>
    ExpandableWithoutExpressions,

    /// <summary>Inside a double-quoted string that contains variables or subexpressions: code may run.</summary>
    ExpandableWithExpressions,

    /// <summary>As a bare word (command name or unquoted argument): a space or special character changes the meaning.</summary>
    BareWord,

    /// <summary>
    /// In a string constant that is run as code: a command name (<c>&amp; 'x'</c>), an argument of Invoke-Expression, or the
    /// argument of <c>[scriptblock]::Create</c>.
    /// </summary>
    ExecutedString,

    /// <summary>Inside a comment: harmless only while the value has no line break.</summary>
    Comment,

    /// <summary>In the script text outside any string or comment token: it is code.</summary>
    Code,
}

/// <summary>One place a user string was found.</summary>
/// <param name="Placement">How it appears.</param>
/// <param name="Line">1-based line of the enclosing node or token.</param>
/// <param name="Snippet">The enclosing node's text (shortened).</param>
public sealed record UserStringOccurrence(UserStringPlacement Placement, int Line, string Snippet)
{
    /// <summary>True for the placements that cannot execute the value.</summary>
    public bool IsSafe => Placement is UserStringPlacement.QuotedConstant or UserStringPlacement.ExpandableWithoutExpressions;
}

/// <summary>
/// Proves that user-supplied text stays data in a script: the value must appear, as a value, in at least one string constant,
/// and nowhere as code, bare word, expanding string or comment.
/// </summary>
public static class UserStringCheck
{
    /// <summary>Every place <paramref name="userString"/> occurs, found through the AST (as a string's value) and the raw text.</summary>
    public static IReadOnlyList<UserStringOccurrence> Find(ParsedScript script, string userString)
    {
        if (userString.Length == 0)
            throw new ArgumentException("An empty user string proves nothing.", nameof(userString));

        var found = new List<UserStringOccurrence>();

        // 1. By value: string nodes whose (unescaped) value contains the user string.
        foreach (var node in script.Ast.FindAll(a => a is StringConstantExpressionAst or ExpandableStringExpressionAst, searchNestedScriptBlocks: true))
        {
            switch (node)
            {
                case StringConstantExpressionAst s when s.Value.Contains(userString, StringComparison.Ordinal):
                    found.Add(Occurrence(
                        IsExecuted(s) ? UserStringPlacement.ExecutedString
                        : s.StringConstantType == StringConstantType.BareWord ? UserStringPlacement.BareWord
                        : UserStringPlacement.QuotedConstant,
                        s));
                    break;
                case ExpandableStringExpressionAst x when x.Value.Contains(userString, StringComparison.Ordinal):
                    found.Add(Occurrence(
                        IsExecuted(x) ? UserStringPlacement.ExecutedString
                        : x.NestedExpressions.Count == 0 ? UserStringPlacement.ExpandableWithoutExpressions
                        : UserStringPlacement.ExpandableWithExpressions,
                        x));
                    break;
            }
        }

        // 2. By text: the raw value outside every string token is either in a comment or it is code. (Inside a correctly
        //    escaped literal the raw text differs from the value when it contains quotes, so it is not found here.)
        var stringOrComment = script.Tokens
            .Where(t => t is StringToken || t.Kind == TokenKind.Comment)
            .ToList();
        for (var at = script.Text.IndexOf(userString, StringComparison.Ordinal); at >= 0; at = script.Text.IndexOf(userString, at + 1, StringComparison.Ordinal))
        {
            var end = at + userString.Length;
            var container = stringOrComment.FirstOrDefault(t => t.Extent.StartOffset <= at && end <= t.Extent.EndOffset);
            if (container is null)
            {
                var line = script.Text[..at].Count(ch => ch == '\n') + 1;
                found.Add(new UserStringOccurrence(UserStringPlacement.Code, line, Shorten(script.Text.Substring(at, userString.Length))));
            }
            else if (container.Kind == TokenKind.Comment)
            {
                found.Add(new UserStringOccurrence(UserStringPlacement.Comment, container.Extent.StartLineNumber, Shorten(container.Text)));
            }
        }

        return found;
    }

    /// <summary>
    /// Throws (failing the test) unless the script parses, the user string occurs at least once, and every occurrence is a
    /// quoted constant or a non-expanding double-quoted string.
    /// </summary>
    public static void AssertOnlyLiteral(ParsedScript script, string userString)
    {
        var problems = Problems(script, userString);
        if (problems is not null)
            Xunit.Assert.Fail(problems);
    }

    /// <summary>The reason <see cref="AssertOnlyLiteral"/> would fail, or null when it would pass.</summary>
    public static string? Problems(ParsedScript script, string userString)
    {
        if (script.Errors.Count > 0)
            return $"The script does not parse, so the user string {Show(userString)} may have broken out:\n{script.DescribeErrors()}";
        var occurrences = Find(script, userString);
        if (occurrences.Count == 0)
            return $"The user string {Show(userString)} is not the value of any string in the script (mangled, split or escaped wrongly).";
        var bad = occurrences.Where(o => !o.IsSafe).ToList();
        if (bad.Count == 0)
            return null;
        return $"The user string {Show(userString)} is not only literal data:\n" +
               string.Join("\n", bad.Select(o => $"  line {o.Line}: {o.Placement}: {o.Snippet}"));
    }

    private static readonly HashSet<string> EvaluatingCommands = new(StringComparer.OrdinalIgnoreCase) { "Invoke-Expression", "iex" };

    private static bool IsExecuted(Ast node) => node.Parent switch
    {
        // The command name itself (a bare word command name is reported as BareWord unless invoked with & or .).
        CommandAst c when c.CommandElements.Count > 0 && ReferenceEquals(c.CommandElements[0], node) =>
            c.InvocationOperator is TokenKind.Ampersand or TokenKind.Dot || node is not StringConstantExpressionAst { StringConstantType: StringConstantType.BareWord },
        CommandAst c => EvaluatingCommands.Contains(c.GetCommandName() ?? ""),
        InvokeMemberExpressionAst m =>
            m.Expression is TypeExpressionAst t && t.TypeName.FullName.Equals("scriptblock", StringComparison.OrdinalIgnoreCase)
            && m.Member is StringConstantExpressionAst { Value: var name } && name.Equals("Create", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static UserStringOccurrence Occurrence(UserStringPlacement placement, Ast node) =>
        new(placement, node.Extent.StartLineNumber, Shorten(node.Extent.Text));

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..117] + "...";

    private static string Show(string s) => "«" + s.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "»";
}
