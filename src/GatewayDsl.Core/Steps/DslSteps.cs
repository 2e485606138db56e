namespace GatewayDsl.Core.Steps;

/// <summary>
/// The names of the DSL's builder methods and of their parameters: the vocabulary of recorded steps.
/// The runtime builder records with these names, the compile-time parser reads them from the method symbols,
/// and the reducer interprets them. A reflection test checks that each name matches a public builder method.
/// </summary>
internal static class DslSteps
{
    /// <summary><c>Gateway.Named(name)</c>: the gateway's NetBIOS name (the service and its VMs).</summary>
    public static class Named { public const string Method = "Named"; public const string Name = "name"; }

    /// <summary><c>InDomain(fqdn)</c>: the AD domain the host cluster and gateway VMs join.</summary>
    public static class InDomain { public const string Method = "InDomain"; public const string Fqdn = "fqdn"; }

    /// <summary><c>VmmServerInDomain(fqdn)</c>: the VMM server's own domain.</summary>
    public static class VmmServerInDomain { public const string Method = "VmmServerInDomain"; public const string Fqdn = "fqdn"; }

    /// <summary><c>OnHostCluster(name, configure)</c>.</summary>
    public static class OnHostCluster { public const string Method = "OnHostCluster"; public const string Name = "name"; public const string Configure = "configure"; }

    /// <summary><c>Nodes(params fqdns)</c> inside <c>OnHostCluster</c>.</summary>
    public static class Nodes { public const string Method = "Nodes"; public const string Fqdns = "fqdns"; }

    /// <summary><c>NetworkAdapters(perNode)</c> inside <c>OnHostCluster</c>.</summary>
    public static class NetworkAdapters { public const string Method = "NetworkAdapters"; public const string PerNode = "perNode"; }

    /// <summary><c>HostGroup(path)</c> inside <c>OnHostCluster</c> or a network site.</summary>
    public static class HostGroup { public const string Method = "HostGroup"; public const string Path = "path"; }

    /// <summary><c>GatewayVm(name)</c>.</summary>
    public static class GatewayVm { public const string Method = "GatewayVm"; public const string Name = "name"; }

    /// <summary><c>BackendSwitch(name)</c>.</summary>
    public static class BackendSwitch { public const string Method = "BackendSwitch"; public const string Name = "name"; }

    /// <summary><c>DirectRoutingMode(enabled)</c>.</summary>
    public static class DirectRoutingMode { public const string Method = "DirectRoutingMode"; public const string Enabled = "enabled"; }

    /// <summary><c>FrontEndServerAddress(address)</c>.</summary>
    public static class FrontEndServerAddress { public const string Method = "FrontEndServerAddress"; public const string Address = "address"; }

    /// <summary><c>VpnServerAddress(address)</c>.</summary>
    public static class VpnServerAddress { public const string Method = "VpnServerAddress"; public const string Address = "address"; }

    /// <summary><c>MaxVmNetworks(count)</c>.</summary>
    public static class MaxVmNetworks { public const string Method = "MaxVmNetworks"; public const string Count = "count"; }

    /// <summary><c>InfrastructureRoutesToSameNetworkAsExternal(value)</c>.</summary>
    public static class InfrastructureRoutesToSameNetworkAsExternal { public const string Method = "InfrastructureRoutesToSameNetworkAsExternal"; public const string Value = "value"; }

    /// <summary>The three logical-network methods, <c>NetworkVirtualization</c>, <c>External</c> and <c>Infrastructure</c> (name, configure).</summary>
    public static class LogicalNetwork
    {
        /// <summary>The back-end network.</summary>
        public const string NetworkVirtualization = "NetworkVirtualization";

        /// <summary>The front-end network.</summary>
        public const string External = "External";

        /// <summary>The management network.</summary>
        public const string Infrastructure = "Infrastructure";

        /// <summary>The logical network's name.</summary>
        public const string Name = "name";

        /// <summary>The configuring lambda.</summary>
        public const string Configure = "configure";
    }

    /// <summary><c>AllowNetworkVirtualization(allow)</c> inside a logical network.</summary>
    public static class AllowNetworkVirtualization { public const string Method = "AllowNetworkVirtualization"; public const string Allow = "allow"; }

    /// <summary><c>Site(name, hostGroup, configure)</c> inside a logical network.</summary>
    public static class Site { public const string Method = "Site"; public const string Name = "name"; public const string HostGroup = "hostGroup"; public const string Configure = "configure"; }

    /// <summary><c>Subnet(cidr, vlan)</c> inside a site; <c>Subnet(cidr)</c> inside a VM network.</summary>
    public static class Subnet { public const string Method = "Subnet"; public const string Cidr = "cidr"; public const string Vlan = "vlan"; }

    /// <summary><c>StaticPool(rangeStart, rangeEnd, gateway, metric, configure)</c> inside a site.</summary>
    public static class StaticPool
    {
        /// <summary>The method name.</summary>
        public const string Method = "StaticPool";

        /// <summary>First address of the range.</summary>
        public const string RangeStart = "rangeStart";

        /// <summary>Last address of the range.</summary>
        public const string RangeEnd = "rangeEnd";

        /// <summary>The default gateway.</summary>
        public const string Gateway = "gateway";

        /// <summary>The default gateway's metric.</summary>
        public const string Metric = "metric";

        /// <summary>The optional configuring lambda.</summary>
        public const string Configure = "configure";
    }

    /// <summary><c>UsesDhcp()</c> inside a site.</summary>
    public static class UsesDhcp { public const string Method = "UsesDhcp"; }

    /// <summary><c>PoolName(name)</c> inside a static pool.</summary>
    public static class PoolName { public const string Method = "PoolName"; public const string Name = "name"; }

    /// <summary><c>Reserve(params addresses)</c> inside a static pool.</summary>
    public static class Reserve { public const string Method = "Reserve"; public const string Addresses = "addresses"; }

    /// <summary><c>Vips(params addresses)</c> inside a static pool.</summary>
    public static class Vips { public const string Method = "Vips"; public const string Addresses = "addresses"; }

    /// <summary><c>DnsServers(params addresses)</c> inside a static pool.</summary>
    public static class DnsServers { public const string Method = "DnsServers"; public const string Addresses = "addresses"; }

    /// <summary><c>LogicalSwitch(name, configure)</c>.</summary>
    public static class LogicalSwitch { public const string Method = "LogicalSwitch"; public const string Name = "name"; public const string Configure = "configure"; }

    /// <summary><c>UplinkPortProfile(name, params sites)</c> inside a logical switch.</summary>
    public static class UplinkPortProfile { public const string Method = "UplinkPortProfile"; public const string Name = "name"; public const string Sites = "sites"; }

    /// <summary><c>ScaleOutFileServer(server, share)</c>.</summary>
    public static class ScaleOutFileServer { public const string Method = "ScaleOutFileServer"; public const string Server = "server"; public const string Share = "share"; }

    /// <summary><c>Library(share, configure)</c>.</summary>
    public static class Library { public const string Method = "Library"; public const string Share = "share"; public const string Configure = "configure"; }

    /// <summary><c>OsDisk(fileName)</c>, <c>CsvDisk(fileName)</c>, <c>QuorumDisk(fileName)</c> inside the library.</summary>
    public static class Disk
    {
        /// <summary>The sysprepped OS disk.</summary>
        public const string OsDisk = "OsDisk";

        /// <summary>The blank CSV disk.</summary>
        public const string CsvDisk = "CsvDisk";

        /// <summary>The blank quorum disk.</summary>
        public const string QuorumDisk = "QuorumDisk";

        /// <summary>The file name parameter.</summary>
        public const string FileName = "fileName";
    }

    /// <summary><c>ServiceTemplate(template, configure)</c>.</summary>
    public static class ServiceTemplate { public const string Method = "ServiceTemplate"; public const string Template = "template"; public const string Configure = "configure"; }

    /// <summary><c>ProductKey(key)</c> inside the service template.</summary>
    public static class ProductKey { public const string Method = "ProductKey"; public const string Key = "key"; }

    /// <summary><c>EvaluationDeployment()</c> inside the service template.</summary>
    public static class EvaluationDeployment { public const string Method = "EvaluationDeployment"; }

    /// <summary><c>VmClusterStaticIpAddress(address)</c> inside the service template.</summary>
    public static class VmClusterStaticIpAddress { public const string Method = "VmClusterStaticIpAddress"; public const string Address = "address"; }

    /// <summary><c>DisableIntegrationService(service)</c> inside the service template.</summary>
    public static class DisableIntegrationService { public const string Method = "DisableIntegrationService"; public const string Service = "service"; }

    /// <summary><c>DomainJoinAccount(runAsAccount)</c>: DomainUserRAA.</summary>
    public static class DomainJoinAccount { public const string Method = "DomainJoinAccount"; public const string RunAsAccount = "runAsAccount"; }

    /// <summary><c>AdministratorAccount(runAsAccount)</c>.</summary>
    public static class AdministratorAccount { public const string Method = "AdministratorAccount"; public const string RunAsAccount = "runAsAccount"; }

    /// <summary><c>NetworkService(name, configure)</c>.</summary>
    public static class NetworkService { public const string Method = "NetworkService"; public const string Name = "name"; public const string Configure = "configure"; }

    /// <summary><c>Description(text)</c> inside the network service.</summary>
    public static class Description { public const string Method = "Description"; public const string Text = "text"; }

    /// <summary><c>HostGroups(params paths)</c> inside the network service.</summary>
    public static class HostGroups { public const string Method = "HostGroups"; public const string Paths = "paths"; }

    /// <summary><c>FrontEnd(site)</c> and <c>BackEnd(site)</c> inside the network service.</summary>
    public static class Connection { public const string FrontEnd = "FrontEnd"; public const string BackEnd = "BackEnd"; public const string Site = "site"; }

    /// <summary><c>RunAsAccount(name)</c> inside the network service.</summary>
    public static class RunAsAccount { public const string Method = "RunAsAccount"; public const string Name = "name"; }

    /// <summary><c>VmNetwork(name, configure)</c>.</summary>
    public static class VmNetwork { public const string Method = "VmNetwork"; public const string Name = "name"; public const string Configure = "configure"; }

    /// <summary><c>SiteToSiteVpn(remoteEndpoint, configure)</c> inside a VM network.</summary>
    public static class SiteToSiteVpn { public const string Method = "SiteToSiteVpn"; public const string RemoteEndpoint = "remoteEndpoint"; public const string Configure = "configure"; }

    /// <summary><c>Nat(configure)</c> inside a VM network.</summary>
    public static class Nat { public const string Method = "Nat"; public const string Configure = "configure"; }

    /// <summary><c>DirectRouting()</c> inside a VM network.</summary>
    public static class DirectRouting { public const string Method = "DirectRouting"; }

    /// <summary><c>RemoteSubnets(params cidrs)</c> inside a VPN.</summary>
    public static class RemoteSubnets { public const string Method = "RemoteSubnets"; public const string Cidrs = "cidrs"; }

    /// <summary><c>PreSharedKey(runAsAccount, key)</c> inside a VPN.</summary>
    public static class PreSharedKey { public const string Method = "PreSharedKey"; public const string RunAsAccount = "runAsAccount"; public const string Key = "key"; }

    /// <summary><c>Certificate(subject)</c> inside a VPN.</summary>
    public static class Certificate { public const string Method = "Certificate"; public const string Subject = "subject"; }

    /// <summary><c>Protocol(protocol)</c> inside a VPN.</summary>
    public static class Protocol { public const string Method = "Protocol"; public const string Value = "protocol"; }

    /// <summary><c>IPsec(encryption, integrity, cipherTransform, authenticationTransform, pfsGroup, dhGroup)</c> inside a VPN.</summary>
    public static class IPsec
    {
        /// <summary>The method name.</summary>
        public const string Method = "IPsec";

        /// <summary>-EncryptionMethod.</summary>
        public const string Encryption = "encryption";

        /// <summary>-IntegrityCheckMethod.</summary>
        public const string Integrity = "integrity";

        /// <summary>-CipherTransformConstants.</summary>
        public const string CipherTransform = "cipherTransform";

        /// <summary>-AuthenticationTransformConstants.</summary>
        public const string AuthenticationTransform = "authenticationTransform";

        /// <summary>-PFSGroup.</summary>
        public const string PfsGroup = "pfsGroup";

        /// <summary>-DHGroup.</summary>
        public const string DhGroup = "dhGroup";
    }

    /// <summary><c>Bgp(localAsn, configure)</c> inside a VPN.</summary>
    public static class Bgp { public const string Method = "Bgp"; public const string LocalAsn = "localAsn"; public const string Configure = "configure"; }

    /// <summary><c>Peer(address, asn)</c> inside BGP.</summary>
    public static class Peer { public const string Method = "Peer"; public const string Address = "address"; public const string Asn = "asn"; }

    /// <summary><c>ExternalPool(poolName)</c> inside NAT.</summary>
    public static class ExternalPool { public const string Method = "ExternalPool"; public const string PoolName = "poolName"; }

    /// <summary><c>ExternalAddress(address)</c> inside NAT.</summary>
    public static class ExternalAddress { public const string Method = "ExternalAddress"; public const string Address = "address"; }

    /// <summary><c>Rule(name, protocol, externalPort, internalAddress, internalPort)</c> inside NAT.</summary>
    public static class NatRule
    {
        /// <summary>The method name.</summary>
        public const string Method = "Rule";

        /// <summary>The rule's name.</summary>
        public const string Name = "name";

        /// <summary>TCP or UDP.</summary>
        public const string Protocol = "protocol";

        /// <summary>The external port.</summary>
        public const string ExternalPort = "externalPort";

        /// <summary>The tenant VM's address.</summary>
        public const string InternalAddress = "internalAddress";

        /// <summary>The tenant VM's port.</summary>
        public const string InternalPort = "internalPort";
    }

    /// <summary>The <c>Secret</c> factories: <c>FromEnvironment(variable)</c>, <c>FromParameter(name)</c>, <c>Literal(value)</c>.</summary>
    public static class Secret
    {
        /// <summary>An environment variable.</summary>
        public const string FromEnvironment = "FromEnvironment";

        /// <summary>A script parameter.</summary>
        public const string FromParameter = "FromParameter";

        /// <summary>A literal value (GW6001).</summary>
        public const string Literal = "Literal";

        /// <summary>The variable parameter of FromEnvironment.</summary>
        public const string Variable = "variable";

        /// <summary>The name parameter of FromParameter.</summary>
        public const string Name = "name";

        /// <summary>The value parameter of Literal.</summary>
        public const string Value = "value";
    }
}
