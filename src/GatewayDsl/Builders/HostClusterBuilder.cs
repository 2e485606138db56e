using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>Describes the host cluster that runs the gateway VMs (procedure steps 2 to 6).</summary>
public sealed class HostClusterBuilder : ScopeBuilder<HostClusterBuilder>
{
    internal HostClusterBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>The cluster's nodes: exactly two Hyper-V hosts (GW4001). Both are marked as dedicated network-virtualization gateways.</summary>
    /// <param name="fqdns">The nodes' FQDNs, e.g. <c>HV01.contoso.com</c>, <c>HV02.contoso.com</c>.</param>
    public HostClusterBuilder Nodes(params string[] fqdns) => Record(S.Nodes.Method, Arg.Strings(S.Nodes.Fqdns, fqdns));

    /// <summary>The number of physical network adapters on each node: 2 or 3, matching the service template (GW4002).</summary>
    /// <param name="perNode">Adapters per node.</param>
    public HostClusterBuilder NetworkAdapters(int perNode) => Record(S.NetworkAdapters.Method, Arg.Of(S.NetworkAdapters.PerNode, perNode));

    /// <summary>The VMM host group that holds the cluster (the service is deployed there).</summary>
    /// <param name="path">The host group path, e.g. <c>All Hosts\Edge</c>.</param>
    public HostClusterBuilder HostGroup(string path) => Record(S.HostGroup.Method, Arg.Of(S.HostGroup.Path, path));
}
