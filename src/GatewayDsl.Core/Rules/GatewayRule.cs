using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules;

/// <summary>
/// A rule that checks a reduced <see cref="GatewaySpec"/>. One class per rule; each is pure (no Roslyn, no I/O), so the
/// analyzer at build time and <c>GatewayDefinition.Validate()</c> at run time give the same answer.
/// Rules skip values that are not known (<see cref="Setting{T}.IsKnown"/>) so one bad argument gives one diagnostic.
/// </summary>
internal abstract class GatewayRule
{
    /// <summary>Creates the rule with its descriptor.</summary>
    protected GatewayRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    /// <summary>The rule's identity and metadata.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Checks the spec and yields a violation for each finding.</summary>
    public abstract IEnumerable<Violation> Check(GatewaySpec spec);

    /// <summary>A finding at the rule's default severity.</summary>
    protected Violation Report(SourceRef at, string message, params SourceRef[] also) =>
        new(Descriptor, Descriptor.DefaultSeverity, message, at, also.ToEquatableArray());

    /// <summary>A finding at a severity chosen by context (e.g. GW2011: error with VPN, warning without).</summary>
    protected Violation Report(RuleSeverity severity, SourceRef at, string message, params SourceRef[] also) =>
        new(Descriptor, severity, message, at, also.ToEquatableArray());

    /// <summary>
    /// Attaches the data a code fix needs (e.g. the address to propose) to a finding. A property whose value is null is
    /// left out, so a rule can pass "no proposal" without a branch; the fix is then not offered.
    /// </summary>
    /// <param name="violation">The finding.</param>
    /// <param name="key">One of the <see cref="FixProperties"/> keys.</param>
    /// <param name="value">The value, or null for none.</param>
    /// <returns>The finding with the property added.</returns>
    protected static Violation WithFixProperty(Violation violation, string key, string? value) =>
        value is null
            ? violation
            : violation with { Properties = violation.Properties.Concat(new[] { new FixProperty(key, value) }).ToEquatableArray() };
}
