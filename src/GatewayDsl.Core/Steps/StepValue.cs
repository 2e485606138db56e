using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Steps;

/// <summary>
/// One argument value of a recorded builder call, in a neutral form that both the runtime builder and the
/// compile-time parser can produce. Value equality makes it safe to keep in incremental-generator models.
/// </summary>
internal sealed record StepValue
{
    private StepValue(StepValueKind kind) => Kind = kind;

    /// <summary>The kind of value.</summary>
    public StepValueKind Kind { get; }

    /// <summary>The text of a <see cref="StepValueKind.String"/> or the member name of an <see cref="StepValueKind.Enum"/>.</summary>
    public string? Text { get; private init; }

    /// <summary>The number of an <see cref="StepValueKind.Integer"/>; 1 or 0 for a <see cref="StepValueKind.Boolean"/>.</summary>
    public long Number { get; private init; }

    /// <summary>The items of an <see cref="StepValueKind.Array"/>.</summary>
    public EquatableArray<StepValue> Items { get; private init; }

    /// <summary>The steps recorded inside a <see cref="StepValueKind.Scope"/>, or the single factory step of a <see cref="StepValueKind.Call"/>.</summary>
    public EquatableArray<Step> Steps { get; private init; }

    /// <summary>The <c>null</c> value.</summary>
    public static StepValue Null { get; } = new(StepValueKind.Null);

    /// <summary>A value the evaluator could not compute.</summary>
    public static StepValue Unknown { get; } = new(StepValueKind.Unknown);

    /// <summary>A string, or <see cref="Null"/> for <c>null</c>.</summary>
    public static StepValue Of(string? text) => text is null ? Null : new(StepValueKind.String) { Text = text };

    /// <summary>An integral number.</summary>
    public static StepValue Of(long number) => new(StepValueKind.Integer) { Number = number };

    /// <summary>A Boolean.</summary>
    public static StepValue Of(bool value) => new(StepValueKind.Boolean) { Number = value ? 1 : 0 };

    /// <summary>An enum member, by name.</summary>
    public static StepValue EnumMember(string memberName) => new(StepValueKind.Enum) { Text = memberName };

    /// <summary>An array of values.</summary>
    public static StepValue ArrayOf(IEnumerable<StepValue> items) => new(StepValueKind.Array) { Items = items.ToEquatableArray() };

    /// <summary>An array of strings (a <c>null</c> array becomes <see cref="Null"/>).</summary>
    public static StepValue ArrayOf(IEnumerable<string?>? items) => items is null ? Null : ArrayOf(items.Select(Of));

    /// <summary>The steps recorded inside a configuring lambda.</summary>
    public static StepValue ScopeOf(IEnumerable<Step> steps) => new(StepValueKind.Scope) { Steps = steps.ToEquatableArray() };

    /// <summary>The value of a DSL factory call.</summary>
    public static StepValue CallOf(Step step) => new(StepValueKind.Call) { Steps = EquatableArray.Create(step) };

    /// <summary>The Boolean value; only meaningful for <see cref="StepValueKind.Boolean"/>.</summary>
    public bool Boolean => Number != 0;

    /// <summary>The factory step of a <see cref="StepValueKind.Call"/>, else <c>null</c>.</summary>
    public Step? CallStep => Kind == StepValueKind.Call && Steps.Count == 1 ? Steps[0] : null;

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        StepValueKind.Null => "null",
        StepValueKind.String => "\"" + Text + "\"",
        StepValueKind.Integer => Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StepValueKind.Boolean => Boolean ? "true" : "false",
        StepValueKind.Enum => Text ?? string.Empty,
        StepValueKind.Array => "[" + string.Join(", ", Items.Select(i => i.ToString())) + "]",
        StepValueKind.Scope => "{ " + Steps.Count + " steps }",
        StepValueKind.Call => CallStep?.ToString() ?? "call",
        _ => "?",
    };
}
