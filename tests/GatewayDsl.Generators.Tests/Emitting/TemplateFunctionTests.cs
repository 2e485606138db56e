using GatewayDsl.Generators.Emitting;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>
/// The escaping functions as a template calls them (<see cref="TemplateFunction"/>, which calls the C# method directly
/// instead of through reflection): the result is the escaping method's, arguments are converted as Scriban converts
/// them, and a wrong call is a template error, never an unhandled exception.
/// </summary>
public sealed class TemplateFunctionTests
{
    [Theory]
    [InlineData("{{ ps model }}", "it's", "'it''s'")]
    [InlineData("{{ model | ps }}", "it's", "'it''s'")]
    [InlineData("{{ md model }}", "a|b", null)]
    [InlineData("{{ json model }}", "a\"b", "\"a\\\"b\"")]
    [InlineData("{{ cs model }}", "a\nb", "\"a\\nb\"")]
    public void A_function_returns_what_its_escaping_method_returns(string template, string value, string? expected)
    {
        var rendered = TemplateRenderer.Render(template, value, sourceName: "Test.scriban");
        Assert.Equal(expected ?? Escape.Markdown(value), rendered);
    }

    [Fact]
    public void A_null_or_a_number_is_converted_as_Scriban_converts_it()
    {
        Assert.Equal("''", TemplateRenderer.Render("{{ ps null }}", "x", sourceName: "Test.scriban"));
        Assert.Equal("'42'", TemplateRenderer.Render("{{ ps 42 }}", "x", sourceName: "Test.scriban"));
        Assert.Equal(Escape.MarkdownCodeBlock("code", "powershell", 2), TemplateRenderer.Render("{{ fence 'code' 'powershell' '2' }}", "x", sourceName: "Test.scriban"));
    }

    [Theory]
    [InlineData("{{ ps }}")]
    [InlineData("{{ ps 'a' 'b' }}")]
    [InlineData("{{ fence 'code' }}")]
    [InlineData("{{ fence 'code' 'ps' 'two' }}")]
    public void A_wrong_call_is_a_template_error(string template)
    {
        var error = Assert.Throws<TemplateException>(() => TemplateRenderer.Render(template, "x", sourceName: "Test.scriban"));
        Assert.NotEmpty(error.Message);
    }
}
