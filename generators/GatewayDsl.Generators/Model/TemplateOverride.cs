namespace GatewayDsl.Generators.Model;

/// <summary>A user's replacement for one embedded template (an AdditionalFiles item with <c>GatewayDslTemplate</c> metadata).</summary>
/// <param name="Template">The embedded template it replaces, e.g. <c>Runbook.scriban</c>.</param>
/// <param name="Text">The replacement template's text.</param>
internal sealed record TemplateOverride(string Template, string Text);
