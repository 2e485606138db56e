using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Model;

/// <summary>A network site (VMM "logical network definition").</summary>
/// <param name="StepId">The <c>Site</c> step.</param>
/// <param name="Name">The site's name.</param>
/// <param name="HostGroups">The host groups the site is available to (the first comes from <c>Site(..., hostGroup, ...)</c>).</param>
/// <param name="Subnets">The subnets with their VLANs.</param>
/// <param name="Pools">The static IP pools.</param>
/// <param name="UsesDhcp">A <c>UsesDhcp()</c> call, if any.</param>
internal sealed record NetworkSiteSpec(
    int StepId,
    Setting<string?> Name,
    EquatableArray<Setting<string?>> HostGroups,
    EquatableArray<SubnetSpec> Subnets,
    EquatableArray<StaticPoolSpec> Pools,
    Setting<bool>? UsesDhcp);
