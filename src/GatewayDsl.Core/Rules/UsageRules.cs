namespace GatewayDsl.Core.Rules;

/// <summary>
/// Descriptors of the rules that are found while reading a definition rather than by checking its spec:
/// GW0001 and GW0002 (compile-time parser), and GW0003 (reducer).
/// </summary>
internal static class UsageRules
{
    /// <summary>GW0001: an argument is not a compile-time constant.</summary>
    public static readonly RuleDescriptor NonConstantArgument = new(
        "GW0001", "argument-must-be-constant", "Gateway definition arguments must be compile-time constants",
        RuleSeverity.Error, RuleCategory.Usage, "GatewayDsl: the definition is evaluated at build time");

    /// <summary>GW0002: a construct the build-time evaluator cannot follow.</summary>
    public static readonly RuleDescriptor UnsupportedConstruct = new(
        "GW0002", "unsupported-construct", "The build-time evaluator cannot follow this construct",
        RuleSeverity.Error, RuleCategory.Usage, "GatewayDsl: the definition is evaluated at build time");

    /// <summary>GW0003: a setting is given twice.</summary>
    public static readonly RuleDescriptor SettingGivenTwice = new(
        "GW0003", "setting-given-twice", "A setting is given twice; the later call wins",
        RuleSeverity.Warning, RuleCategory.Usage, "GatewayDsl: one value per setting");
}
