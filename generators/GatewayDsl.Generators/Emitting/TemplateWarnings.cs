using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GatewayDsl.Core.Common;
using GatewayDsl.Generators.Model;

namespace GatewayDsl.Generators.Emitting;

/// <summary>
/// The messages of template problems. The generator has no diagnostic of its own for them (rule diagnostics come from
/// the analyzer), so each becomes a <c>#warning</c> directive in the generated file: the compiler reports it as
/// CS1030 in that file on every build, and the build goes on with a complete, consistent set of artifacts.
/// </summary>
internal static class TemplateWarnings
{
    /// <summary>A replacement template failed to parse or render; the built-in template was used instead.</summary>
    public static string ReplacementFailed(TemplateOverride replacement, string template, TemplateException error) =>
        Line($"GatewayDsl: the replacement template {replacement.FileName} for {template} failed, so the built-in template was used: {error.Message}");

    /// <summary>A built-in template failed: a GatewayDsl bug; the artifact is left out.</summary>
    public static string BuiltInFailed(string template, TemplateException error) =>
        Line($"GatewayDsl: the built-in template {template} failed, so its artifact was not generated (please report this GatewayDsl bug): {error.Message}");

    /// <summary>Replacement templates that replace nothing: an unknown template name, or a second file for the same template.</summary>
    public static IEnumerable<string> Unused(EquatableArray<TemplateOverride> overrides, IReadOnlyCollection<string> templates)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var replacement in overrides)
        {
            if (!templates.Contains(replacement.Template, StringComparer.OrdinalIgnoreCase))
            {
                yield return Line(
                    $"GatewayDsl: the replacement template {replacement.FileName} names '{replacement.Template}', which is not a GatewayDsl template, so it was ignored; use one of {string.Join(", ", templates)}");
            }
            else if (!used.Add(replacement.Template))
            {
                yield return Line($"GatewayDsl: {replacement.FileName} is a second replacement for {replacement.Template}, so it was ignored");
            }
        }
    }

    /// <summary>
    /// One line of plain text: a directive ends at the line break, so any line break (including the ones C# accepts
    /// beyond CR and LF) would let the rest of a message become code.
    /// </summary>
    public static string Line(string message)
    {
        var text = new StringBuilder(message.Length);
        foreach (var c in message)
        {
            text.Append(c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' || char.IsControl(c) ? ' ' : c);
        }

        return text.ToString();
    }
}
