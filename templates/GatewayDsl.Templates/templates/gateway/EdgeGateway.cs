using GatewayDsl;

namespace GatewayApp.Namespace;

/// <summary>
/// A Windows Server Gateway for System Center VMM, written in the order of "How to add a Windows Server Gateway in VMM".
/// Every value below is an example of the procedure: replace it with yours. The build checks each value against the
/// procedure (rules GWnnnn, with a link to their page) and, when all is well, writes the deployment artifacts to
/// bin/(configuration)/(framework)/gateway/EdgeGateway/: a VMM PowerShell script, the service settings, the
/// connection string, a runbook and a manifest.
/// </summary>
[Gateway]
public static partial class EdgeGateway
{
    /// <summary>The whole deployment. Every argument must be a constant: the build reads it from the source.</summary>
    public static GatewayDefinition Define() => Gateway.Named("CONTOSO-GW01")   // the gateway's computer name: NetBIOS, at most 15 characters
        // Prerequisite 1: the domain of the host cluster and of the gateway VMs. A gateway that faces the Internet
        // should not share its domain with the VMM server: name the VMM server's domain here.
        .InDomain("contoso.com")
        .VmmServerInDomain("fabric.fabrikam.com")
        // Step 2: the two-node Hyper-V host cluster, its nodes, their network adapters and its VMM host group.
        .OnHostCluster("GatewayHost1.contoso.com", cluster => cluster
            .Nodes("HV01.contoso.com", "HV02.contoso.com")
            .NetworkAdapters(3)                                     // 3 adapters per node: the 3NIC service template (step 1)
            .HostGroup("All Hosts\\Edge"))
        // Step 16: the items of the connection string (GatewayVM, BackendSwitch, MaxVMNetworksSupported).
        .GatewayVm("GatewayVM1.contoso.com")
        .BackendSwitch("VirtualSwitch1")
        .MaxVmNetworks(50)
        // Prerequisite 2: the three logical networks, each with a network site, a subnet and a static IP pool.
        .InfrastructureRoutesToSameNetworkAsExternal(true)
        .NetworkVirtualization("Network Virtualization", network => network      // the back end: tenants' VM networks
            .Site("NV-Site", "All Hosts\\Edge", site => site
                .Subnet("10.10.0.0/16", vlan: 12)
                .StaticPool("10.10.0.10", "10.10.255.200", gateway: "10.10.0.1", metric: 10)))
        .External("External", network => network                                 // the front end: Internet-routable
            .Site("External-Site", "All Hosts\\Edge", site => site
                .Subnet("131.107.10.0/24")
                .StaticPool("131.107.10.10", "131.107.10.99", gateway: "131.107.10.1", metric: 10, pool => pool
                    .PoolName("External Pool")
                    .Vips("131.107.10.50-131.107.10.59"))))
        .Infrastructure("Infrastructure", network => network                     // management traffic
            .Site("Infra-Site", "All Hosts\\Edge", site => site
                .Subnet("192.168.10.0/24")
                // Prerequisite 2: the Infrastructure gateway metric must be higher than the External one (10).
                .StaticPool("192.168.10.10", "192.168.10.99", gateway: "192.168.10.1", metric: 20, pool => pool
                    .Reserve("192.168.10.50")                                     // for VMClusterStaticIPAddress (prerequisites 2 and 6)
                    .DnsServers("192.168.10.5"))))
        // Prerequisite 2 and step 4: the logical switch whose uplink port profile carries a site of each logical network.
        .LogicalSwitch("Gateway Switch", logicalSwitch => logicalSwitch
            .UplinkPortProfile("Gateway Uplink", "NV-Site", "External-Site", "Infra-Site"))
        // Prerequisite 3: the Scale-Out File Server and its share (added to the host cluster in step 5).
        .ScaleOutFileServer("sofs01.contoso.com", "GatewayShare")
        // Prerequisites 4 and 5: the library share with the three virtual hard disks.
        .Library("\\\\lib01.contoso.com\\MSSCVMMLibrary", library => library
            .OsDisk("WS2016-Datacenter.vhdx")
            .CsvDisk("Gateway-CSV.vhdx")
            .QuorumDisk("Gateway-Quorum.vhdx"))
        // Steps 1 and 7: the service template and its settings. The product key is read from an environment
        // variable when the deployment script runs: a secret never appears in source or in an artifact.
        .ServiceTemplate(GatewayTemplate.ThreeNic, template => template
            .ProductKey(Secret.FromEnvironment("GATEWAY_PRODUCT_KEY"))
            .VmClusterStaticIpAddress("192.168.10.50"))                          // prerequisite 6: reserved in the Infrastructure pool above
        // Prerequisite 6: two different Run As accounts; the domain-join one (DomainUserRAA) is also step 15's credential.
        .DomainJoinAccount("Gateway Domain Join")
        .AdministratorAccount("Gateway Admin")
        // Steps 12 to 21: the network service: name and description (step 13), host groups (step 19),
        // front-end and back-end connections (step 21).
        .NetworkService("Contoso Gateway", service => service
            .Description("Windows Server Gateway for tenant VM networks")
            .HostGroups("All Hosts\\Edge")
            .FrontEnd("External-Site")
            .BackEnd("NV-Site"))
        // The tenants' VM networks that use the gateway: here one with NAT through the External pool.
        .VmNetwork("Tenant-A", vmNetwork => vmNetwork
            .Subnet("10.1.0.0/24")
            .Nat(nat => nat
                .ExternalPool("External Pool")
                .Rule("web", NatProtocol.TCP, 80, "10.1.0.10", 8080)));
}
