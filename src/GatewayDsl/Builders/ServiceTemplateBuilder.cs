using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>Describes the service template's settings.</summary>
public sealed class ServiceTemplateBuilder : ScopeBuilder<ServiceTemplateBuilder>
{
    internal ServiceTemplateBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>Where the deployment script gets the product key for the gateway VMs (never a value in artifacts).</summary>
    /// <param name="key">Usually <see cref="Secret.FromEnvironment(string)"/> or <see cref="Secret.FromParameter(string)"/>.</param>
    public ServiceTemplateBuilder ProductKey(Secret key) => Record(S.ProductKey.Method, Arg.Secret(Recorder, S.ProductKey.Key, key));

    /// <summary>
    /// An evaluation deployment without product keys: the <c>@ProductKey@</c> setting is removed from the template and,
    /// after deployment, you choose Skip at each gateway VM's product-key prompt (prerequisite 6).
    /// </summary>
    public ServiceTemplateBuilder EvaluationDeployment() => Record(S.EvaluationDeployment.Method);

    /// <summary>
    /// The template setting <c>VMClusterStaticIPAddress</c>: the address reserved for the gateway in the Infrastructure
    /// pool (GW2005). Leave it out when Infrastructure uses DHCP (GW2006).
    /// </summary>
    /// <param name="address">The reserved address.</param>
    public ServiceTemplateBuilder VmClusterStaticIpAddress(string address) => Record(S.VmClusterStaticIpAddress.Method, Arg.Of(S.VmClusterStaticIpAddress.Address, address));

    /// <summary>Disables an integration service on the gateway VMs. Never Data Exchange, which the gateway requires (GW4006).</summary>
    /// <param name="service">The integration service.</param>
    public ServiceTemplateBuilder DisableIntegrationService(GatewayIntegrationService service) => Record(S.DisableIntegrationService.Method, Arg.Enum(S.DisableIntegrationService.Service, service));
}
