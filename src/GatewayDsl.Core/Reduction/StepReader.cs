using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;

namespace GatewayDsl.Core.Reduction;

/// <summary>Turns a step's neutral argument values into typed <see cref="Setting{T}"/>s. Never throws on odd input.</summary>
internal static class StepReader
{
    /// <summary>A string argument; <c>null</c> stays <c>null</c>; an unevaluable value is marked unknown.</summary>
    public static Setting<string?> String(Step step, string parameter)
    {
        var value = step.Get(parameter);
        return value.Kind switch
        {
            StepValueKind.String => new Setting<string?>(value.Text, step.Id, parameter),
            StepValueKind.Null => new Setting<string?>(null, step.Id, parameter),
            StepValueKind.Enum => new Setting<string?>(value.Text, step.Id, parameter),
            _ => new Setting<string?>(null, step.Id, parameter, IsKnown: false),
        };
    }

    /// <summary>An enum argument, by member name; <c>null</c> (an optional enum left out) stays <c>null</c>.</summary>
    public static Setting<string?> EnumMember(Step step, string parameter) => String(step, parameter);

    /// <summary>An integral argument; a missing one takes <paramref name="whenAbsent"/> when given (the builder's default).</summary>
    public static Setting<long> Number(Step step, string parameter, long? whenAbsent = null)
    {
        var value = step.Get(parameter);
        if (value.Kind == StepValueKind.Integer)
        {
            return new Setting<long>(value.Number, step.Id, parameter);
        }

        return whenAbsent is { } fallback && !step.Has(parameter)
            ? new Setting<long>(fallback, step.Id, parameter)
            : new Setting<long>(0, step.Id, parameter, IsKnown: false);
    }

    /// <summary>A Boolean argument; a missing one takes <paramref name="whenAbsent"/> (the builder's default).</summary>
    public static Setting<bool> Boolean(Step step, string parameter, bool whenAbsent = true)
    {
        var value = step.Get(parameter);
        return value.Kind switch
        {
            StepValueKind.Boolean => new Setting<bool>(value.Boolean, step.Id, parameter),
            StepValueKind.Null when !step.Has(parameter) => new Setting<bool>(whenAbsent, step.Id, parameter),
            _ => new Setting<bool>(whenAbsent, step.Id, parameter, IsKnown: false),
        };
    }

    /// <summary>A marker call without arguments (e.g. <c>UsesDhcp()</c>).</summary>
    public static Setting<bool> Marker(Step step) => new(true, step.Id, null);

    /// <summary>A string-array argument (<c>params</c>); an item that is not a known string becomes <c>null</c>.</summary>
    public static Setting<EquatableArray<string?>> Strings(Step step, string parameter)
    {
        var value = step.Get(parameter);
        if (value.Kind == StepValueKind.Array)
        {
            return new(value.Items.Select(i => i.Kind == StepValueKind.String ? i.Text : null).ToEquatableArray(), step.Id, parameter);
        }

        return value.Kind == StepValueKind.Null
            ? new(EquatableArray<string?>.Empty, step.Id, parameter)
            : new(EquatableArray<string?>.Empty, step.Id, parameter, IsKnown: false);
    }

    /// <summary>Each item of a string-array argument as its own setting, so a rule can point at one item.</summary>
    public static IEnumerable<Setting<string?>> StringItems(Step step, string parameter)
    {
        var value = step.Get(parameter);
        if (value.Kind != StepValueKind.Array)
        {
            yield break;
        }

        for (var i = 0; i < value.Items.Count; i++)
        {
            var item = value.Items[i];
            yield return item.Kind switch
            {
                StepValueKind.String => new Setting<string?>(item.Text, step.Id, parameter) { Index = i },
                StepValueKind.Null => new Setting<string?>(null, step.Id, parameter) { Index = i },
                _ => new Setting<string?>(null, step.Id, parameter, IsKnown: false) { Index = i },
            };
        }
    }

    /// <summary>The steps recorded inside a lambda argument (none for a missing or unevaluable lambda).</summary>
    public static EquatableArray<Step> Scope(Step step, string parameter)
    {
        var value = step.Get(parameter);
        return value.Kind == StepValueKind.Scope ? value.Steps : EquatableArray<Step>.Empty;
    }
}
