namespace GatewayDsl.Core.Rules;

/// <summary>
/// A rule's public identity: the single source for the analyzer's <c>DiagnosticDescriptor</c>, the runtime
/// violations, the docs and the release tracking files.
/// </summary>
/// <param name="Id">The stable ID, e.g. <c>GW1001</c>. Never renumbered.</param>
/// <param name="Slug">The readable name used in the doc file name, e.g. <c>direct-routing-needs-front-end-address</c>.</param>
/// <param name="Title">A one-line title.</param>
/// <param name="DefaultSeverity">The catalog severity.</param>
/// <param name="Category">One of <see cref="RuleCategory"/>.</param>
/// <param name="Sources">Where the rule comes from (procedure step, <c>R</c> numbers of vmm-reference.md).</param>
internal sealed record RuleDescriptor(string Id, string Slug, string Title, RuleSeverity DefaultSeverity, string Category, string Sources)
{
    /// <summary>Where the rule pages live; each rule's page is <c>{Id}-{Slug}.md</c> below it.</summary>
    public const string DocsBaseUrl = "https://github.com/gatewaydsl/gatewaydsl/blob/main/docs/rules/";

    /// <summary>The doc page's file name.</summary>
    public string DocFileName => Id + "-" + Slug + ".md";

    /// <summary>The help link shown in the IDE and in SARIF.</summary>
    public string HelpLink => DocsBaseUrl + DocFileName;
}
