using System.Collections.Generic;
using System.Linq;

namespace GatewayDsl.Generators.Model;

// What the runbook needs beyond the deployment model: the deployment script's stages (so every checklist item can say
// which stage automates it), a few lookups the template would otherwise repeat, which open questions of the reference
// apply to this gateway, and the topology diagram with generated node ids. Strings are raw user values, as in
// DeploymentModel: the template escapes them (md, code, fence, mermaid).

/// <summary>The Runbook template's model: <c>model.Deployment</c> and <c>model.Runbook</c>.</summary>
/// <param name="Deployment">The view model all templates share.</param>
/// <param name="Runbook">The runbook's own derived data.</param>
internal sealed record RunbookTemplateModel(DeploymentModel Deployment, RunbookModel Runbook);

/// <summary>The runbook's derived data.</summary>
/// <param name="ScriptFile">The deployment script's file name, <c>Deploy-&lt;Name&gt;.ps1</c>.</param>
/// <param name="Stages">The script's stages, in the order it runs them.</param>
/// <param name="LibraryFolderPath">The library folder that holds the blank disks and <c>VMClusterSetup.cr</c>.</param>
/// <param name="InfrastructureUsesDhcp">The Infrastructure network uses DHCP (no pool, no VMClusterStaticIPAddress).</param>
/// <param name="InfrastructurePool">The Infrastructure network's first static pool, if any (its metric and reserved address).</param>
/// <param name="ExternalPool">The External network's first static pool, if any (its metric).</param>
/// <param name="Sites">Every network site with its logical network, in declaration order.</param>
/// <param name="HostGroups">Every host group the definition names (cluster, sites, network service), each once, in order of appearance.</param>
/// <param name="Connectivity">Which connectivity kinds the tenant VM networks use.</param>
/// <param name="Confirm">Which open questions of the reference (vmm-reference.md §f) affect this gateway.</param>
/// <param name="Diagram">The topology diagram.</param>
internal sealed record RunbookModel(
    string ScriptFile,
    ScriptStagesModel Stages,
    string LibraryFolderPath,
    bool InfrastructureUsesDhcp,
    PoolReferenceModel? InfrastructurePool,
    PoolReferenceModel? ExternalPool,
    IReadOnlyList<SiteReferenceModel> Sites,
    IReadOnlyList<string> HostGroups,
    ConnectivityUsageModel Connectivity,
    ConfirmationsModel Confirm,
    DiagramModel Diagram);

/// <summary>A stage of the deployment script.</summary>
/// <param name="Name">The stage's name, as the script's progress messages and the runbook's items call it.</param>
/// <param name="Summary">What the stage does, in one sentence.</param>
internal sealed record ScriptStageModel(string Name, string Summary);

/// <summary>
/// The deployment script's stages, in order (issue 4: a preflight that changes nothing, then the procedure's steps, then
/// a verification). <see cref="LogicalSwitch"/> is null when the definition has no logical switch.
/// </summary>
/// <param name="Preflight">Checks the prerequisites and changes nothing.</param>
/// <param name="LogicalNetworks">Logical networks, sites, pools and the same-named VM networks (prerequisite 2).</param>
/// <param name="LogicalSwitch">Uplink port profiles and the logical switch (prerequisite 2), if the definition has one.</param>
/// <param name="FileShare">The file share on the host cluster (step 5).</param>
/// <param name="GatewayHosts">Both hosts as dedicated network virtualization gateways (step 6).</param>
/// <param name="Service">Template import, settings and deployment (steps 1 and 7).</param>
/// <param name="NetworkService">The provider test and the network service (steps 9 to 20).</param>
/// <param name="Connections">The front-end and back-end connections (step 21).</param>
/// <param name="VmNetworks">The tenant VM networks and their connectivity.</param>
/// <param name="Verification">The checks of step 8, run at the end.</param>
internal sealed record ScriptStagesModel(
    ScriptStageModel Preflight,
    ScriptStageModel LogicalNetworks,
    ScriptStageModel? LogicalSwitch,
    ScriptStageModel FileShare,
    ScriptStageModel GatewayHosts,
    ScriptStageModel Service,
    ScriptStageModel NetworkService,
    ScriptStageModel Connections,
    ScriptStageModel VmNetworks,
    ScriptStageModel Verification)
{
    /// <summary>The stages in the order the script runs them.</summary>
    public IReadOnlyList<ScriptStageModel> All => new[]
    {
        Preflight, LogicalNetworks, LogicalSwitch, FileShare, GatewayHosts, Service, NetworkService, Connections, VmNetworks, Verification,
    }.Where(s => s is not null).Select(s => s!).ToArray();
}

/// <summary>A static pool with the logical network and site it belongs to.</summary>
/// <param name="NetworkName">The logical network.</param>
/// <param name="SiteName">The network site.</param>
/// <param name="Pool">The pool.</param>
internal sealed record PoolReferenceModel(string NetworkName, string SiteName, PoolModel Pool);

/// <summary>A network site with the logical network it belongs to.</summary>
/// <param name="Role">The network's role (<c>NetworkVirtualization</c>, <c>External</c> or <c>Infrastructure</c>).</param>
/// <param name="RoleTitle">The role as the procedure names it, e.g. <c>front end (External)</c>.</param>
/// <param name="NetworkName">The logical network.</param>
/// <param name="Site">The site.</param>
internal sealed record SiteReferenceModel(string Role, string RoleTitle, string NetworkName, SiteModel Site);

/// <summary>Which connectivity kinds the tenant VM networks use.</summary>
/// <param name="Vpn">Some VM network uses site-to-site VPN.</param>
/// <param name="Nat">Some VM network uses NAT.</param>
/// <param name="DirectRouting">Some VM network uses direct routing (forwarding gateway).</param>
internal sealed record ConnectivityUsageModel(bool Vpn, bool Nat, bool DirectRouting)
{
    /// <summary>Some VM network connects through the gateway.</summary>
    public bool Any => Vpn || Nat || DirectRouting;
}

/// <summary>
/// The open questions of vmm-reference.md §f that depend on the definition. Three always apply and have no flag: the
/// template setting names (§f.1), the product-key setting's name (§f.3: the script sets it by name, or the operator
/// removes it for an evaluation deployment) and the VMM version (§f.7).
/// </summary>
/// <param name="FrontEndServerAddress">The connection string carries <c>FrontEndServerAddress</c>, whose spelling is unsure (§f.2).</param>
/// <param name="DirectRoutingOrNat">A VM network uses direct routing or NAT, whose cmdlet mapping is inferred (§f.4).</param>
/// <param name="VmNetworkGatewayParameterSet">A VM network connects to the gateway, and the parameter set for that is inferred (§f.5).</param>
internal sealed record ConfirmationsModel(bool FrontEndServerAddress, bool DirectRoutingOrNat, bool VmNetworkGatewayParameterSet);

/// <summary>
/// The topology as a Mermaid flowchart. Node ids are generated (<c>n1</c>, <c>n2</c>, ...), never user text; labels are
/// raw and go through the template's <c>mermaid</c> function. A label's lines are separated by <c>\n</c>.
/// </summary>
/// <param name="VmmServer">The VMM server.</param>
/// <param name="Networks">The logical networks: back end, front end and Infrastructure, in declaration order.</param>
/// <param name="Outside">The networks beyond the front end (the Internet, or the physical network of a forwarding gateway).</param>
/// <param name="Cluster">The host cluster (a subgraph).</param>
/// <param name="Hosts">The host cluster's nodes.</param>
/// <param name="Gateway">The gateway service (a subgraph inside the cluster).</param>
/// <param name="GatewayVms">The gateway's two VMs.</param>
/// <param name="Tenants">The tenant VM networks (a subgraph); null when there are none.</param>
/// <param name="TenantNetworks">The tenant VM networks.</param>
/// <param name="RemoteSites">The tenants' remote VPN sites.</param>
/// <param name="Edges">The links.</param>
internal sealed record DiagramModel(
    DiagramNode VmmServer,
    IReadOnlyList<DiagramNode> Networks,
    DiagramNode Outside,
    DiagramNode Cluster,
    IReadOnlyList<DiagramNode> Hosts,
    DiagramNode Gateway,
    IReadOnlyList<DiagramNode> GatewayVms,
    DiagramNode? Tenants,
    IReadOnlyList<DiagramNode> TenantNetworks,
    IReadOnlyList<DiagramNode> RemoteSites,
    IReadOnlyList<DiagramEdge> Edges);

/// <summary>A node or subgraph of the diagram.</summary>
/// <param name="Id">The generated id.</param>
/// <param name="Label">The raw label.</param>
internal sealed record DiagramNode(string Id, string Label);

/// <summary>A link of the diagram.</summary>
/// <param name="From">The id it starts at.</param>
/// <param name="To">The id it ends at.</param>
/// <param name="Link">The Mermaid link: <c>---</c> (attached to a network) or <c>-.-&gt;</c> (a tenant's logical connectivity).</param>
/// <param name="Label">The raw label.</param>
internal sealed record DiagramEdge(string From, string To, string Link, string Label);
