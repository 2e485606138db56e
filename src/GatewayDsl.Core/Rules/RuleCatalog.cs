using System.Collections.Generic;
using System.Linq;

namespace GatewayDsl.Core.Rules;

/// <summary>
/// Every rule, listed explicitly (no reflection at analyzer start-up). Each ID block keeps its list in its own
/// partial file next to its rules. A meta-test checks that every <see cref="GatewayRule"/> class is listed once.
/// </summary>
internal static partial class RuleCatalog
{
    private static IReadOnlyList<GatewayRule>? rules;
    private static IReadOnlyList<RuleDescriptor>? descriptors;

    /// <summary>The rules that check a reduced spec, in ID order.</summary>
    public static IReadOnlyList<GatewayRule> Rules => rules ??= SpecRules().OrderBy(r => r.Descriptor.Id, System.StringComparer.Ordinal).ToArray();

    /// <summary>Every descriptor: the spec rules and the usage rules found while reading a definition, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors => descriptors ??= Rules.Select(r => r.Descriptor)
        .Concat(new[] { UsageRules.NonConstantArgument, UsageRules.UnsupportedConstruct, UsageRules.SettingGivenTwice })
        .OrderBy(d => d.Id, System.StringComparer.Ordinal)
        .ToArray();

    private static IEnumerable<GatewayRule> SpecRules() =>
        UsageSpecRules()
            .Concat(NetworkServiceRules())
            .Concat(NetworkingRules())
            .Concat(IdentityRules())
            .Concat(DeploymentRules())
            .Concat(ConnectivityRules())
            .Concat(SecurityRules());
}
