using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using GatewayDsl.Core.Common;
using GatewayDsl.Generators.Model;

namespace GatewayDsl.Generators.Emitting;

/// <summary>Renders every artifact of one definition and the C# that carries them.</summary>
internal static class ArtifactEmitter
{
    /// <summary>The generator's version, written into the manifest and the GeneratedCode attribute.</summary>
    public const string GeneratorVersion = "0.1.0";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders the artifacts of <paramref name="model"/>, using a user's replacement template where one is given.</summary>
    public static IReadOnlyList<RenderedFile> RenderFiles(DefinitionClass definition, DeploymentModel model, EquatableArray<TemplateOverride> overrides)
    {
        var files = new List<RenderedFile>();
        foreach (var kind in ArtifactKind.All)
        {
            var fileName = string.Format(CultureInfo.InvariantCulture, kind.FileNameFormat, definition.ClassName);
            var template = overrides.FirstOrDefault(o => o.Template == kind.Template)?.Text ?? TemplateRenderer.Embedded(kind.Template);
            object templateModel = kind == ArtifactKind.Manifest
                ? new { DefinitionName = definition.ClassName, definition.SourceFile, GeneratorVersion, Files = files.ToArray() }
                : kind == ArtifactKind.Runbook
                    ? new RunbookTemplateModel(model, RunbookModelBuilder.Build(model))
                    : model;
            var content = TemplateRenderer.Render(template, templateModel);
            if (kind.ByteOrderMark)
            {
                content = "\uFEFF" + content;
            }

            files.Add(new RenderedFile(kind.Member, fileName, kind.Description, content, Sha256(content)));
        }

        return files;
    }

    /// <summary>The C# source of the partial class with the connection string and the artifact constants.</summary>
    public static string RenderClass(DefinitionClass definition, DeploymentModel model, IReadOnlyList<RenderedFile> files) =>
        TemplateRenderer.Render(TemplateRenderer.Embedded("GatewayClass.scriban"), new
        {
            definition.Namespace,
            ContainingTypes = definition.ContainingTypes.ToArray(),
            definition.ClassName,
            DefinitionName = definition.ClassName,
            model.ConnectionString,
            GeneratorVersion,
            Files = files,
        });

    /// <summary>The lower-case hex SHA-256 of the text's UTF-8 bytes (a leading U+FEFF is the byte order mark).</summary>
    public static string Sha256(string content)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Utf8NoBom.GetBytes(content));
        var text = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
