using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Model;

/// <summary>The network service that adds the gateway to VMM (steps 12 to 21).</summary>
/// <param name="StepId">The <c>NetworkService</c> step.</param>
/// <param name="Name">The service's name.</param>
/// <param name="Description">Its optional description.</param>
/// <param name="HostGroups">The host groups it is available to.</param>
/// <param name="FrontEndSite">The network site of the front-end connection.</param>
/// <param name="BackEndSite">The network site of the back-end connection.</param>
/// <param name="RunAsAccount">An explicit Run As account; when absent the domain-join account is used.</param>
internal sealed record NetworkServiceSpec(
    int StepId,
    Setting<string?> Name,
    Setting<string?>? Description,
    EquatableArray<Setting<string?>> HostGroups,
    Setting<string?>? FrontEndSite,
    Setting<string?>? BackEndSite,
    Setting<string?>? RunAsAccount);
