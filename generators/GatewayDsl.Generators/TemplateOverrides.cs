using System.IO;
using System.Threading;
using GatewayDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GatewayDsl.Generators;

/// <summary>
/// Reads a user's replacement template: an <c>AdditionalFiles</c> item whose <c>GatewayDslTemplate</c> metadata names the
/// embedded template it replaces (the package makes that metadata visible to the compiler).
/// </summary>
internal static class TemplateOverrides
{
    /// <summary>The metadata key, as the compiler exposes it to analyzers.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.GatewayDslTemplate";

    /// <summary>The override, or null when the file is not a replacement template.</summary>
    public static TemplateOverride? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (!options.GetOptions(file).TryGetValue(MetadataKey, out var replaces) || string.IsNullOrWhiteSpace(replaces))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString();
        if (text is null)
        {
            return null;
        }

        var name = replaces.Trim();
        return new TemplateOverride(
            name.EndsWith(".scriban", System.StringComparison.OrdinalIgnoreCase) ? name : name + ".scriban",
            text.Replace("\r\n", "\n"),
            Path.GetFileName(file.Path));
    }
}
