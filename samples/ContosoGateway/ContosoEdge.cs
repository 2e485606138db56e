using GatewayDsl;

namespace ContosoGateway;

/// <summary>
/// A non-forwarding Windows Server Gateway for Contoso's hosted tenants, following
/// "How to add a Windows Server Gateway in VMM" with the procedure's own example names.
/// </summary>
[Gateway]
public static partial class ContosoEdge
{
    /// <summary>The whole deployment, in the order of the procedure.</summary>
    public static GatewayDefinition Define() => Gateway.Named("CONTOSO-GW01")
        // Prerequisite 1: the host cluster's domain; the VMM server sits in a separate, untrusted domain
        // because this gateway faces the Internet (site-to-site VPN).
        .InDomain("contoso.com")
        .VmmServerInDomain("fabric.fabrikam.com")
        // Step 2: a two-node Hyper-V host cluster; its nodes have three network adapters (3NIC template).
        .OnHostCluster("GatewayHost1.contoso.com", cluster => cluster
            .Nodes("HV01.contoso.com", "HV02.contoso.com")
            .NetworkAdapters(3)
            .HostGroup("All Hosts\\Edge"))
        // Step 16: the connection string's required items.
        .GatewayVm("GatewayVM1.contoso.com")
        .BackendSwitch("VirtualSwitch1")
        .MaxVmNetworks(50)
        // Prerequisite 2: the three logical networks, their sites and static pools.
        .InfrastructureRoutesToSameNetworkAsExternal(true)
        .NetworkVirtualization("Network Virtualization", network => network
            .Site("NV-Site", "All Hosts\\Edge", site => site
                .Subnet("10.10.0.0/16", vlan: 12)
                .StaticPool("10.10.0.10", "10.10.255.200", gateway: "10.10.0.1", metric: 10)))
        .External("External", network => network
            .Site("External-Site", "All Hosts\\Edge", site => site
                .Subnet("131.107.10.0/24")
                .StaticPool("131.107.10.10", "131.107.10.99", gateway: "131.107.10.1", metric: 10, pool => pool
                    .PoolName("External Pool")
                    .Vips("131.107.10.50-131.107.10.59"))))
        .Infrastructure("Infrastructure", network => network
            .Site("Infra-Site", "All Hosts\\Edge", site => site
                .Subnet("192.168.10.0/24")
                // The Infrastructure metric is higher than the External one, and the gateway's address is reserved.
                .StaticPool("192.168.10.10", "192.168.10.99", gateway: "192.168.10.1", metric: 20, pool => pool
                    .Reserve("192.168.10.50")
                    .DnsServers("192.168.10.5"))))
        .LogicalSwitch("Gateway Switch", logicalSwitch => logicalSwitch
            .UplinkPortProfile("Gateway Uplink", "NV-Site", "External-Site", "Infra-Site"))
        // Prerequisites 3 to 5: storage and library.
        .ScaleOutFileServer("sofs01.contoso.com", "GatewayShare")
        .Library("\\\\lib01.contoso.com\\MSSCVMMLibrary", library => library
            .OsDisk("WS2016-Datacenter.vhdx")
            .CsvDisk("Gateway-CSV.vhdx")
            .QuorumDisk("Gateway-Quorum.vhdx"))
        // Steps 1 and 7: the 3NIC service template; the product key comes from the environment, never from source.
        .ServiceTemplate(GatewayTemplate.ThreeNic, template => template
            .ProductKey(Secret.FromEnvironment("GATEWAY_PRODUCT_KEY"))
            .VmClusterStaticIpAddress("192.168.10.50"))
        // Prerequisite 6: the two Run As accounts.
        .DomainJoinAccount("Gateway Domain Join")
        .AdministratorAccount("Gateway Admin")
        // Steps 12 to 21: the network service and its connections.
        .NetworkService("Contoso Gateway", service => service
            .Description("Windows Server Gateway for tenant VM networks")
            .HostGroups("All Hosts\\Edge")
            .FrontEnd("External-Site")
            .BackEnd("NV-Site"))
        // The tenants: one site-to-site VPN with BGP, one NAT.
        .VmNetwork("Tenant-A", vmNetwork => vmNetwork
            .Subnet("10.1.0.0/24")
            .SiteToSiteVpn("157.56.20.10", vpn => vpn
                .RemoteSubnets("172.16.1.0/24")
                .PreSharedKey("Tenant-A PSK")
                .IPsec(encryption: VpnEncryptionMethod.AES256, integrity: VpnIntegrityCheckMethod.SHA256)
                .Bgp(65010, bgp => bgp.Peer("172.16.1.1", 65020))))
        .VmNetwork("Tenant-B", vmNetwork => vmNetwork
            .Subnet("10.2.0.0/24")
            .Nat(nat => nat
                .ExternalPool("External Pool")
                .Rule("web", NatProtocol.TCP, 80, "10.2.0.10", 8080)));
}
