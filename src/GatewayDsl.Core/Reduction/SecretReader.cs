using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Core.Reduction;

/// <summary>Reads a <c>Secret</c> argument (<c>Secret.FromEnvironment</c>, <c>FromParameter</c>, <c>Literal</c>).</summary>
internal static class SecretReader
{
    /// <summary>The secret passed as <paramref name="parameter"/>, or <c>null</c> when none was passed.
    /// A literal's value is deliberately dropped here: nothing after the reducer can leak it.</summary>
    public static SecretSpec? Read(Step step, string parameter)
    {
        var value = step.Get(parameter);
        if (value.Kind == StepValueKind.Null)
        {
            return null;
        }

        var factory = value.CallStep;
        return factory?.Method switch
        {
            S.Secret.FromEnvironment => new SecretSpec(factory.Id, SecretSourceKind.Environment, StepReader.String(factory, S.Secret.Variable)),
            S.Secret.FromParameter => new SecretSpec(factory.Id, SecretSourceKind.Parameter, StepReader.String(factory, S.Secret.Name)),
            S.Secret.Literal => new SecretSpec(factory.Id, SecretSourceKind.Literal, null),
            _ => new SecretSpec(step.Id, SecretSourceKind.Unknown, null),
        };
    }
}
