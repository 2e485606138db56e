using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules;

/// <summary>One finding of a rule on a definition.</summary>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Severity">The severity of this finding (usually the rule's default; a few rules lower it by context).</param>
/// <param name="Message">A message that names the offending value and says how to fix it.</param>
/// <param name="Location">The argument or call that causes it.</param>
/// <param name="AdditionalLocations">Other places involved (e.g. both metrics of GW2004).</param>
internal sealed record Violation(
    RuleDescriptor Rule,
    RuleSeverity Severity,
    string Message,
    SourceRef Location,
    EquatableArray<SourceRef> AdditionalLocations)
{
    /// <summary>The rule's ID.</summary>
    public string RuleId => Rule.Id;

    /// <summary>
    /// Data a code fix needs to repair this finding (see <see cref="FixProperties"/>); empty for most findings. Part of
    /// the value equality, like every other member.
    /// </summary>
    public EquatableArray<FixProperty> Properties { get; init; }
}
