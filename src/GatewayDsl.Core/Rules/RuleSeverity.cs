namespace GatewayDsl.Core.Rules;

/// <summary>How serious a finding is (E, W, I in the rule catalog). Users can change it per rule in .editorconfig.</summary>
internal enum RuleSeverity
{
    /// <summary>Informational: advice the build does not fail on.</summary>
    Info,

    /// <summary>Likely wrong, but the deployment may still work.</summary>
    Warning,

    /// <summary>The deployment will fail or the procedure forbids it.</summary>
    Error,
}
