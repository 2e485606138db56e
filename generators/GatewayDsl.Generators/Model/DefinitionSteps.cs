using GatewayDsl.Core.Common;
using GatewayDsl.Core.Steps;

namespace GatewayDsl.Generators.Model;

/// <summary>
/// What the generator's transform reads from one <c>[Gateway]</c> class: where the generated code goes and the neutral
/// steps of its definition. Reducing and validating them is a later step, which runs only when the steps change (an
/// edit of a comment or of whitespace in the definition reads the same steps and stops here).
/// </summary>
/// <param name="Class">Where the generated code goes.</param>
/// <param name="Steps">The definition's steps, or null when the class has no usable definition (no single definition
/// method, not partial, or the parser found a problem; the analyzer reports why).</param>
internal sealed record DefinitionSteps(DefinitionClass Class, EquatableArray<Step>? Steps);
