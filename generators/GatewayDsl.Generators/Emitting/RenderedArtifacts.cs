using System.Collections.Generic;

namespace GatewayDsl.Generators.Emitting;

/// <summary>The rendered artifacts of one definition and the warnings the generated file must carry.</summary>
/// <param name="Files">The artifacts that rendered, in <see cref="ArtifactKind.All"/> order.</param>
/// <param name="Warnings">Single-line messages that become <c>#warning</c> directives (CS1030) in the generated file.</param>
internal sealed record RenderedArtifacts(IReadOnlyList<RenderedFile> Files, IReadOnlyList<string> Warnings);
