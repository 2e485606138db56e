using System;
using System.Globalization;
using System.Linq;
using System.Text;
using GatewayDsl.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>
/// <see cref="Escape.AppendCSharp"/>, which writes every constant of the generated class (the artifacts among them): for
/// any string, Roslyn's own parser reads back exactly that string, the literal shows every invisible character as an
/// escape, and for visible text it is the literal Roslyn's <c>SymbolDisplay.FormatLiteral</c> writes (the generator
/// used it before; the golden files pin the artifacts' literals).
/// </summary>
public sealed class CSharpLiteralTests
{
    [Fact]
    public void Every_character_of_the_basic_plane_round_trips_through_the_CSharp_parser()
    {
        // One string holding every UTF-16 code unit, each also between ASCII letters (so a run break around it is covered).
        var all = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            all.Append('a').Append((char)c).Append('b');
        }

        AssertRoundTrips(all.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII text, nothing to escape")]
    [InlineData("\"quoted\" and \\back\\slashes\\")]
    [InlineData("line\nbreaks\r\nand\ttabs\0nul\a\b\f\v")]
    [InlineData("\ud83d\ude00 a pair")]
    [InlineData("tags \U000E0041\U000E007F, a supplementary noncharacter \U0001FFFF, and \U00010000")]
    [InlineData("Zürich, Αθήνα, 東京, عربى")]
    public void A_string_round_trips(string value) => AssertRoundTrips(value);

    [Theory]
    [InlineData("\uFEFF", "\\ufeff")]
    [InlineData("\u200B", "\\u200b")]
    [InlineData("\u202E", "\\u202e")]
    [InlineData("\u2028", "\\u2028")]
    [InlineData("\u2029", "\\u2029")]
    [InlineData("\u0085", "\\u0085")]
    [InlineData("\u001B", "\\u001b")]
    [InlineData("\uFFFE", "\\ufffe")]
    [InlineData("\uFDD0", "\\ufdd0")]
    [InlineData("\U000E0041", "\\U000e0041")]
    [InlineData("\U0010FFFF", "\\U0010ffff")]
    public void An_invisible_character_is_written_as_an_escape(string value, string escape) =>
        Assert.Equal("\"" + escape + "\"", Escape.CSharp(value));

    [Fact]
    public void A_lone_surrogate_is_written_as_an_escape_and_a_pair_as_it_is()
    {
        // Built in code: an attribute argument cannot carry a lone surrogate (its metadata is UTF-8).
        var value = new string(new[] { '\ud83d', '\ude00', 'a', '\ud800', 'b', '\udc00', '\ud800' });
        Assert.Equal("\"\ud83d\ude00a\\ud800b\\udc00\\ud800\"", Escape.CSharp(value));
        AssertRoundTrips(value);
    }

    [Fact]
    public void Visible_text_gets_the_literal_Roslyn_writes()
    {
        // Every character Roslyn writes as itself or as an escape because it is a control character: ours is the same
        // literal. The two differ only where this rule is stricter (format characters and separators, which Roslyn leaves
        // verbatim) or looser (code points unassigned in the running runtime's Unicode tables, which Roslyn escapes).
        var compared = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var category = char.GetUnicodeCategory((char)c);
            if (category is UnicodeCategory.OtherNotAssigned or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate || (c >= 0xFDD0 && c <= 0xFDEF))
            {
                continue;
            }

            var text = "x" + (char)c + "y";
            Assert.Equal(SymbolDisplay.FormatLiteral(text, quote: true), Escape.CSharp(text));
            compared++;
        }

        Assert.True(compared > 60_000, $"compared {compared} characters");
    }

    [Fact]
    public void Appending_writes_after_what_the_builder_holds_and_null_is_the_empty_string()
    {
        var text = new StringBuilder("x = ");
        Escape.AppendCSharp(text, "a\"b").Append(';');
        Assert.Equal("x = \"a\\\"b\";", text.ToString());
        Assert.Equal("\"\"", Escape.CSharp(null));
    }

    private static void AssertRoundTrips(string value)
    {
        var literal = Escape.CSharp(value);
        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
        Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind());
        Assert.Equal(literal, token.Text);
        Assert.Equal(value, token.ValueText);

        // Nothing a reader cannot see reaches the source: every character of the literal is printable ASCII or a visible
        // character (a pair counts as one).
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (char.IsHighSurrogate(c) && i + 1 < literal.Length && char.IsLowSurrogate(literal[i + 1]))
            {
                Assert.DoesNotContain(CharUnicodeInfo.GetUnicodeCategory(literal, i), new[] { UnicodeCategory.Format, UnicodeCategory.Control });
                i++;
                continue;
            }

            Assert.False(
                c < ' ' || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
                    || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format,
                $"U+{(int)c:X4} reached the literal unescaped at {i}");
        }
    }
}
