using GatewayDsl;

namespace GatewayDsl.PowerShell.Tests.Deploy.Definitions;

/// <summary>
/// A test-only definition for the script branches the samples leave out: the product key from a script parameter (a name
/// the script itself uses, such as VMMServer, would be GW6001: the generator never renames a parameter), pre-shared keys the script turns into Run
/// As accounts (one from an environment variable, one from a parameter named like a variable of the script), certificate
/// authentication, an IPv6 VPN endpoint with every IPsec setting, NAT on a fixed external address, a VM network with two
/// subnets, and no logical switch.
/// </summary>
[Gateway]
public static partial class ContosoVariants
{
    /// <summary>The definition.</summary>
    public static GatewayDefinition Define() => Gateway.Named("CONTOSO-VAR01")
        .InDomain("contoso.com")
        .VmmServerInDomain("fabric.fabrikam.com")
        .OnHostCluster("GatewayHost3.contoso.com", cluster => cluster
            .Nodes("HV05.contoso.com", "HV06.contoso.com")
            .NetworkAdapters(3)
            .HostGroup("All Hosts\\Variants"))
        .GatewayVm("GatewayVM3.contoso.com")
        .BackendSwitch("VirtualSwitch3")
        .InfrastructureRoutesToSameNetworkAsExternal(true)
        .NetworkVirtualization("Network Virtualization", network => network
            .Site("NV-Site", "All Hosts\\Variants", site => site
                .Subnet("10.30.0.0/16", vlan: 30)
                .StaticPool("10.30.0.10", "10.30.255.200", gateway: "10.30.0.1", metric: 10)))
        .External("External", network => network
            .Site("External-Site", "All Hosts\\Variants", site => site
                .Subnet("131.107.30.0/24")
                .StaticPool("131.107.30.10", "131.107.30.99", gateway: "131.107.30.1", metric: 10)))
        .Infrastructure("Infrastructure", network => network
            .Site("Infra-Site", "All Hosts\\Variants", site => site
                .Subnet("192.168.30.0/24")
                .StaticPool("192.168.30.10", "192.168.30.99", gateway: "192.168.30.1", metric: 20, pool => pool
                    .Reserve("192.168.30.50"))))
        .ScaleOutFileServer("sofs01.contoso.com", "GatewayShare")
        .Library("\\\\lib01.contoso.com\\MSSCVMMLibrary", library => library
            .OsDisk("WS2016-Datacenter.vhdx")
            .CsvDisk("Variants-CSV.vhdx")
            .QuorumDisk("Variants-Quorum.vhdx"))
        .ServiceTemplate(GatewayTemplate.ThreeNic, template => template
            .ProductKey(Secret.FromParameter("VariantsProductKey"))
            .VmClusterStaticIpAddress("192.168.30.50"))
        .DomainJoinAccount("Gateway Domain Join")
        .AdministratorAccount("Gateway Admin")
        .NetworkService("Contoso Variants Gateway", service => service
            .HostGroups("All Hosts\\Variants")
            .FrontEnd("External-Site")
            .BackEnd("NV-Site"))
        .VmNetwork("Tenant-C", vmNetwork => vmNetwork
            .Subnet("10.3.0.0/24")
            .Subnet("10.3.1.0/24")
            .SiteToSiteVpn("157.56.30.10", vpn => vpn
                .RemoteSubnets("172.16.3.0/24", "172.16.4.0/24")
                .PreSharedKey("Tenant-C PSK", Secret.FromEnvironment("TENANT_C_PSK"))))
        .VmNetwork("Tenant-D", vmNetwork => vmNetwork
            .Subnet("10.4.0.0/24")
            .SiteToSiteVpn("2001:4898::10", vpn => vpn
                .RemoteSubnets("172.16.5.0/24")
                .Certificate("CN=tenant-d.fabrikam.com")
                .IPsec(
                    encryption: VpnEncryptionMethod.AES256,
                    integrity: VpnIntegrityCheckMethod.SHA256,
                    cipherTransform: VpnCipherTransform.AES256,
                    authenticationTransform: VpnAuthenticationTransform.SHA256128,
                    pfsGroup: VpnPfsGroup.PFS2048,
                    dhGroup: VpnDhGroup.Group14)))
        .VmNetwork("Tenant-E", vmNetwork => vmNetwork
            .Subnet("10.5.0.0/24")
            .Nat(nat => nat
                .ExternalAddress("131.107.30.60")
                .Rule("ssh", NatProtocol.TCP, 2222, "10.5.0.10", 22)
                .Rule("dns", NatProtocol.UDP, 53, "10.5.0.11", 53)))
        .VmNetwork("Tenant-F", vmNetwork => vmNetwork
            .Subnet("10.6.0.0/24")
            .SiteToSiteVpn("157.56.30.20", vpn => vpn
                .RemoteSubnets("172.16.6.0/24")
                .PreSharedKey("Tenant-F PSK", Secret.FromParameter("fabric"))
                .Bgp(65030, bgp => bgp.Peer("172.16.6.1", 65040))));
}
