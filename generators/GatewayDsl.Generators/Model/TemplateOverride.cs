namespace GatewayDsl.Generators.Model;

/// <summary>A user's replacement for one embedded template (an <c>AdditionalFiles</c> item with <c>GatewayDslTemplate</c> metadata).</summary>
/// <param name="Template">The embedded template it replaces, e.g. <c>Runbook.scriban</c>.</param>
/// <param name="Text">The replacement template's text.</param>
/// <param name="FileName">The replacement's file name without folders, for messages (a full path would make the generated code depend on the machine).</param>
internal sealed record TemplateOverride(string Template, string Text, string FileName);
