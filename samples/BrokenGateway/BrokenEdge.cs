using GatewayDsl;

namespace BrokenGateway;

/// <summary>
/// A definition with deliberate mistakes, one or more per line marked "GWnnnn". Build it to see the diagnostics:
/// <c>dotnet build samples/BrokenGateway</c>. The test BrokenGatewaySampleTests keeps the marks and the build in step.
/// </summary>
[Gateway]
public static partial class BrokenEdge
{
    private const string ProductKey = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY";

    /// <summary>The broken deployment.</summary>
    public static GatewayDefinition Define() => Gateway.Named("CONTOSO-BROKEN-GATEWAY")              // GW3001: 22 characters
        .InDomain("contoso.com")
        .VmmServerInDomain("fabric.fabrikam.com")
        .OnHostCluster("GatewayHost1.contoso.com", cluster => cluster
            .Nodes("HV01.contoso.com", "HV02.contoso.com", "HV03.contoso.com")                        // GW4001: three nodes
            .NetworkAdapters(3)
            .HostGroup("All Hosts\\Edge"))
        .GatewayVm("GatewayVM1.contoso.com")
        .BackendSwitch("VirtualSwitch1")                                                                // GW0003: given twice
        .BackendSwitch("VirtualSwitch2")
        .DirectRoutingMode()                                                                            // GW1001: no FrontEndServerAddress
        .MaxVmNetworks(5)                                                                               // GW1002: forwarding allows exactly 1
        .NetworkVirtualization("Network Virtualization", network => network
            .Site("NV-Site", "All Hosts\\Edge", site => site
                .Subnet("10.10.0.0/16", vlan: 5000)                                                     // GW2010: VLAN above 4094
                .StaticPool("10.10.0.10", "10.10.255.200", gateway: "10.10.0.1", metric: 10)))
        .External("External", network => network
            .Site("External-Site", "All Hosts\\Edge", site => site
                .Subnet("131.107.10.0/24")
                .StaticPool("131.107.10.10", "131.107.10.99", gateway: "131.107.10.1", metric: 10)))
        .Infrastructure("Infrastructure", network => network
            .Site("Infra-Site", "All Hosts\\Edge", site => site
                .Subnet("192.168.10.0/24")
                .StaticPool("192.168.10.10", "192.168.10.99", gateway: "192.168.10.1", metric: 5)))     // GW2004: not above External's 10
        .ScaleOutFileServer("sofs01.contoso.com", "GatewayShare")
        .Library("\\\\lib01.contoso.com\\MSSCVMMLibrary", library => library
            .OsDisk("WS2016-Datacenter.iso")                                                            // GW4003: not a .vhd/.vhdx
            .CsvDisk("Gateway-CSV.vhdx")
            .QuorumDisk("Gateway-Quorum.vhdx"))
        .ServiceTemplate(GatewayTemplate.TwoNic, template => template                                  // GW4002: nodes have 3 adapters
            .ProductKey(Secret.Literal(ProductKey))                                                     // GW6001: a key in source
            .VmClusterStaticIpAddress("192.168.10.50"))                                                 // GW2005: not reserved in the pool
        .DomainJoinAccount("Gateway Admin")
        .AdministratorAccount("Gateway Admin")                                                          // GW3006: same account twice
        .NetworkService("Contoso Gateway", service => service
            .HostGroups("All Hosts\\Edge")
            .FrontEnd("External-Site")
            .BackEnd("NV-Site"))
        .VmNetwork("Tenant-A", vmNetwork => vmNetwork
            .Subnet("10.1.0.0/24")
            .Nat(nat => nat.ExternalPool("External-Site Pool")));                                       // GW5002: NAT on a forwarding gateway
}
