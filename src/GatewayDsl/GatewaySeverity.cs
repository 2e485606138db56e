namespace GatewayDsl;

/// <summary>How serious a <see cref="GatewayViolation"/> is.</summary>
public enum GatewaySeverity
{
    /// <summary>Advice.</summary>
    Info,

    /// <summary>Likely wrong, but the deployment may still work.</summary>
    Warning,

    /// <summary>The deployment will fail or the procedure forbids it.</summary>
    Error,
}
