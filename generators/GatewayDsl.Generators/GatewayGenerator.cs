using System.Linq;
using System.Text;
using GatewayDsl.Analyzers.Parsing;
using GatewayDsl.Core.Common;
using GatewayDsl.Generators.Caching;
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
/// <remarks>
/// The pipeline: read each definition into its steps (binding the definition method, skipped while
/// <see cref="DefinitionCache"/> proves an earlier read still holds), reduce and validate the steps, render the
/// artifacts of each valid definition with the user's replacement templates. Each step runs again only when its input
/// changed, so an edit elsewhere costs a cache look-up per definition and renders nothing.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class GatewayGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the step that reduces and validates each definition's steps into a <c>GatewayModel</c>.</summary>
    public const string DefinitionStep = "GatewayDefinition";

    /// <summary>Tracking name of the step that collects the user's replacement templates.</summary>
    public const string TemplatesStep = "GatewayTemplates";

    /// <summary>Tracking name of the step that renders the artifacts and the generated class of each valid definition.</summary>
    public const string RenderStep = "GatewayArtifacts";

    /// <summary>What this generator instance read in earlier compilations (the IDE keeps one instance per project).</summary>
    private readonly DefinitionCache cache = new();

    /// <summary>The cache of this instance (the caching tests count its reads).</summary>
    internal DefinitionCache Cache => cache;

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var cache = this.cache;
        var definitions = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownTypes.GatewayAttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                (syntax, cancellationToken) => DefinitionReader.Read(syntax, cache, cancellationToken))
            .Where(static steps => steps is not null)
            .Select(static (steps, cancellationToken) => DefinitionReader.Validate(steps!, cancellationToken))
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
            .Where(static model => model.Spec is not null)
            .Combine(templates)
            .Select(static (pair, cancellationToken) => GeneratedClass.Render(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(RenderStep);

        context.RegisterSourceOutput(rendered, static (output, source) =>
        {
            if (source is not null)
            {
                output.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8));
            }
        });
    }
}
