using GatewayDsl;

namespace ContosoForwardingGateway;

/// <summary>
/// A forwarding Windows Server Gateway (DirectRoutingMode=True) that bridges one virtualized address space with
/// Contoso's physical datacenter network by direct routing.
/// </summary>
[Gateway]
public static partial class ContosoForwarding
{
    /// <summary>The whole deployment, in the order of the procedure.</summary>
    public static GatewayDefinition Define() => Gateway.Named("CONTOSO-FWD01")
        .InDomain("contoso.com")
        .VmmServerInDomain("fabric.fabrikam.com")
        .OnHostCluster("GatewayHost2.contoso.com", cluster => cluster
            .Nodes("HV03.contoso.com", "HV04.contoso.com")
            .NetworkAdapters(2)
            .HostGroup("All Hosts\\Datacenter"))
        .GatewayVm("GatewayVM2.contoso.com")
        .BackendSwitch("VirtualSwitch2")
        // A forwarding gateway: FrontEndServerAddress is required, and only one VM network may use it.
        .DirectRoutingMode()
        .FrontEndServerAddress("131.107.20.5")
        .MaxVmNetworks(1)
        // This datacenter's management network never routes to the External network.
        .InfrastructureRoutesToSameNetworkAsExternal(false)
        .NetworkVirtualization("Network Virtualization", network => network
            .Site("NV-Site", "All Hosts\\Datacenter", site => site
                .Subnet("10.20.0.0/16", vlan: 20)
                .StaticPool("10.20.0.10", "10.20.255.200", gateway: "10.20.0.1", metric: 10)))
        .External("External", network => network
            .Site("External-Site", "All Hosts\\Datacenter", site => site
                .Subnet("131.107.20.0/24", vlan: 21)
                .StaticPool("131.107.20.10", "131.107.20.99", gateway: "131.107.20.1", metric: 10)))
        // Infrastructure uses DHCP, so no VMClusterStaticIPAddress is set.
        .Infrastructure("Infrastructure", network => network
            .Site("Infra-Site", "All Hosts\\Datacenter", site => site
                .Subnet("192.168.20.0/24")
                .UsesDhcp()))
        .ScaleOutFileServer("sofs01.contoso.com", "GatewayShare")
        .Library("\\\\lib01.contoso.com\\MSSCVMMLibrary", library => library
            .OsDisk("WS2016-Datacenter.vhd")
            .CsvDisk("Forwarding-CSV.vhdx")
            .QuorumDisk("Forwarding-Quorum.vhdx"))
        // An evaluation deployment: @ProductKey@ is removed and Skip is chosen at first boot (see the runbook).
        .ServiceTemplate(GatewayTemplate.TwoNic, template => template.EvaluationDeployment())
        .DomainJoinAccount("Gateway Domain Join")
        .AdministratorAccount("Gateway Admin")
        .NetworkService("Contoso Forwarding Gateway", service => service
            .HostGroups("All Hosts\\Datacenter")
            .FrontEnd("External-Site")
            .BackEnd("NV-Site"))
        .VmNetwork("Datacenter-Bridge", vmNetwork => vmNetwork
            .Subnet("10.50.0.0/24")
            .DirectRouting());
}
