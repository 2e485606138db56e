using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace GatewayDsl.Generators.Emitting;

/// <summary>
/// Renders the embedded Scriban templates (parsed once per template text and cached) with a fresh context per model:
/// invariant culture, LF line endings, strict variables, and the escaping functions of <see cref="Escape"/>.
/// </summary>
/// <remarks>
/// What does not depend on the model is made once per process, not once per render (docs/performance.md, Fix 2 and
/// Fix 4): the embedded templates' text, their parsed form (found by the text's identity, so a 60 KB template is not
/// hashed on every render), the escaping functions (one shared store under each render's own globals, so a template that
/// assigns a name writes to its own globals only; each a <see cref="TemplateFunction"/>, called without reflection),
/// Scriban's built-in functions for the embedded templates, and Scriban's reflection over each model type
/// (<see cref="Context"/>).
/// </remarks>
internal static class TemplateRenderer
{
    /// <summary>
    /// How many parsed templates are kept by text. The six built-in ones always fit; a user editing a replacement template in
    /// the IDE produces a new text on every keystroke, which must not grow the cache for the life of the compiler.
    /// </summary>
    private const int MaxCachedTemplates = 32;

    private static readonly ConcurrentDictionary<string, Template> Parsed = new(StringComparer.Ordinal);

    /// <summary>Parsed templates by the identity of their text (an entry lives as long as its text), then by source name.</summary>
    private static readonly ConditionalWeakTable<string, ConcurrentDictionary<string, Template>> ParsedByText = new();

    private static readonly ConcurrentDictionary<string, string> EmbeddedTexts = new(StringComparer.Ordinal);

    /// <summary>The escaping functions every template sees; never written to (a template's assignments go to its own globals).</summary>
    private static readonly ScriptObject Functions = CreateFunctions();

    /// <summary>
    /// Scriban's built-in functions (<c>array</c>, <c>string</c>, <c>date</c>, ...) for the embedded templates, made once and
    /// read-only. A context made without them builds its own by reflection (cloning <c>date</c> alone re-imports its
    /// functions), which was a third of a render's processor time (docs/performance.md, Fix 4). A user's replacement
    /// template still gets built-in functions of its own: Scriban lets a template set <c>date.format</c>, and one project's
    /// template must never change another's output in the same compiler process.
    /// </summary>
    internal static readonly ScriptObject SharedBuiltins = CreateSharedBuiltins();

    /// <summary>The text of an embedded template, e.g. <c>Deploy.scriban</c> (read once; the same string instance every time).</summary>
    public static string Embedded(string name) => EmbeddedTexts.GetOrAdd(name, static name =>
    {
        using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream("GatewayDsl.Generators.Templates." + name)
            ?? throw new InvalidOperationException("Missing embedded template " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    });

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
        var template = Parse(templateText, sourceName);
        if (template.HasErrors)
        {
            throw new TemplateException(string.Join("; ", template.Messages.Select(m => m.ToString())));
        }

        var globals = new ScriptObject();
        globals.SetValue("model", model, readOnly: true);

        // The runbook's derived data is a second global, so every template (and every replacement) sees the same `model`.
        if (runbook is not null)
        {
            globals.SetValue("runbook", runbook, readOnly: true);
        }

        var context = new Context(IsEmbedded(templateText, sourceName) ? SharedBuiltins : null, cancellationToken);
        context.PushGlobal(Functions);
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

    /// <summary>Whether <paramref name="templateText"/> is the embedded template itself (the same instance), not a user's text.</summary>
    private static bool IsEmbedded(string templateText, string sourceName) =>
        EmbeddedTexts.TryGetValue(sourceName, out var embedded) && ReferenceEquals(embedded, templateText);

    private static ScriptObject CreateSharedBuiltins()
    {
        var builtins = new BuiltinFunctions();
        foreach (var value in builtins.Values)
        {
            if (value is ScriptObject functions)
            {
                functions.IsReadOnly = true;
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    private static Template Parse(string templateText, string sourceName)
    {
        var byName = ParsedByText.GetValue(templateText, static _ => new ConcurrentDictionary<string, Template>(StringComparer.Ordinal));
        if (byName.TryGetValue(sourceName, out var template))
        {
            return template;
        }

        // Line endings are normalized in the template, never in the output: a value may hold "\r\n" (escaped for its
        // language by the functions below), and rewriting the output would change the value (hostile-string tests).
        // The parsed template is found by the original text's identity above, so this runs once per text.
        var normalized = templateText.IndexOf('\r') >= 0 ? templateText.Replace("\r\n", "\n") : templateText;
        var key = sourceName + "\n" + normalized;
        if (!Parsed.TryGetValue(key, out template))
        {
            template = Template.Parse(normalized, sourceName);
            if (Parsed.Count < MaxCachedTemplates)
            {
                Parsed.TryAdd(key, template);
            }
        }

        return byName.GetOrAdd(sourceName, template);
    }

    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        functions.SetValue("ps", TemplateFunction.Of(Escape.PowerShell), readOnly: true);
        functions.SetValue("cs", TemplateFunction.Of(Escape.CSharp), readOnly: true);
        functions.SetValue("json", TemplateFunction.Of(Escape.Json), readOnly: true);
        functions.SetValue("md", TemplateFunction.Of(Escape.Markdown), readOnly: true);
        functions.SetValue("code", TemplateFunction.Of(Escape.MarkdownCode), readOnly: true);
        functions.SetValue("fence", TemplateFunction.Of(Escape.MarkdownCodeBlock, "code", "language", "indent"), readOnly: true);
        functions.SetValue("mermaid", TemplateFunction.Of(Escape.Mermaid), readOnly: true);
        return functions;
    }

    /// <summary>
    /// The render context: our settings, and Scriban's member accessors shared by every render. Scriban builds an accessor
    /// per model type by reflection and caches it per context only; every context here has the same member renamer, so
    /// an accessor built once serves them all (accessors are read-only after construction).
    /// </summary>
    private sealed class Context : TemplateContext
    {
        private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

        /// <param name="builtins">Shared built-in functions, or null for a context with its own.</param>
        /// <param name="cancellationToken">The compiler's token.</param>
        public Context(ScriptObject? builtins, System.Threading.CancellationToken cancellationToken)
            : base(builtins)
        {
            MemberRenamer = static member => member.Name;
            StrictVariables = true;
            NewLine = "\n";
            LoopLimit = 100_000;
            EnableRelaxedMemberAccess = false;
            CancellationToken = cancellationToken;
            PushCulture(CultureInfo.InvariantCulture);
        }

        protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
            target is IScriptObject ? base.GetMemberAccessorImpl(target)! : Accessors.GetOrAdd(target.GetType(), _ => base.GetMemberAccessorImpl(target)!);
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
