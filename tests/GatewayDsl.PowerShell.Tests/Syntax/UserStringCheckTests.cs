using System;
using System.Linq;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Syntax;

/// <summary>The AST helper that later proves generated scripts keep user strings as data.</summary>
public class UserStringCheckTests
{
    private static UserStringPlacement[] Placements(string script, string user) =>
        UserStringCheck.Find(ScriptSyntax.Parse(script), user).Select(o => o.Placement).ToArray();

    [Fact]
    public void Parse_ReturnsTheAst_AndNoErrors_ForAValidScript()
    {
        var parsed = ScriptSyntax.Parse("param([string]$Name)\nNew-SCLogicalNetwork -Name $Name");
        Assert.Empty(parsed.Errors);
        Assert.Single(parsed.Ast.ParamBlock!.Parameters);
    }

    [Fact]
    public void Parse_ReportsErrors_WithLineNumbers()
    {
        var parsed = ScriptSyntax.Parse("Write-Output 'ok'\nWrite-Output 'unterminated");
        Assert.NotEmpty(parsed.Errors);
        Assert.Contains("line 2", parsed.DescribeErrors(), StringComparison.Ordinal);
    }

    [Fact]
    public void ASubexpressionInADoubleQuotedString_IsFlagged()
    {
        var parsed = ScriptSyntax.Parse("Write-Output \"$(Remove-Item x)\"");
        Assert.Equal(new[] { UserStringPlacement.ExpandableWithExpressions }, Placements(parsed.Text, "$(Remove-Item x)"));
        var problem = UserStringCheck.Problems(parsed, "$(Remove-Item x)");
        Assert.NotNull(problem);
        Assert.Contains("ExpandableWithExpressions", problem, StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => UserStringCheck.AssertOnlyLiteral(parsed, "$(Remove-Item x)"));
    }

    [Fact]
    public void ADoubledQuoteInASingleQuotedString_IsAccepted()
    {
        var parsed = ScriptSyntax.Parse("New-SCRunAsAccount -Name 'O''Brien' -Credential $c");
        Assert.Equal(new[] { UserStringPlacement.QuotedConstant }, Placements(parsed.Text, "O'Brien"));
        UserStringCheck.AssertOnlyLiteral(parsed, "O'Brien");
    }

    [Theory]
    [InlineData("Write-Output \"Tenant\"", UserStringPlacement.QuotedConstant)] // a double-quoted string that expands nothing parses as a constant
    [InlineData("Write-Output @'\nTenant\n'@", UserStringPlacement.QuotedConstant)]
    [InlineData("$h = @{ Name = 'Tenant' }", UserStringPlacement.QuotedConstant)]
    public void SafePlacements_AreAccepted(string script, UserStringPlacement expected)
    {
        var parsed = ScriptSyntax.Parse(script);
        Assert.Contains(expected, Placements(script, "Tenant"));
        Assert.Null(UserStringCheck.Problems(parsed, "Tenant"));
    }

    [Theory]
    [InlineData("New-SCLogicalNetwork -Name Tenant", UserStringPlacement.BareWord)]
    [InlineData("# network Tenant\nNew-SCLogicalNetwork -Name 'Tenant'", UserStringPlacement.Comment)]
    [InlineData("Write-Output \"Tenant $x\"", UserStringPlacement.ExpandableWithExpressions)]
    [InlineData("Invoke-Expression 'Tenant'", UserStringPlacement.ExecutedString)]
    [InlineData("& 'Tenant'", UserStringPlacement.ExecutedString)]
    [InlineData("[scriptblock]::Create('Tenant')", UserStringPlacement.ExecutedString)]
    public void UnsafePlacements_AreFlagged(string script, UserStringPlacement expected)
    {
        Assert.Contains(expected, Placements(script, "Tenant"));
        Assert.NotNull(UserStringCheck.Problems(ScriptSyntax.Parse(script), "Tenant"));
    }

    [Fact]
    public void AQuoteThatBreaksOutOfTheLiteral_IsFlagged()
    {
        // What a generator that forgot to double quotes would produce for the value x'; Remove-Item C:\ -Recurse; '
        const string user = @"x'; Remove-Item C:\ -Recurse; '";
        var parsed = ScriptSyntax.Parse("New-SCLogicalNetwork -Name '" + user + "'");
        Assert.Empty(parsed.Errors);
        Assert.Contains(UserStringPlacement.Code, Placements(parsed.Text, user));
        Assert.Contains("not only literal data", UserStringCheck.Problems(parsed, user), StringComparison.Ordinal);
    }

    [Fact]
    public void AValueThatIsNoStringAtAll_IsFlaggedAsMissing()
    {
        var parsed = ScriptSyntax.Parse("New-SCLogicalNetwork -Name 'Ten' + 'ant'");
        Assert.Contains("not the value of any string", UserStringCheck.Problems(parsed, "Tenant"), StringComparison.Ordinal);
    }

    [Fact]
    public void AScriptThatDoesNotParse_IsFlagged()
    {
        var parsed = ScriptSyntax.Parse("New-SCLogicalNetwork -Name 'O'Brien'");
        Assert.Contains("does not parse", UserStringCheck.Problems(parsed, "O'Brien"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyUserString_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => UserStringCheck.Find(ScriptSyntax.Parse("'x'"), ""));
    }
}
