using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Linq;
using Scriban;
using Scriban.Runtime;

namespace GatewayDsl.Generators.Emitting;

/// <summary>
/// Renders the embedded Scriban templates (parsed once per template text and cached) with a fresh context per model:
/// invariant culture, LF line endings, strict variables, and the escaping functions of <see cref="Escape"/>.
/// </summary>
internal static class TemplateRenderer
{
    private static readonly ConcurrentDictionary<string, Template> Parsed = new(StringComparer.Ordinal);

    /// <summary>The text of an embedded template, e.g. <c>Deploy.scriban</c>.</summary>
    public static string Embedded(string name)
    {
        using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream("GatewayDsl.Generators.Templates." + name)
            ?? throw new InvalidOperationException("Missing embedded template " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>Renders <paramref name="templateText"/> with <paramref name="model"/> bound to <c>model</c>.</summary>
    /// <exception cref="TemplateException">The template has syntax errors or fails while rendering.</exception>
    public static string Render(string templateText, object model)
    {
        var template = Parsed.GetOrAdd(templateText, static text => Template.Parse(text));
        if (template.HasErrors)
        {
            throw new TemplateException(string.Join("; ", template.Messages.Select(m => m.ToString())));
        }

        var globals = new ScriptObject();
        globals.Import("ps", new Func<string?, string>(Escape.PowerShell));
        globals.Import("cs", new Func<string?, string>(Escape.CSharp));
        globals.Import("json", new Func<string?, string>(Escape.Json));
        globals.Import("md", new Func<string?, string>(Escape.Markdown));
        globals.Import("code", new Func<string?, string>(Escape.MarkdownCode));
        globals.Import("fence", new Func<string?, string?, int, string>(Escape.MarkdownCodeBlock));
        globals.Import("mermaid", new Func<string?, string>(Escape.Mermaid));
        globals.SetValue("model", model, readOnly: true);

        var context = new TemplateContext
        {
            MemberRenamer = member => member.Name,
            StrictVariables = true,
            NewLine = "\n",
            LoopLimit = 100_000,
            EnableRelaxedMemberAccess = false,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context).Replace("\r\n", "\n");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new TemplateException(error.Message);
        }
    }
}

/// <summary>A template that cannot be parsed or rendered (typically a user's replacement template).</summary>
internal sealed class TemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TemplateException(string message)
        : base(message)
    {
    }
}
