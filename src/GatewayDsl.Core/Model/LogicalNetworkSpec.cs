using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Model;

/// <summary>A logical network in one of the three roles.</summary>
/// <param name="StepId">The role method's step.</param>
/// <param name="Role">The role.</param>
/// <param name="Name">The logical network's name (also the name of its same-named VM network).</param>
/// <param name="AllowNetworkVirtualization">An explicit <c>AllowNetworkVirtualization</c> call, if any.</param>
/// <param name="Sites">The network sites.</param>
internal sealed record LogicalNetworkSpec(
    int StepId,
    NetworkRole Role,
    Setting<string?> Name,
    Setting<bool>? AllowNetworkVirtualization,
    EquatableArray<NetworkSiteSpec> Sites)
{
    /// <summary>Whether the network allows network virtualization: explicit, else only the back-end role does.</summary>
    public bool AllowsNetworkVirtualization => AllowNetworkVirtualization is { IsKnown: true } explicitValue
        ? explicitValue.Value
        : Role == NetworkRole.NetworkVirtualization;
}
