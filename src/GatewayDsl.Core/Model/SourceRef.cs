namespace GatewayDsl.Core.Model;

/// <summary>A place in a definition: a step, optionally one of its arguments, optionally one item of an array argument.</summary>
/// <param name="StepId">The step (see <see cref="Steps.Step.Id"/>).</param>
/// <param name="Parameter">The argument's parameter name, or <c>null</c> for the whole call.</param>
/// <param name="Index">The item of an array argument, or -1 for the whole argument.</param>
internal readonly record struct SourceRef(int StepId, string? Parameter = null, int Index = -1)
{
    /// <summary>The place of a whole call.</summary>
    public static SourceRef Call(int stepId) => new(stepId);

    /// <summary>The definition itself (no particular call), e.g. for a missing part.</summary>
    public static SourceRef Definition => new(0);
}
