using System.Collections.Generic;

namespace GatewayDsl;

/// <summary>A rule finding on a gateway definition, as returned by <see cref="GatewayDefinition.Validate"/>.
/// The same rules, with the same IDs and messages, are reported by the analyzer at build time.</summary>
public sealed class GatewayViolation
{
    internal GatewayViolation(string ruleId, string title, GatewaySeverity severity, string message, string location, IReadOnlyList<string> additionalLocations, string helpLink)
    {
        AdditionalLocations = additionalLocations;
        RuleId = ruleId;
        Title = title;
        Severity = severity;
        Message = message;
        Location = location;
        HelpLink = helpLink;
    }

    /// <summary>The rule's stable ID, e.g. <c>GW2004</c>.</summary>
    public string RuleId { get; }

    /// <summary>The rule's title.</summary>
    public string Title { get; }

    /// <summary>The severity.</summary>
    public GatewaySeverity Severity { get; }

    /// <summary>What is wrong, naming the offending value, and how to fix it.</summary>
    public string Message { get; }

    /// <summary>Where in the definition, as a path of builder calls, e.g. <c>Infrastructure("Infrastructure") › Site("Infra-Site") › StaticPool(metric)</c>.</summary>
    public string Location { get; }

    /// <summary>Other places involved in the finding, as paths like <see cref="Location"/> (e.g. the External metric for GW2004).</summary>
    public IReadOnlyList<string> AdditionalLocations { get; }

    /// <summary>The rule's documentation page.</summary>
    public string HelpLink { get; }

    /// <summary>The violation in the compiler's style: <c>error GW2004: message [location]</c>.</summary>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {RuleId}: {Message} [{Location}]";
}
