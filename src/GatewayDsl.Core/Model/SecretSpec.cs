namespace GatewayDsl.Core.Model;

/// <summary>Where a secret comes from. Artifacts only ever hold the reference, never a value.</summary>
internal enum SecretSourceKind
{
    /// <summary>An environment variable read by the deployment script.</summary>
    Environment,

    /// <summary>A SecureString parameter of the deployment script.</summary>
    Parameter,

    /// <summary>A literal in source (GW6001); artifacts replace it with a script parameter.</summary>
    Literal,

    /// <summary>A value the build-time evaluator could not follow (GW0001 was reported).</summary>
    Unknown,
}

/// <summary>A secret reference.</summary>
/// <param name="StepId">The factory step (<c>Secret.FromEnvironment</c> and so on).</param>
/// <param name="Kind">The source kind.</param>
/// <param name="Reference">The variable or parameter name; <c>null</c> for a literal (its value is never kept).</param>
internal sealed record SecretSpec(int StepId, SecretSourceKind Kind, Setting<string?>? Reference);
