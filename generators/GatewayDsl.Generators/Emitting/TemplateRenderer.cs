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
    /// <summary>
    /// How many parsed templates are kept. The six built-in ones always fit; a user editing a replacement template in
    /// the IDE produces a new text on every keystroke, which must not grow the cache for the life of the compiler.
    /// </summary>
    private const int MaxCachedTemplates = 32;

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
    /// <param name="templateText">The template.</param>
    /// <param name="model">The object templates see as <c>model</c>.</param>
    /// <param name="cancellationToken">The compiler's token; Scriban checks it in loops.</param>
    /// <param name="sourceName">The template's file name, which error messages start with (e.g. <c>Runbook.scriban(3,5) : error : ...</c>).</param>
    /// <param name="runbook">The runbook's derived data, bound to <c>runbook</c> (the Runbook template only).</param>
    /// <exception cref="TemplateException">The template has syntax errors or fails while rendering.</exception>
    /// <exception cref="OperationCanceledException">The compiler cancelled the run.</exception>
    public static string Render(string templateText, object model, System.Threading.CancellationToken cancellationToken = default, string sourceName = "template", object? runbook = null)
    {
        // Line endings are normalized in the template, never in the output: a value may hold "\r\n" (escaped for its
        // language by the functions below), and rewriting the output would change the value (hostile-string tests).
        templateText = templateText.IndexOf('\r') >= 0 ? templateText.Replace("\r\n", "\n") : templateText;
        var key = sourceName + "\n" + templateText;
        if (!Parsed.TryGetValue(key, out var template))
        {
            template = Template.Parse(templateText, sourceName);
            if (Parsed.Count < MaxCachedTemplates)
            {
                Parsed.TryAdd(key, template);
            }
        }

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

        // The runbook's derived data is a second global, so every template (and every replacement) sees the same `model`.
        if (runbook is not null)
        {
            globals.SetValue("runbook", runbook, readOnly: true);
        }

        var context = new TemplateContext
        {
            MemberRenamer = member => member.Name,
            StrictVariables = true,
            NewLine = "\n",
            LoopLimit = 100_000,
            EnableRelaxedMemberAccess = false,
            CancellationToken = cancellationToken,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
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
