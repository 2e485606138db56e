using System.Threading;
using GatewayDsl.Core.Common;
using GatewayDsl.Generators.Emitting;
using GatewayDsl.Generators.Model;

namespace GatewayDsl.Generators;

/// <summary>One generated source file.</summary>
/// <param name="HintName">The hint name.</param>
/// <param name="Text">The C# text.</param>
internal sealed record GeneratedClass(string HintName, string Text)
{
    /// <summary>
    /// Renders the artifacts and the class of a valid definition; null for a definition with errors. Template failures
    /// never throw: they become <c>#warning</c> directives in the generated file (see <see cref="TemplateWarnings"/>); the
    /// class itself is plain code (<see cref="GeneratedClassWriter"/>), with no template to fail.
    /// </summary>
    public static GeneratedClass? Render(GatewayModel model, EquatableArray<TemplateOverride> overrides, CancellationToken cancellationToken)
    {
        if (model.Spec is null)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var deployment = DeploymentModelBuilder.Build(model.Class.ClassName, model.Spec);
        var artifacts = ArtifactEmitter.RenderFiles(model.Class, deployment, overrides, cancellationToken);
        return new GeneratedClass(model.Class.HintName, ArtifactEmitter.RenderClass(model.Class, deployment, artifacts, cancellationToken));
    }
}
