using GatewayDsl.Core.Common;
using GatewayDsl.Core.Steps;
using S = GatewayDsl.Core.Steps.DslSteps.Secret;

namespace GatewayDsl;

/// <summary>
/// Where a secret (a product key or a pre-shared key) comes from. Generated artifacts only ever hold the
/// reference: the deployment script reads the environment variable or takes a SecureString parameter.
/// </summary>
public sealed class Secret
{
    private readonly string method;
    private readonly string parameter;
    private readonly string? value;

    private Secret(string method, string parameter, string? value)
    {
        this.method = method;
        this.parameter = parameter;
        this.value = value;
    }

    /// <summary>The secret is read from an environment variable when the deployment script runs.</summary>
    /// <param name="variable">The environment variable's name, e.g. <c>GATEWAY_PRODUCT_KEY</c>.</param>
    public static Secret FromEnvironment(string variable) => new(S.FromEnvironment, S.Variable, variable);

    /// <summary>The secret is a SecureString parameter of the deployment script.</summary>
    /// <param name="name">The script parameter's name, e.g. <c>ProductKey</c>.</param>
    public static Secret FromParameter(string name) => new(S.FromParameter, S.Name, name);

    /// <summary>
    /// A secret written in source. Avoid it: GW6001 warns, and artifacts never contain the value (the script asks for
    /// it as a SecureString parameter instead). Use <see cref="FromEnvironment(string)"/> or <see cref="FromParameter(string)"/>.
    /// </summary>
    /// <param name="value">The secret value.</param>
    public static Secret Literal(string value) => new(S.Literal, S.Value, value);

    /// <summary>Never shows a literal's value.</summary>
    public override string ToString() => method == S.Literal ? "Secret.Literal(***)" : $"Secret.{method}(\"{value}\")";

    internal Step ToStep(int id) =>
        new(id, method, EquatableArray.Create(new StepArgument(parameter, StepValue.Of(value))));
}
