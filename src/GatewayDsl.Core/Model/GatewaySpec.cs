using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Model;

/// <summary>
/// The whole gateway deployment as the user described it: the immutable result of reducing the recorded steps.
/// A missing part is <c>null</c> (GW0004 reports it); rules and emitters only ever read this type.
/// </summary>
internal sealed record GatewaySpec
{
    /// <summary>The step of <c>Gateway.Named</c>, the definition's root call.</summary>
    public int RootStepId { get; init; }

    /// <summary>The gateway's NetBIOS name: the service and the computer name of its VMs (procedure: prerequisite 6).</summary>
    public Setting<string?>? Name { get; init; }

    /// <summary>The AD domain the host cluster and gateway VMs join (prerequisite 1).</summary>
    public Setting<string?>? Domain { get; init; }

    /// <summary>The VMM server's own domain (prerequisite 1: keep it apart when the gateway faces untrusted networks).</summary>
    public Setting<string?>? VmmServerDomain { get; init; }

    /// <summary>The host cluster the gateway VMs run on.</summary>
    public HostClusterSpec? HostCluster { get; init; }

    /// <summary>The gateway VM name for the connection string's <c>GatewayVM=</c>.</summary>
    public Setting<string?>? GatewayVm { get; init; }

    /// <summary>The back-end virtual switch for <c>BackendSwitch=</c>.</summary>
    public Setting<string?>? BackendSwitch { get; init; }

    /// <summary><c>DirectRoutingMode=True</c>: a forwarding gateway.</summary>
    public Setting<bool>? DirectRoutingMode { get; init; }

    /// <summary><c>FrontEndServerAddress=</c>.</summary>
    public Setting<string?>? FrontEndServerAddress { get; init; }

    /// <summary><c>VPNServerAddress=</c>.</summary>
    public Setting<string?>? VpnServerAddress { get; init; }

    /// <summary><c>MaxVMNetworksSupported=</c>.</summary>
    public Setting<long>? MaxVmNetworks { get; init; }

    /// <summary>Whether Infrastructure and External route to the same network; <c>null</c> means unknown (assumed yes).</summary>
    public Setting<bool>? InfrastructureRoutesToSameNetworkAsExternal { get; init; }

    /// <summary>The logical networks, each with its role, in declaration order.</summary>
    public EquatableArray<LogicalNetworkSpec> LogicalNetworks { get; init; }

    /// <summary>The optional logical switch on the host cluster.</summary>
    public LogicalSwitchSpec? LogicalSwitch { get; init; }

    /// <summary>The Scale-Out File Server share for the host cluster.</summary>
    public FileShareSpec? FileShare { get; init; }

    /// <summary>The VMM library content.</summary>
    public LibrarySpec? Library { get; init; }

    /// <summary>The service template and its settings.</summary>
    public ServiceTemplateSpec? ServiceTemplate { get; init; }

    /// <summary>DomainUserRAA: the Run As account allowed to join computers to the domain.</summary>
    public Setting<string?>? DomainJoinAccount { get; init; }

    /// <summary>The second Run As account added to the gateway VMs' local Administrators.</summary>
    public Setting<string?>? AdministratorAccount { get; init; }

    /// <summary>The network service that represents the gateway in VMM.</summary>
    public NetworkServiceSpec? NetworkService { get; init; }

    /// <summary>The tenant VM networks that use the gateway.</summary>
    public EquatableArray<VmNetworkSpec> VmNetworks { get; init; }

    /// <summary>True when a forwarding gateway is requested.</summary>
    public bool IsForwarding => DirectRoutingMode is { IsKnown: true, Value: true };
}
