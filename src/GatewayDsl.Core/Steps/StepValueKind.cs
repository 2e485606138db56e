namespace GatewayDsl.Core.Steps;

/// <summary>What kind of value a recorded argument holds.</summary>
internal enum StepValueKind
{
    /// <summary>The literal <c>null</c>.</summary>
    Null,

    /// <summary>A string.</summary>
    String,

    /// <summary>Any integral number (stored as <see cref="long"/>).</summary>
    Integer,

    /// <summary>A Boolean.</summary>
    Boolean,

    /// <summary>An enum member, stored by member name so the core needs no reference to the public enum type.</summary>
    Enum,

    /// <summary>An array (a <c>params</c> list, an array initializer or a collection expression).</summary>
    Array,

    /// <summary>A lambda that configures a nested builder: the steps recorded inside it.</summary>
    Scope,

    /// <summary>A value produced by a DSL factory call such as <c>Secret.FromEnvironment("X")</c>.</summary>
    Call,

    /// <summary>A value the build-time evaluator could not compute (GW0001 is reported for it).</summary>
    Unknown,
}
