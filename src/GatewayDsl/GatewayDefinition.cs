using System;
using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.ConnectionStrings;
using GatewayDsl.Core.Steps;
using GatewayDsl.Core.Validation;
using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>
/// A Windows Server Gateway deployment, described with a fluent chain that follows the procedure
/// "How to add a Windows Server Gateway in VMM". Start it with <see cref="Gateway.Named(string)"/>.
/// Each method records what you said; nothing is checked until <see cref="Validate"/> (run time) or the analyzer
/// (build time), which apply the same rules.
/// </summary>
public sealed class GatewayDefinition
{
    private readonly StepRecorder recorder = new(new StepIdSource());

    internal GatewayDefinition(string name) => recorder.Record(S.Named.Method, Arg.Of(S.Named.Name, name));

    internal IReadOnlyList<Step> Steps => recorder.Steps;

    /// <summary>The AD domain (FQDN) the host cluster and the gateway VMs join (prerequisite 1).</summary>
    /// <param name="fqdn">The domain's FQDN, e.g. <c>contoso.com</c>.</param>
    public GatewayDefinition InDomain(string fqdn) => Record(S.InDomain.Method, Arg.Of(S.InDomain.Fqdn, fqdn));

    /// <summary>
    /// The VMM server's domain. If the gateway faces untrusted networks, put the host cluster and the VMM server in two
    /// domains without a trust relationship (prerequisite 1; GW3007).
    /// </summary>
    /// <param name="fqdn">The VMM server's domain FQDN.</param>
    public GatewayDefinition VmmServerInDomain(string fqdn) => Record(S.VmmServerInDomain.Method, Arg.Of(S.VmmServerInDomain.Fqdn, fqdn));

    /// <summary>The two-node Hyper-V host cluster that runs the gateway VMs (procedure step 2). Its name is <c>VMHost=</c> in the connection string.</summary>
    /// <param name="name">The host cluster's FQDN, e.g. <c>GatewayHost1.contoso.com</c>.</param>
    /// <param name="configure">Its nodes, network adapters per node and host group.</param>
    public GatewayDefinition OnHostCluster(string name, Action<HostClusterBuilder> configure) =>
        Scope(S.OnHostCluster.Method, S.OnHostCluster.Configure, r => new HostClusterBuilder(r), configure, Arg.Of(S.OnHostCluster.Name, name));

    /// <summary>The gateway VM name: <c>GatewayVM=</c> in the connection string (procedure step 16).</summary>
    /// <param name="name">The gateway VM's name, e.g. <c>GatewayVM1.contoso.com</c>.</param>
    public GatewayDefinition GatewayVm(string name) => Record(S.GatewayVm.Method, Arg.Of(S.GatewayVm.Name, name));

    /// <summary>
    /// The virtual switch the gateway's back-end adapter connects to: <c>BackendSwitch=</c> in the connection string.
    /// It is only used at the last step, when the network service is added (R53).
    /// </summary>
    /// <param name="name">The virtual switch's name, e.g. <c>VirtualSwitch1</c>.</param>
    public GatewayDefinition BackendSwitch(string name) => Record(S.BackendSwitch.Method, Arg.Of(S.BackendSwitch.Name, name));

    /// <summary>
    /// Makes this a forwarding gateway (<c>DirectRoutingMode=True</c>): it bridges one virtualized address space with a
    /// physical one by direct routing. Requires <see cref="FrontEndServerAddress(string)"/> (GW1001) and allows exactly one VM network (GW5001).
    /// </summary>
    /// <param name="enabled">Whether direct routing mode is on (default <c>true</c>).</param>
    public GatewayDefinition DirectRoutingMode(bool enabled = true) => Record(S.DirectRoutingMode.Method, Arg.Of(S.DirectRoutingMode.Enabled, enabled));

    /// <summary>The forwarding gateway's IP address on the external network (<c>FrontEndServerAddress=</c>); external routers point at it.</summary>
    /// <param name="address">An IPv4 or IPv6 address inside the External site's subnet.</param>
    public GatewayDefinition FrontEndServerAddress(string address) => Record(S.FrontEndServerAddress.Method, Arg.Of(S.FrontEndServerAddress.Address, address));

    /// <summary>The VPN endpoint address reported to tenants (<c>VPNServerAddress=</c>); only needed behind an external load balancer.</summary>
    /// <param name="address">An IPv4 or IPv6 address.</param>
    public GatewayDefinition VpnServerAddress(string address) => Record(S.VpnServerAddress.Method, Arg.Of(S.VpnServerAddress.Address, address));

    /// <summary>
    /// How many VM networks may use the gateway (<c>MaxVMNetworksSupported=</c>): 1 to 100 (default 50), or exactly 1
    /// for a forwarding gateway (GW1002).
    /// </summary>
    /// <param name="count">The maximum number of VM networks.</param>
    public GatewayDefinition MaxVmNetworks(int count) => Record(S.MaxVmNetworks.Method, Arg.Of(S.MaxVmNetworks.Count, count));

    /// <summary>
    /// Whether the Infrastructure and External networks route to the same network at any point. When they do (the
    /// assumption if you do not say), the Infrastructure pool's metric must be higher than the External one's (GW2004).
    /// </summary>
    /// <param name="value">True if they route to the same network.</param>
    public GatewayDefinition InfrastructureRoutesToSameNetworkAsExternal(bool value) =>
        Record(S.InfrastructureRoutesToSameNetworkAsExternal.Method, Arg.Of(S.InfrastructureRoutesToSameNetworkAsExternal.Value, value));

    /// <summary>The back-end logical network ("Network Virtualization"): one connected network that allows network virtualization (prerequisite 2).</summary>
    /// <param name="name">The logical network's name.</param>
    /// <param name="configure">Its network sites.</param>
    public GatewayDefinition NetworkVirtualization(string name, Action<LogicalNetworkBuilder> configure) => LogicalNetwork(S.LogicalNetwork.NetworkVirtualization, name, configure);

    /// <summary>The front-end logical network ("External"): the path to outside networks; Internet-routable for site-to-site VPN.</summary>
    /// <param name="name">The logical network's name (a VM network of the same name is created).</param>
    /// <param name="configure">Its network sites.</param>
    public GatewayDefinition External(string name, Action<LogicalNetworkBuilder> configure) => LogicalNetwork(S.LogicalNetwork.External, name, configure);

    /// <summary>The management logical network ("Infrastructure"): VMM server, host cluster and gateway VMs; a static pool or DHCP.</summary>
    /// <param name="name">The logical network's name (a VM network of the same name is created).</param>
    /// <param name="configure">Its network sites.</param>
    public GatewayDefinition Infrastructure(string name, Action<LogicalNetworkBuilder> configure) => LogicalNetwork(S.LogicalNetwork.Infrastructure, name, configure);

    /// <summary>An optional logical switch for the host cluster; its uplink port profiles must include the sites of all three networks (GW2012).</summary>
    /// <param name="name">The logical switch's name.</param>
    /// <param name="configure">Its uplink port profiles.</param>
    public GatewayDefinition LogicalSwitch(string name, Action<LogicalSwitchBuilder> configure) =>
        Scope(S.LogicalSwitch.Method, S.LogicalSwitch.Configure, r => new LogicalSwitchBuilder(r), configure, Arg.Of(S.LogicalSwitch.Name, name));

    /// <summary>The Scale-Out File Server share managed by VMM and added to the host cluster (prerequisite 3, step 5).</summary>
    /// <param name="server">The Scale-Out File Server's FQDN.</param>
    /// <param name="share">The share's name.</param>
    public GatewayDefinition ScaleOutFileServer(string server, string share) =>
        Record(S.ScaleOutFileServer.Method, Arg.Of(S.ScaleOutFileServer.Server, server), Arg.Of(S.ScaleOutFileServer.Share, share));

    /// <summary>
    /// The VMM library share that holds the OS disk and, in its folder <c>Windows Server Gateway</c>, the two blank disks
    /// and the <c>VMClusterSetup.cr</c> custom resource (prerequisites 4 and 5).
    /// </summary>
    /// <param name="share">The library share path, e.g. <c>\\lib01.contoso.com\MSSCVMMLibrary</c>.</param>
    /// <param name="configure">The OS, CSV and quorum disks.</param>
    public GatewayDefinition Library(string share, Action<LibraryBuilder> configure) =>
        Scope(S.Library.Method, S.Library.Configure, r => new LibraryBuilder(r), configure, Arg.Of(S.Library.Share, share));

    /// <summary>The service template to deploy (procedure steps 1 and 7) and its settings.</summary>
    /// <param name="template">2NIC or 3NIC, matching the host nodes' network adapters (GW4002).</param>
    /// <param name="configure">The product key or evaluation deployment, VMClusterStaticIPAddress, integration services.</param>
    public GatewayDefinition ServiceTemplate(GatewayTemplate template, Action<ServiceTemplateBuilder> configure) =>
        Scope(S.ServiceTemplate.Method, S.ServiceTemplate.Configure, r => new ServiceTemplateBuilder(r), configure, Arg.Enum(S.ServiceTemplate.Template, template));

    /// <summary>
    /// The Run As account of a domain account that may join computers to the domain: the template's <c>DomainUserRAA</c>
    /// and the network service's credentials (prerequisite 6, step 15).
    /// </summary>
    /// <param name="runAsAccount">The Run As account's name in VMM.</param>
    public GatewayDefinition DomainJoinAccount(string runAsAccount) => Record(S.DomainJoinAccount.Method, Arg.Of(S.DomainJoinAccount.RunAsAccount, runAsAccount));

    /// <summary>The Run As account of a second domain user added to the gateway VMs' local Administrators (prerequisite 6).</summary>
    /// <param name="runAsAccount">The Run As account's name in VMM; it must differ from the domain-join account (GW3006).</param>
    public GatewayDefinition AdministratorAccount(string runAsAccount) => Record(S.AdministratorAccount.Method, Arg.Of(S.AdministratorAccount.RunAsAccount, runAsAccount));

    /// <summary>The network service that adds the gateway to VMM (procedure steps 12 to 21).</summary>
    /// <param name="name">The network service's name.</param>
    /// <param name="configure">Description, host groups, front-end and back-end connections.</param>
    public GatewayDefinition NetworkService(string name, Action<NetworkServiceBuilder> configure) =>
        Scope(S.NetworkService.Method, S.NetworkService.Configure, r => new NetworkServiceBuilder(r), configure, Arg.Of(S.NetworkService.Name, name));

    /// <summary>A tenant VM network that uses the gateway, with its connectivity (VPN, NAT or direct routing).</summary>
    /// <param name="name">The VM network's name.</param>
    /// <param name="configure">Its subnets and connectivity.</param>
    public GatewayDefinition VmNetwork(string name, Action<VmNetworkBuilder> configure) =>
        Scope(S.VmNetwork.Method, S.VmNetwork.Configure, r => new VmNetworkBuilder(r), configure, Arg.Of(S.VmNetwork.Name, name));

    /// <summary>
    /// Checks the definition against every rule of the procedure, the same rules the analyzer reports at build time.
    /// </summary>
    /// <returns>The violations, in definition order; empty when the definition is valid.</returns>
    public IReadOnlyList<GatewayViolation> Validate()
    {
        var result = GatewayValidator.Validate(recorder.Steps);
        var paths = StepPaths.Describe(recorder.Steps);
        return result.Violations
            .Select(v => new GatewayViolation(
                v.RuleId,
                v.Rule.Title,
                (GatewaySeverity)(int)v.Severity,
                v.Message,
                paths.Describe(v.Location),
                v.AdditionalLocations.Select(paths.Describe).ToArray(),
                v.Rule.HelpLink))
            .ToArray();
    }

    /// <summary>
    /// The connection string for the network service (procedure step 16), e.g.
    /// <c>VMHost=GatewayHost1.contoso.com;GatewayVM=GatewayVM1.contoso.com;BackendSwitch=VirtualSwitch1</c>.
    /// Call <see cref="Validate"/> first: a definition with errors gives an unusable string.
    /// </summary>
    public string GetConnectionString() => ConnectionStringWriter.Write(GatewayValidator.Validate(recorder.Steps).Spec);

    private GatewayDefinition Record(string method, params Core.Steps.StepArgument[] arguments)
    {
        recorder.Record(method, arguments);
        return this;
    }

    private GatewayDefinition Scope<TBuilder>(string method, string configureParameter, Func<StepRecorder, TBuilder> create, Action<TBuilder> configure, params Core.Steps.StepArgument[] arguments)
    {
        recorder.RecordScope(method, configureParameter, create, configure, arguments);
        return this;
    }

    private GatewayDefinition LogicalNetwork(string method, string name, Action<LogicalNetworkBuilder> configure) =>
        Scope(method, S.LogicalNetwork.Configure, r => new LogicalNetworkBuilder(r), configure, Arg.Of(S.LogicalNetwork.Name, name));
}
