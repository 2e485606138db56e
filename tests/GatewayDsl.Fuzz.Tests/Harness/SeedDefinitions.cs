using System.Collections.Generic;
using GatewayDsl.Analyzers.Tests.Infrastructure;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>
/// Small definitions written for the fuzzer: shapes the samples and rule tests do not cover (block bodies, split
/// partial classes, nesting, generic and keyword-named classes, explicit lambda types, spreads, casts, checked
/// arithmetic, several definitions per file). Each is a starting point for mutation, not a test of its own.
/// </summary>
public static class SeedDefinitions
{
    /// <summary>All seeds, in a stable order.</summary>
    public static IReadOnlyList<FuzzInput> All { get; } = new[]
    {
        // The valid sample in the shapes that broke the generator (keyword names, a generic record struct around a
        // generic class): its complete prefix reaches the generator, and its mutations stay near that shape.
        new FuzzInput("seed/valid-sample-in-odd-containers", SampleSource.NonForwarding(
            ("namespace ContosoGateway;", "namespace @namespace.Contoso\\u0047ateway;\n\npublic partial record struct @struct<T>\n{"),
            ("public static partial class ContosoEdge", "public static partial class @class<@int>")).TrimEnd() + "\n}\n"),
        new FuzzInput("seed/minimal", """
            using GatewayDsl;

            [Gateway]
            public static partial class Minimal
            {
                public static GatewayDefinition Define() => Gateway.Named("GW01");
            }
            """),
        new FuzzInput("seed/block-body", """
            using GatewayDsl;

            namespace Fuzz.Block;

            [Gateway]
            public static partial class BlockBody
            {
                public static GatewayDefinition Define()
                {
                    const string Domain = "contoso.com";
                    const int Networks = 10 * 5;
                    return Gateway.Named("GW-" + "BLOCK")
                        .InDomain(Domain)
                        .MaxVmNetworks(checked(Networks - 1))
                        .DirectRoutingMode(enabled: false)
                        .GatewayVm($"{nameof(BlockBody)}.{Domain}");
                }
            }
            """),
        new FuzzInput("seed/split-partial-nested", """
            using GatewayDsl;

            namespace Fuzz.Nested
            {
                public static partial class Outer
                {
                    public static partial class Inner
                    {
                        public static GatewayDefinition Define() => Gateway.Named("NESTED-GW")
                            .OnHostCluster("cluster.contoso.com", (HostClusterBuilder c) => c.Nodes(["a.contoso.com", "b.contoso.com"]).NetworkAdapters(2))
                            .ServiceTemplate((GatewayTemplate)1, static t => { t.EvaluationDeployment(); t.DisableIntegrationService(GatewayIntegrationService.Heartbeat); });
                    }

                    [Gateway]
                    public static partial class Inner
                    {
                        private const string Unused = nameof(Inner);
                    }
                }
            }
            """),
        new FuzzInput("seed/several-definitions", """
            using GatewayDsl;

            [Gateway]
            public static partial class First
            {
                public static GatewayDefinition Define() => Gateway.Named("FIRST").InDomain("contoso.com");
            }

            [Gateway]
            public static partial class Second
            {
                public static GatewayDefinition Define() => Gateway.Named("SECOND").InDomain("contoso.com");
                public static GatewayDefinition Other() => Gateway.Named("OTHER");
            }

            [Gateway]
            public static class NotPartial
            {
                public static GatewayDefinition Define() => Gateway.Named("NOTPARTIAL");
            }

            [Gateway]
            public static partial class Empty
            {
            }

            [Gateway]
            public partial class Generic<T>
            {
                public static GatewayDefinition Define() => Gateway.Named("GENERIC");
            }

            [Gateway]
            public partial record Record
            {
                public static GatewayDefinition Define() => Gateway.Named("RECORD");
            }

            [Gateway]
            public partial struct Struct
            {
                public static GatewayDefinition Define() => Gateway.Named("STRUCT");
            }
            """),
        new FuzzInput("seed/keywords-and-unicode", """"
            using GatewayDsl;

            namespace @namespace.@class;

            [Gateway]
            public static partial class @class
            {
                public static GatewayDefinition Define() => Gateway.Named("ÜNICODE-GW")
                    .BackendSwitch("Switch \u2018one\u2019 \"quoted\" `tick` $(x) ; \n line")
                    .NetworkService(@"Service ""verbatim""", service => service.Description("""raw "text" here""").HostGroups())
                    .AdministratorAccount("\0\u202E\uFEFF");
            }
            """"),
        new FuzzInput("seed/vpn-and-nat", """
            using GatewayDsl;

            static class Values
            {
                public const long Asn = 65010;
                public const string Peer = "172.16.1.1";
                public static readonly string NotConstant = "x";
            }

            [Gateway]
            public static partial class Tenants
            {
                public static GatewayDefinition Define() => Gateway.Named("TENANTS")
                    .VmNetwork("Tenant-A", vmNetwork => vmNetwork
                        .Subnet("10.1.0.0/24")
                        .SiteToSiteVpn("157.56.20.10", vpn => vpn
                            .RemoteSubnets(new[] { "172.16.1.0/24", "172.16.2.0/24" })
                            .PreSharedKey("Tenant-A PSK", Secret.FromParameter("TenantAKey"))
                            .Protocol(VpnProtocol.IKEv2)
                            .IPsec(integrity: VpnIntegrityCheckMethod.SHA256, encryption: VpnEncryptionMethod.AES256)
                            .Bgp(Values.Asn, bgp => bgp.Peer(Values.Peer, Values.Asn + 10).Peer(address: "172.16.2.1", asn: 65030))))
                    .VmNetwork("Tenant-B", vmNetwork => vmNetwork
                        .Subnet(Values.NotConstant)
                        .Nat(nat => nat
                            .ExternalAddress("131.107.10.60")
                            .Rule("web", NatProtocol.TCP, 80, "10.2.0.10", internalPort: 8080)
                            .Rule(nameof(Values), (NatProtocol)7, unchecked((int)4_000_000_000u), "10.2.0.11", 'a')))
                    .VmNetwork("Tenant-C", vmNetwork => vmNetwork.DirectRouting());
            }
            """),
        new FuzzInput("seed/networks", """
            using GatewayDsl;

            [Gateway]
            public static partial class Networks
            {
                public static GatewayDefinition Define() => Gateway.Named("NETWORKS")
                    .Infrastructure("Infrastructure", network => network
                        .AllowNetworkVirtualization(false)
                        .Site("Infra-Site", "All Hosts", site => site
                            .HostGroup("All Hosts\\Other")
                            .Subnet("192.168.10.0/24", vlan: -1)
                            .Subnet("fd00::/64", 4094)
                            .UsesDhcp()
                            .StaticPool("192.168.10.10", "192.168.10.99", "192.168.10.1", 5, pool => pool
                                .Reserve()
                                .Vips("192.168.10.50-192.168.10.40", "::1")
                                .DnsServers([.. new[] { "192.168.10.5" }]))))
                    .LogicalSwitch("Switch", s => s.UplinkPortProfile("Uplink"))
                    .Library(@"\\lib\share", library => { library.OsDisk("a.vhdx"); return; })
                    .ScaleOutFileServer(share: "Share", server: "sofs.contoso.com");
            }
            """),
    };
}
