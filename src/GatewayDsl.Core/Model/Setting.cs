namespace GatewayDsl.Core.Model;

/// <summary>
/// A value of the definition together with where it was set, so a rule can point its finding at the exact argument.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="Value">The value; <c>default</c> when <paramref name="IsKnown"/> is false.</param>
/// <param name="StepId">The step that set it.</param>
/// <param name="Parameter">The parameter of that step that carries it (<c>null</c> for an argument-less call).</param>
/// <param name="IsKnown">False when the build-time evaluator could not compute the value (GW0001 was reported);
/// rules then skip the value instead of reporting a second, misleading finding.</param>
internal sealed record Setting<T>(T Value, int StepId, string? Parameter, bool IsKnown = true)
{
    /// <summary>The item of an array argument this value came from, or -1.</summary>
    public int Index { get; init; } = -1;

    /// <summary>Where the value was set.</summary>
    public SourceRef Source => new(StepId, Parameter, Index);

    /// <summary>The value when it is known.</summary>
    public bool TryGet(out T value)
    {
        value = Value;
        return IsKnown;
    }
}
