using System;

namespace GatewayDsl.Tests.Infrastructure;

/// <summary>
/// Valid definitions built from the procedure's own example values, for rule tests to start from.
/// A rule test either builds a small variation with the optional hooks, or appends a call that overrides a setting.
/// </summary>
public static class TestGateways
{
    /// <summary>
    /// A valid non-forwarding gateway (3NIC, static Infrastructure pool with the reserved cluster address,
    /// a VPN tenant with BGP and a NAT tenant). The hooks add calls inside each scope.
    /// </summary>
    public static GatewayDefinition NonForwarding(
        Action<HostClusterBuilder>? cluster = null,
        Action<NetworkSiteBuilder>? nvSite = null,
        Action<NetworkSiteBuilder>? externalSite = null,
        Action<NetworkSiteBuilder>? infraSite = null,
        Action<StaticPoolBuilder>? infraPool = null,
        Action<ServiceTemplateBuilder>? template = null,
        Action<NetworkServiceBuilder>? networkService = null,
        Action<SiteToSiteVpnBuilder>? vpn = null,
        Action<NatBuilder>? nat = null,
        bool includeProductKey = true) =>
        Gateway.Named("CONTOSO-GW01")
            .InDomain("contoso.com")
            .VmmServerInDomain("fabric.fabrikam.com")
            .OnHostCluster("GatewayHost1.contoso.com", c =>
            {
                c.Nodes("HV01.contoso.com", "HV02.contoso.com").NetworkAdapters(3).HostGroup("All Hosts\\Edge");
                cluster?.Invoke(c);
            })
            .GatewayVm("GatewayVM1.contoso.com")
            .BackendSwitch("VirtualSwitch1")
            .MaxVmNetworks(50)
            .InfrastructureRoutesToSameNetworkAsExternal(true)
            .NetworkVirtualization("Network Virtualization", n => n
                .Site("NV-Site", "All Hosts\\Edge", s =>
                {
                    s.Subnet("10.10.0.0/16", vlan: 12).StaticPool("10.10.0.10", "10.10.255.200", gateway: "10.10.0.1", metric: 10);
                    nvSite?.Invoke(s);
                }))
            .External("External", n => n
                .Site("External-Site", "All Hosts\\Edge", s =>
                {
                    s.Subnet("131.107.10.0/24", vlan: 0)
                        .StaticPool("131.107.10.10", "131.107.10.99", gateway: "131.107.10.1", metric: 10, p => p
                            .PoolName("External Pool")
                            .Vips("131.107.10.50-131.107.10.59"));
                    externalSite?.Invoke(s);
                }))
            .Infrastructure("Infrastructure", n => n
                .Site("Infra-Site", "All Hosts\\Edge", s =>
                {
                    s.Subnet("192.168.10.0/24")
                        .StaticPool("192.168.10.10", "192.168.10.99", gateway: "192.168.10.1", metric: 20, p =>
                        {
                            p.Reserve("192.168.10.50").DnsServers("192.168.10.5");
                            infraPool?.Invoke(p);
                        });
                    infraSite?.Invoke(s);
                }))
            .LogicalSwitch("Gateway Switch", ls => ls.UplinkPortProfile("Gateway Uplink", "NV-Site", "External-Site", "Infra-Site"))
            .ScaleOutFileServer("sofs01.contoso.com", "GatewayShare")
            .Library("\\\\lib01.contoso.com\\MSSCVMMLibrary", l => l
                .OsDisk("WS2016-Datacenter.vhdx")
                .CsvDisk("Gateway-CSV.vhdx")
                .QuorumDisk("Gateway-Quorum.vhdx"))
            .ServiceTemplate(GatewayTemplate.ThreeNic, t =>
            {
                if (includeProductKey)
                {
                    t.ProductKey(Secret.FromEnvironment("GATEWAY_PRODUCT_KEY"));
                }

                t.VmClusterStaticIpAddress("192.168.10.50");
                template?.Invoke(t);
            })
            .DomainJoinAccount("Gateway Domain Join")
            .AdministratorAccount("Gateway Admin")
            .NetworkService("Contoso Gateway", ns =>
            {
                ns.Description("Windows Server Gateway for tenant VM networks")
                    .HostGroups("All Hosts\\Edge")
                    .FrontEnd("External-Site")
                    .BackEnd("NV-Site");
                networkService?.Invoke(ns);
            })
            .VmNetwork("Tenant-A", v => v
                .Subnet("10.1.0.0/24")
                .SiteToSiteVpn("157.56.20.10", s =>
                {
                    s.RemoteSubnets("172.16.1.0/24")
                        .PreSharedKey("Tenant-A PSK")
                        .Bgp(65010, b => b.Peer("172.16.1.1", 65020));
                    vpn?.Invoke(s);
                }))
            .VmNetwork("Tenant-B", v => v
                .Subnet("10.2.0.0/24")
                .Nat(n =>
                {
                    n.ExternalPool("External Pool").Rule("web", NatProtocol.TCP, 80, "10.2.0.10", 8080);
                    nat?.Invoke(n);
                }));

    /// <summary>
    /// A valid forwarding gateway (DirectRoutingMode with FrontEndServerAddress, 2NIC, DHCP on Infrastructure,
    /// evaluation deployment, one VM network with direct routing).
    /// </summary>
    public static GatewayDefinition Forwarding(Action<VmNetworkBuilder>? vmNetwork = null, Action<ServiceTemplateBuilder>? template = null) =>
        Gateway.Named("CONTOSO-FWD01")
            .InDomain("contoso.com")
            .VmmServerInDomain("fabric.fabrikam.com")
            .OnHostCluster("GatewayHost2.contoso.com", c => c
                .Nodes("HV03.contoso.com", "HV04.contoso.com")
                .NetworkAdapters(2)
                .HostGroup("All Hosts\\Datacenter"))
            .GatewayVm("GatewayVM2.contoso.com")
            .BackendSwitch("VirtualSwitch2")
            .DirectRoutingMode()
            .FrontEndServerAddress("131.107.20.5")
            .MaxVmNetworks(1)
            .InfrastructureRoutesToSameNetworkAsExternal(false)
            .NetworkVirtualization("Network Virtualization", n => n
                .Site("NV-Site", "All Hosts\\Datacenter", s => s
                    .Subnet("10.20.0.0/16", vlan: 20)
                    .StaticPool("10.20.0.10", "10.20.255.200", gateway: "10.20.0.1", metric: 10)))
            .External("External", n => n
                .Site("External-Site", "All Hosts\\Datacenter", s => s
                    .Subnet("131.107.20.0/24", vlan: 21)
                    .StaticPool("131.107.20.10", "131.107.20.99", gateway: "131.107.20.1", metric: 10)))
            .Infrastructure("Infrastructure", n => n
                .Site("Infra-Site", "All Hosts\\Datacenter", s => s
                    .Subnet("192.168.20.0/24")
                    .UsesDhcp()))
            .ScaleOutFileServer("sofs01.contoso.com", "GatewayShare")
            .Library("\\\\lib01.contoso.com\\MSSCVMMLibrary", l => l
                .OsDisk("WS2016-Datacenter.vhd")
                .CsvDisk("Forwarding-CSV.vhdx")
                .QuorumDisk("Forwarding-Quorum.vhdx"))
            .ServiceTemplate(GatewayTemplate.TwoNic, t =>
            {
                t.EvaluationDeployment();
                template?.Invoke(t);
            })
            .DomainJoinAccount("Gateway Domain Join")
            .AdministratorAccount("Gateway Admin")
            .NetworkService("Contoso Forwarding Gateway", ns => ns
                .HostGroups("All Hosts\\Datacenter")
                .FrontEnd("External-Site")
                .BackEnd("NV-Site"))
            .VmNetwork("Datacenter-Bridge", v =>
            {
                v.Subnet("10.50.0.0/24").DirectRouting();
                vmNetwork?.Invoke(v);
            });
}
