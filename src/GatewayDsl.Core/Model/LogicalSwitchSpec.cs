using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Model;

/// <summary>An optional logical switch for the host cluster (prerequisite 2).</summary>
/// <param name="StepId">The <c>LogicalSwitch</c> step.</param>
/// <param name="Name">The switch's name.</param>
/// <param name="UplinkPortProfiles">Its uplink port profiles.</param>
internal sealed record LogicalSwitchSpec(int StepId, Setting<string?> Name, EquatableArray<UplinkPortProfileSpec> UplinkPortProfiles);

/// <summary>An uplink port profile and the network sites it includes.</summary>
/// <param name="StepId">The <c>UplinkPortProfile</c> step.</param>
/// <param name="Name">The profile's name.</param>
/// <param name="Sites">Names of the network sites it includes.</param>
internal sealed record UplinkPortProfileSpec(int StepId, Setting<string?> Name, Setting<EquatableArray<string?>> Sites);
