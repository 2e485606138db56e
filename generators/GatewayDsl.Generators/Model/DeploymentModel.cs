using System.Collections.Generic;

namespace GatewayDsl.Generators.Model;

// The view models the Scriban templates render. They are built from a valid GatewaySpec only (the generator emits
// nothing for a definition with errors), so every value here is known; strings are raw user values that templates
// must pass through an escaping function (ps, json, md, code, cs) before they reach an artifact.

/// <summary>Everything the templates need about one gateway definition.</summary>
internal sealed record DeploymentModel(
    string DefinitionName,
    string GatewayName,
    string Domain,
    string? VmmServerDomain,
    string ConnectionString,
    HostClusterModel HostCluster,
    string GatewayVm,
    string BackendSwitch,
    bool IsForwarding,
    string? FrontEndServerAddress,
    string? VpnServerAddress,
    long? MaxVmNetworks,
    IReadOnlyList<LogicalNetworkModel> LogicalNetworks,
    LogicalSwitchModel? LogicalSwitch,
    FileShareModel FileShare,
    LibraryModel Library,
    TemplateModel Template,
    string DomainJoinAccount,
    string AdministratorAccount,
    NetworkServiceModel NetworkService,
    IReadOnlyList<VmNetworkModel> VmNetworks,
    IReadOnlyList<SecretParameterModel> SecretParameters)
{
    /// <summary>The name of the network-virtualization (back-end) logical network, on which tenant VM networks are made.</summary>
    public string NetworkVirtualizationNetwork { get; init; } = string.Empty;

    /// <summary><c>IPV4</c> or <c>IPV6</c>: the provider-address family of the back-end network (<c>-PAIPAddressPoolType</c>).</summary>
    public string ProviderAddressFamily { get; init; } = "IPV4";

    /// <summary>Every host group the definition names (cluster, sites, network service), each once, in first-use order.</summary>
    public IReadOnlyList<string> HostGroups { get; init; } = [];

    /// <summary>The Run As accounts that must exist before the deployment (the script's preflight checks each).</summary>
    public IReadOnlyList<RunAsAccountModel> RequiredRunAsAccounts { get; init; } = [];

    /// <summary>The name the deployment script gives the imported service template (a script parameter's default).</summary>
    public string ServiceTemplateName { get; init; } = string.Empty;
}

/// <summary>A Run As account the deployment needs, and what it is for (both shown in the preflight's message).</summary>
internal sealed record RunAsAccountModel(string Name, string Purpose);

/// <summary>The host cluster.</summary>
internal sealed record HostClusterModel(string Name, IReadOnlyList<string> Nodes, long AdaptersPerNode, string HostGroup);

/// <summary>A logical network; <see cref="Role"/> is <c>NetworkVirtualization</c>, <c>External</c> or <c>Infrastructure</c>.</summary>
internal sealed record LogicalNetworkModel(string Role, string RoleTitle, string Name, bool AllowsNetworkVirtualization, bool HasSameNamedVmNetwork, IReadOnlyList<SiteModel> Sites);

/// <summary>A network site.</summary>
internal sealed record SiteModel(string Name, IReadOnlyList<string> HostGroups, IReadOnlyList<SubnetModel> Subnets, bool UsesDhcp, IReadOnlyList<PoolModel> Pools);

/// <summary>A subnet with its VLAN.</summary>
internal sealed record SubnetModel(string Cidr, long Vlan);

/// <summary>A static IP pool; <see cref="Reserved"/> and <see cref="Vips"/> are in VMM's comma-separated set syntax.</summary>
internal sealed record PoolModel(string Name, string SubnetCidr, string RangeStart, string RangeEnd, string Gateway, long Metric, string Reserved, string Vips, IReadOnlyList<string> DnsServers);

/// <summary>The optional logical switch.</summary>
internal sealed record LogicalSwitchModel(string Name, IReadOnlyList<UplinkModel> UplinkPortProfiles);

/// <summary>An uplink port profile and the sites it includes.</summary>
internal sealed record UplinkModel(string Name, IReadOnlyList<string> Sites);

/// <summary>The Scale-Out File Server share.</summary>
internal sealed record FileShareModel(string Server, string Share);

/// <summary>The library content; <see cref="Folder"/> and <see cref="ClusterSetupResource"/> are fixed by construction.</summary>
internal sealed record LibraryModel(string Share, string OsDisk, string CsvDisk, string QuorumDisk, string Folder, string ClusterSetupResource);

/// <summary>The service template. <see cref="ProductKey"/> is null for an evaluation deployment.</summary>
internal sealed record TemplateModel(string Flavour, long AdapterCount, SecretReferenceModel? ProductKey, bool Evaluation, string? VmClusterStaticIpAddress, IReadOnlyList<string> DisabledIntegrationServices);

/// <summary>
/// Where the script reads a secret: <see cref="Kind"/> is <c>Environment</c> (variable <see cref="Name"/>) or
/// <c>Parameter</c> (SecureString script parameter <see cref="Name"/>). A literal in source becomes a parameter.
/// </summary>
internal sealed record SecretReferenceModel(string Kind, string Name, string ParameterName);

/// <summary>A SecureString parameter the deployment script declares for a secret.</summary>
internal sealed record SecretParameterModel(string Name, string Purpose, string? EnvironmentVariable);

/// <summary>The network service.</summary>
internal sealed record NetworkServiceModel(string Name, string? Description, IReadOnlyList<string> HostGroups, string FrontEndSite, string BackEndSite, string RunAsAccount);

/// <summary>A tenant VM network; <see cref="Connectivity"/> is <c>SiteToSiteVpn</c>, <c>Nat</c> or <c>DirectRouting</c>.</summary>
internal sealed record VmNetworkModel(string Name, IReadOnlyList<string> Subnets, string Connectivity, VpnModel? Vpn, NatModel? Nat)
{
    /// <summary>A PowerShell identifier made from <see cref="Name"/>, unique among the VM networks (for script parameter names).</summary>
    public string Identifier { get; init; } = string.Empty;

    /// <summary><c>IPV4</c> or <c>IPV6</c>: the customer-address family of the VM network's subnets (<c>-CAIPAddressPoolType</c>).</summary>
    public string CustomerAddressFamily { get; init; } = "IPV4";
}

/// <summary>Site-to-site VPN settings.</summary>
internal sealed record VpnModel(
    string RemoteEndpoint,
    IReadOnlyList<string> RemoteSubnets,
    string? PreSharedKeyAccount,
    SecretReferenceModel? PreSharedKey,
    string? Certificate,
    string Protocol,
    IReadOnlyList<NameValueModel> IPsec,
    long? LocalAsn,
    IReadOnlyList<BgpPeerModel> BgpPeers)
{
    /// <summary>True when <see cref="RemoteEndpoint"/> is an IPv6 address (<c>-TargetIPv6VPNAddress</c> instead of IPv4).</summary>
    public bool RemoteEndpointIsIPv6 { get; init; }
}

/// <summary>An Add-SCVPNConnection parameter name and its enum value.</summary>
internal sealed record NameValueModel(string Name, string Value);

/// <summary>A BGP peer.</summary>
internal sealed record BgpPeerModel(string Address, long Asn);

/// <summary>NAT settings.</summary>
internal sealed record NatModel(string? ExternalPool, string? ExternalAddress, IReadOnlyList<NatRuleModel> Rules);

/// <summary>A NAT rule.</summary>
internal sealed record NatRuleModel(string Name, string Protocol, long ExternalPort, string InternalAddress, long InternalPort);
