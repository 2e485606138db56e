using GatewayDsl.Core.Model;

namespace GatewayDsl.Generators.Model;

/// <summary>
/// The pipeline's model of one definition: value-equatable (records, strings, numbers, equatable arrays; no symbols,
/// syntax, locations or compilations), so an edit elsewhere leaves it equal and every later step cached.
/// </summary>
/// <param name="Class">Where the generated code goes.</param>
/// <param name="Spec">The reduced spec, or null when the definition has errors (the analyzer reports them; nothing is generated).</param>
internal sealed record GatewayModel(DefinitionClass Class, GatewaySpec? Spec);
