using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules;

namespace GatewayDsl.Core.Reduction;

/// <summary>The spec reduced from a definition's steps, and what the reducer itself found (GW0003).</summary>
/// <param name="Spec">The spec.</param>
/// <param name="Findings">Findings made while reducing.</param>
internal sealed record ReductionResult(GatewaySpec Spec, EquatableArray<Violation> Findings);
