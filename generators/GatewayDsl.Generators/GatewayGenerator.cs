using System.Linq;
using System.Text;
using GatewayDsl.Analyzers.Parsing;
using GatewayDsl.Core.Common;
using GatewayDsl.Generators.Emitting;
using GatewayDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GatewayDsl.Generators;

/// <summary>
/// Adds to each <c>[Gateway]</c> class its connection string and its deployment artifacts (VMM script, service
/// settings, runbook, manifest) as constants; the package's build targets write them to disk. A definition with
/// errors gets nothing: the analyzer already tells the user why.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GatewayGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the step that reads each definition into a <c>GatewayModel</c>.</summary>
    public const string DefinitionStep = "GatewayDefinition";

    /// <summary>Tracking name of the step that collects the user's replacement templates.</summary>
    public const string TemplatesStep = "GatewayTemplates";

    /// <summary>Tracking name of the step that renders the artifacts of each definition.</summary>
    public const string RenderStep = "GatewayArtifacts";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var definitions = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownTypes.GatewayAttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, cancellationToken) => DefinitionReader.Read(syntax, cancellationToken))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(DefinitionStep);

        var templates = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => TemplateOverrides.Read(pair.Left, pair.Right, cancellationToken))
            .Where(static o => o is not null)
            .Select(static (o, _) => o!)
            .Collect()
            .Select(static (all, _) => all
                .OrderBy(o => o.Template, System.StringComparer.OrdinalIgnoreCase)
                .ThenBy(o => o.FileName, System.StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TemplatesStep);

        var rendered = definitions
            .Combine(templates)
            .Select(static (pair, cancellationToken) => GeneratedClass.Render(pair.Left, pair.Right, cancellationToken))
            .Where(static source => source is not null)
            .Select(static (source, _) => source!)
            .WithTrackingName(RenderStep);

        context.RegisterSourceOutput(rendered, static (output, source) =>
            output.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8)));
    }
}
