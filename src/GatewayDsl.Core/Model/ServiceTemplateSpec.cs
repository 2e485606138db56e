using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Model;

/// <summary>The gateway service template (2NIC or 3NIC) and its settings.</summary>
/// <param name="StepId">The <c>ServiceTemplate</c> step.</param>
/// <param name="Template">The template flavour, by enum member name (<c>TwoNic</c> or <c>ThreeNic</c>).</param>
/// <param name="ProductKey">The product-key source, if given.</param>
/// <param name="Evaluation">An <c>EvaluationDeployment()</c> call, if any.</param>
/// <param name="VmClusterStaticIpAddress">The VMClusterStaticIPAddress setting.</param>
/// <param name="DisabledIntegrationServices">Integration services disabled on the gateway VMs, by enum member name.</param>
internal sealed record ServiceTemplateSpec(
    int StepId,
    Setting<string?> Template,
    SecretSpec? ProductKey,
    Setting<bool>? Evaluation,
    Setting<string?>? VmClusterStaticIpAddress,
    EquatableArray<Setting<string?>> DisabledIntegrationServices)
{
    /// <summary>The 2NIC template's member name.</summary>
    public const string TwoNic = "TwoNic";

    /// <summary>The 3NIC template's member name.</summary>
    public const string ThreeNic = "ThreeNic";

    /// <summary>The number of host network adapters the template is made for, or null when unknown.</summary>
    public int? AdapterCount => Template is { IsKnown: true } t ? t.Value switch { TwoNic => 2, ThreeNic => 3, _ => null } : null;
}
