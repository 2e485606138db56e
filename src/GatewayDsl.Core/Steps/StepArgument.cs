namespace GatewayDsl.Core.Steps;

/// <summary>One argument of a recorded call, named by the builder method's parameter name.</summary>
/// <param name="Parameter">The parameter name (e.g. <c>metric</c>); locations are keyed by it.</param>
/// <param name="Value">The argument's value.</param>
internal sealed record StepArgument(string Parameter, StepValue Value);
