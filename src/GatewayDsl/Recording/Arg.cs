using System.Collections.Generic;
using GatewayDsl.Core.Steps;

namespace GatewayDsl.Recording;

/// <summary>Short factories for recorded arguments, so builder methods read as one line each.</summary>
internal static class Arg
{
    /// <summary>A string argument (null is kept: the rules report it, the builder does not throw).</summary>
    public static StepArgument Of(string parameter, string? value) => new(parameter, StepValue.Of(value));

    /// <summary>An integral argument.</summary>
    public static StepArgument Of(string parameter, long value) => new(parameter, StepValue.Of(value));

    /// <summary>A Boolean argument.</summary>
    public static StepArgument Of(string parameter, bool value) => new(parameter, StepValue.Of(value));

    /// <summary>An enum argument, recorded by member name (an undefined value by its number, which no rule accepts).</summary>
    public static StepArgument Enum<TEnum>(string parameter, TEnum value)
        where TEnum : struct, System.Enum =>
        new(parameter, StepValue.EnumMember(value.ToString()));

    /// <summary>An optional enum argument; <c>null</c> when left out.</summary>
    public static StepArgument Enum<TEnum>(string parameter, TEnum? value)
        where TEnum : struct, System.Enum =>
        new(parameter, value is { } v ? StepValue.EnumMember(v.ToString()) : StepValue.Null);

    /// <summary>
    /// A <c>params string[]</c> argument. A <c>null</c> array is recorded as <c>null</c>, exactly as the build-time
    /// parser reads it, so the rules report it the same way at run time and at build time (no exception).
    /// </summary>
    public static StepArgument Strings(string parameter, string?[]? values) =>
        new(parameter, StepValue.ArrayOf((IEnumerable<string?>?)values));

    /// <summary>A secret argument: the factory step that made it, numbered by <paramref name="recorder"/>.</summary>
    public static StepArgument Secret(StepRecorder recorder, string parameter, GatewayDsl.Secret? secret) =>
        new(parameter, secret is null ? StepValue.Null : StepValue.CallOf(secret.ToStep(recorder.NextId())));
}
