using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Model;

/// <summary>The two-node Hyper-V host cluster that runs the gateway VMs.</summary>
/// <param name="StepId">The <c>OnHostCluster</c> step.</param>
/// <param name="Name">The cluster's FQDN (<c>VMHost=</c> in the connection string).</param>
/// <param name="Nodes">The <c>Nodes</c> call and its node FQDNs (an unknown item is <c>null</c>).</param>
/// <param name="NetworkAdapters">Physical network adapters per node (2 or 3 picks the service template).</param>
/// <param name="HostGroup">The VMM host group that holds the cluster.</param>
internal sealed record HostClusterSpec(
    int StepId,
    Setting<string?> Name,
    Setting<EquatableArray<string?>>? Nodes,
    Setting<long>? NetworkAdapters,
    Setting<string?>? HostGroup);
