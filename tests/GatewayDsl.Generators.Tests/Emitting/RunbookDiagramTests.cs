using System.Linq;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>The topology diagram: front end, back end, Infrastructure, the host cluster with its nodes and the gateway VMs, the tenants.</summary>
public sealed class RunbookDiagramTests
{
    [Fact]
    public void Diagram_of_the_non_forwarding_sample_has_every_part_of_the_topology()
    {
        var diagram = RunbookMermaid.Read(RunbookSamples.Edge);

        var vmm = diagram.Node("VMM server");
        var backEnd = diagram.Node("Back end (network virtualization)\nlogical network Network Virtualization\nsite NV-Site: 10.10.0.0/16 VLAN 12");
        var frontEnd = diagram.Node("Front end (External)\nlogical network External\nsite External-Site: 131.107.10.0/24");
        var infrastructure = diagram.Node("Management (Infrastructure)\nlogical network Infrastructure\nsite Infra-Site: 192.168.10.0/24");
        var cluster = diagram.Node("Host cluster GatewayHost1.contoso.com\nhost group All Hosts\\Edge");
        var gateway = diagram.Node("Gateway CONTOSO-GW01 (3NIC service template)\nGatewayVM=GatewayVM1.contoso.com\ncluster address 192.168.10.50");
        var outside = diagram.Node("Outside networks (Internet)");
        var tenants = diagram.Node("Tenant VM networks");
        var tenantA = diagram.Node("VM network Tenant-A\n10.1.0.0/24");
        var tenantB = diagram.Node("VM network Tenant-B\n10.2.0.0/24");
        var remote = diagram.Node("Tenant-A remote site\nVPN endpoint 157.56.20.10\nsubnet 172.16.1.0/24\nBGP peer 172.16.1.1 AS 65020");

        Assert.True(cluster.IsSubgraph);
        Assert.True(gateway.IsSubgraph);
        Assert.Equal(cluster.Id, gateway.Parent);
        Assert.Equal(new[] { "HV01.contoso.com", "HV02.contoso.com" }, diagram.Nodes.Values.Where(n => n.Parent == cluster.Id && !n.IsSubgraph).Select(n => n.Label.Split('\n')[0]));
        Assert.Equal(2, diagram.Nodes.Values.Count(n => n.Parent == gateway.Id && n.Label.StartsWith("gateway VM ", System.StringComparison.Ordinal)));
        Assert.True(tenants.IsSubgraph);
        Assert.Equal(tenants.Id, tenantA.Parent);
        Assert.Equal(tenants.Id, tenantB.Parent);

        Edge(diagram, vmm, "---", infrastructure, "manages");
        Edge(diagram, infrastructure, "---", cluster, "host management");
        Edge(diagram, gateway, "---", infrastructure, "management adapter");
        Edge(diagram, gateway, "---", frontEnd, "front-end connection\nsite External-Site");
        Edge(diagram, gateway, "---", backEnd, "back-end connection\nsite NV-Site\nswitch VirtualSwitch1");
        Edge(diagram, frontEnd, "---", outside, "front end");
        Edge(diagram, tenants, "---", backEnd, "network virtualization");
        Edge(diagram, tenantA, "-.->", gateway, "site-to-site VPN (IKEv2)\nBGP local AS 65010");
        Edge(diagram, outside, "-.->", remote, "site-to-site VPN of Tenant-A");
        Edge(diagram, tenantB, "-.->", gateway, "NAT\nexternal pool External Pool\nrule web: TCP 80 to 10.2.0.10:8080");
        Assert.Equal(10, diagram.Edges.Count);
    }

    [Fact]
    public void Diagram_of_the_forwarding_sample_shows_direct_routing_and_the_front_end_address()
    {
        var diagram = RunbookMermaid.Read(RunbookSamples.Forwarding);

        var gateway = diagram.Node("Gateway CONTOSO-FWD01 (2NIC service template)\nGatewayVM=GatewayVM2.contoso.com\ncluster address from DHCP");
        var frontEnd = diagram.Node("Front end (External)");
        var physical = diagram.Node("Physical network");
        var bridge = diagram.Node("VM network Datacenter-Bridge\n10.50.0.0/24");
        diagram.Node("Management (Infrastructure)\nlogical network Infrastructure\nsite Infra-Site: 192.168.20.0/24 (DHCP)");

        Edge(diagram, bridge, "-.->", gateway, "direct routing");
        Edge(diagram, frontEnd, "---", physical, "FrontEndServerAddress 131.107.20.5");
        Assert.DoesNotContain(diagram.Nodes.Values, n => n.Label.Contains("remote site"));
    }

    [Fact]
    public void Node_ids_are_generated_in_order()
    {
        foreach (var runbook in new[] { RunbookSamples.Edge, RunbookSamples.Forwarding })
        {
            var ids = RunbookMermaid.Read(runbook).Nodes.Keys.Select(id => int.Parse(id.Substring(1))).OrderBy(i => i).ToArray();
            Assert.Equal(Enumerable.Range(1, ids.Length), ids);
        }
    }

    private static void Edge(RunbookMermaid diagram, MermaidNode from, string link, MermaidNode to, string label) =>
        Assert.Single(diagram.Edges, e => e.From == from.Id && e.To == to.Id && e.Link == link && e.Label == label);
}
