using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GatewayDsl.Core.Rules;
using Microsoft.CodeAnalysis;

namespace GatewayDsl.Analyzers.Diagnostics;

/// <summary>
/// The analyzer's <see cref="DiagnosticDescriptor"/>s, made from the rules' own <see cref="RuleDescriptor"/>s: the rules
/// are the single source of ID, title, severity, category and help link. Messages are composed by the rules
/// (they name the offending value), so every descriptor's message format is <c>{0}</c>.
/// </summary>
internal static class GatewayDiagnostics
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = RuleCatalog.Descriptors.ToDictionary(d => d.Id, Create);

    /// <summary>Every descriptor, in ID order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = RuleCatalog.Descriptors.Select(d => ById[d.Id]).ToImmutableArray();

    /// <summary>The descriptor of a rule.</summary>
    public static DiagnosticDescriptor For(RuleDescriptor rule) => ById[rule.Id];

    /// <summary>The Roslyn severity of a rule severity.</summary>
    public static DiagnosticSeverity ToDiagnosticSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        rule.Category,
        ToDiagnosticSeverity(rule.DefaultSeverity),
        isEnabledByDefault: true,
        description: $"{rule.Title} (source: {rule.Sources}).",
        helpLinkUri: rule.HelpLink);
}
