using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using GatewayDsl.Core.Common;
using GatewayDsl.Generators.Model;

namespace GatewayDsl.Generators.Emitting;

/// <summary>Renders every artifact of one definition and the C# that carries them.</summary>
internal static class ArtifactEmitter
{
    /// <summary>
    /// The generator's version, written into the manifest and the GeneratedCode attribute: the package version
    /// (build/GatewayDsl.Version.props), which the project stamps into the assembly as metadata. Not the informational
    /// version, which the SDK may suffix with a commit id: the artifacts would then change with every commit.
    /// </summary>
    public static readonly string GeneratorVersion = typeof(ArtifactEmitter).Assembly
        .GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false)
        .OfType<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "GatewayDslVersion")?.Value ?? "0.0.0";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// One hasher per thread, reused (<c>ComputeHash</c> starts afresh each time): creating one is an OpenSSL context on
    /// Linux and cost more than hashing a 67 KB script (a fifth of rendering in a build; docs/performance.md, Fix 4).
    /// Per thread because the compiler may run generators on several threads at once.
    /// </summary>
    [ThreadStatic]
    private static SHA256? hasher;

    private static readonly string[] Templates = ArtifactKind.All.Select(k => k.Template).ToArray();

    /// <summary>
    /// Renders the artifacts of <paramref name="model"/>, using a user's replacement template where one is given. A
    /// replacement that fails falls back to the built-in template and adds a warning, so a typo in a user's template
    /// never crashes the generator nor leaves a hole in the artifact set.
    /// </summary>
    public static RenderedArtifacts RenderFiles(DefinitionClass definition, DeploymentModel model, EquatableArray<TemplateOverride> overrides, CancellationToken cancellationToken = default)
    {
        var files = new List<RenderedFile>();
        var warnings = TemplateWarnings.Unused(overrides, Templates).ToList();
        foreach (var kind in ArtifactKind.All)
        {
            object templateModel = kind == ArtifactKind.Manifest
                ? new { DefinitionName = definition.ClassName, definition.SourceFile, GeneratorVersion, Files = files.ToArray() }
                : model;
            var content = RenderArtifact(kind, templateModel, kind == ArtifactKind.Runbook ? RunbookModelBuilder.Build(model) : null, overrides, warnings, cancellationToken);
            if (content is null)
            {
                continue;
            }

            // The constant holds the text only (a leading U+FEFF would break [scriptblock]::Create on it); the build task adds
            // the byte order mark when it writes the file, and the manifest hashes the bytes as they are on disk.
            var fileName = string.Format(CultureInfo.InvariantCulture, kind.FileNameFormat, definition.ClassName);
            files.Add(new RenderedFile(kind.Member, fileName, kind.Description, content, Sha256(content, kind.ByteOrderMark)));
        }

        return new RenderedArtifacts(files, warnings);
    }

    /// <summary>The C# source of the partial class with the connection string, the artifact constants and the warnings.</summary>
    public static string RenderClass(DefinitionClass definition, DeploymentModel model, RenderedArtifacts artifacts, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return GeneratedClassWriter.Write(definition, model.ConnectionString, GeneratorVersion, artifacts);
    }

    /// <summary>
    /// The lower-case hex SHA-256 of the file's bytes: the text's UTF-8 bytes, after the UTF-8 byte order mark when
    /// <paramref name="byteOrderMark"/> is set (the build task writes such a file, a <c>.ps1</c>, with one).
    /// </summary>
    public static string Sha256(string content, bool byteOrderMark = false)
    {
        // The mark's bytes go before the text's in one array: prepending "\uFEFF" to the text would copy the deploy script
        // (a large-object-heap string) once more per render.
        var preamble = byteOrderMark && !content.StartsWith("\uFEFF", StringComparison.Ordinal) ? Utf8NoBom.GetBytes("\uFEFF") : [];
        var bytes = new byte[preamble.Length + Utf8NoBom.GetByteCount(content)];
        preamble.CopyTo(bytes, 0);
        Utf8NoBom.GetBytes(content, 0, content.Length, bytes, preamble.Length);
        var hash = (hasher ??= SHA256.Create()).ComputeHash(bytes);
        var text = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The artifact's text from the user's replacement, else from the built-in template; null if both fail.</summary>
    private static string? RenderArtifact(ArtifactKind kind, object model, object? runbook, EquatableArray<TemplateOverride> overrides, List<string> warnings, CancellationToken cancellationToken)
    {
        var replacement = overrides.FirstOrDefault(o => string.Equals(o.Template, kind.Template, StringComparison.OrdinalIgnoreCase));
        if (replacement is not null)
        {
            try
            {
                return TemplateRenderer.Render(replacement.Text, model, cancellationToken, replacement.FileName, runbook);
            }
            catch (TemplateException error)
            {
                warnings.Add(TemplateWarnings.ReplacementFailed(replacement, kind.Template, error));
            }
        }

        try
        {
            return TemplateRenderer.Render(TemplateRenderer.Embedded(kind.Template), model, cancellationToken, kind.Template, runbook);
        }
        catch (TemplateException error)
        {
            warnings.Add(TemplateWarnings.BuiltInFailed(kind.Template, error));
            return null;
        }
    }
}
