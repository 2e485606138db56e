namespace GatewayDsl.Core.Rules;

/// <summary>
/// One piece of data a code fix needs to repair a finding (the address to propose, the value to set). The rule computes
/// it, because only the rule knows the spec; the analyzer passes it on as a <c>Diagnostic.Properties</c> entry.
/// </summary>
/// <param name="Key">One of the <see cref="FixProperties"/> keys.</param>
/// <param name="Value">The value, invariant-culture text.</param>
internal readonly record struct FixProperty(string Key, string Value);
