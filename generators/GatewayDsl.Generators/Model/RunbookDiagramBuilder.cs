using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace GatewayDsl.Generators.Model;

/// <summary>
/// Builds the runbook's topology diagram: the VMM server, the three logical networks, the host cluster with its nodes
/// and the gateway's two VMs, the networks beyond the front end, and the tenant VM networks with their connectivity.
/// Ids are numbered in build order (<c>n1</c>, <c>n2</c>, ...), so they never carry user text and the same definition
/// always gets the same ids.
/// </summary>
internal static class RunbookDiagramBuilder
{
    /// <summary>The Mermaid link of a network attachment.</summary>
    public const string Attached = "---";

    /// <summary>The Mermaid link of a tenant's logical connectivity (dotted arrow).</summary>
    public const string Logical = "-.->";

    /// <summary>Builds the diagram of <paramref name="deployment"/>, whose sites are <paramref name="sites"/>.</summary>
    public static DiagramModel Build(DeploymentModel deployment, IReadOnlyList<SiteReferenceModel> sites)
    {
        var ids = new IdSource();
        var edges = new List<DiagramEdge>();

        var vmm = ids.Node("VMM server" + (deployment.VmmServerDomain is { Length: > 0 } domain ? "\ndomain " + domain : string.Empty));
        var networks = deployment.LogicalNetworks.Select(n => (n.Role, Node: ids.Node(NetworkLabel(n)))).ToArray();
        var outside = ids.Node(deployment.IsForwarding
            ? "Physical network\nits routers point at the gateway's front end"
            : "Outside networks" + (deployment.VmNetworks.Any(v => v.Connectivity == "SiteToSiteVpn") ? " (Internet)" : string.Empty));

        var cluster = ids.Node("Host cluster " + deployment.HostCluster.Name + "\nhost group " + deployment.HostCluster.HostGroup);
        var hosts = deployment.HostCluster.Nodes.Select(n => ids.Node(n + "\ndedicated network virtualization gateway host")).ToArray();
        var gateway = ids.Node(
            "Gateway " + deployment.GatewayName + " (" + deployment.Template.Flavour + " service template)\nGatewayVM=" + deployment.GatewayVm
            + (deployment.Template.VmClusterStaticIpAddress is { } address ? "\ncluster address " + address : "\ncluster address from DHCP"));
        var vms = new[] { 1, 2 }.Select(i => ids.Node(string.Format(CultureInfo.InvariantCulture, "gateway VM {0} of 2\nthree network adapters", i))).ToArray();

        DiagramNode? Network(string role) => networks.FirstOrDefault(n => n.Role == role).Node;
        var backEnd = Network("NetworkVirtualization");
        var frontEnd = Network("External");
        var infrastructure = Network("Infrastructure");

        if (infrastructure is not null)
        {
            edges.Add(new(vmm.Id, infrastructure.Id, Attached, "manages"));
            edges.Add(new(infrastructure.Id, cluster.Id, Attached, "host management"));
            edges.Add(new(gateway.Id, infrastructure.Id, Attached, "management adapter"));
        }

        if (frontEnd is not null)
        {
            edges.Add(new(gateway.Id, frontEnd.Id, Attached, "front-end connection\nsite " + deployment.NetworkService.FrontEndSite));
            edges.Add(new(frontEnd.Id, outside.Id, Attached, FrontEndLabel(deployment)));
        }

        if (backEnd is not null)
        {
            edges.Add(new(gateway.Id, backEnd.Id, Attached, "back-end connection\nsite " + deployment.NetworkService.BackEndSite + "\nswitch " + deployment.BackendSwitch));
        }

        DiagramNode? tenants = null;
        var tenantNodes = new List<DiagramNode>();
        var remoteSites = new List<DiagramNode>();
        if (deployment.VmNetworks.Count > 0)
        {
            tenants = ids.Node("Tenant VM networks");
            if (backEnd is not null)
            {
                edges.Add(new(tenants.Id, backEnd.Id, Attached, "network virtualization"));
            }

            foreach (var network in deployment.VmNetworks)
            {
                var tenant = ids.Node("VM network " + network.Name + Lines(network.Subnets));
                tenantNodes.Add(tenant);
                edges.Add(new(tenant.Id, gateway.Id, Logical, ConnectivityLabel(network)));
                if (network.Vpn is { } vpn)
                {
                    var remote = ids.Node(
                        network.Name + " remote site\nVPN endpoint " + vpn.RemoteEndpoint + Lines(vpn.RemoteSubnets.Select(s => "subnet " + s))
                        + Lines(vpn.BgpPeers.Select(p => "BGP peer " + p.Address + " AS " + p.Asn.ToString(CultureInfo.InvariantCulture))));
                    remoteSites.Add(remote);
                    edges.Add(new(outside.Id, remote.Id, Logical, "site-to-site VPN of " + network.Name));
                }
            }
        }

        return new DiagramModel(vmm, networks.Select(n => n.Node).ToArray(), outside, cluster, hosts, gateway, vms, tenants, tenantNodes, remoteSites, edges);
    }

    private static string NetworkLabel(LogicalNetworkModel network) =>
        char.ToUpperInvariant(network.RoleTitle[0]) + network.RoleTitle.Substring(1)
        + "\nlogical network " + network.Name
        + Lines(network.Sites.Select(s => "site " + s.Name + ": " + string.Join(", ", s.Subnets.Select(Subnet)) + (s.UsesDhcp ? " (DHCP)" : string.Empty)));

    private static string Subnet(SubnetModel subnet) =>
        subnet.Vlan == 0 ? subnet.Cidr : subnet.Cidr + " VLAN " + subnet.Vlan.ToString(CultureInfo.InvariantCulture);

    private static string FrontEndLabel(DeploymentModel deployment) =>
        deployment.FrontEndServerAddress is { } frontEnd ? "FrontEndServerAddress " + frontEnd
        : deployment.VpnServerAddress is { } vpn ? "VPNServerAddress " + vpn
        : "front end";

    private static string ConnectivityLabel(VmNetworkModel network) => network.Connectivity switch
    {
        "SiteToSiteVpn" when network.Vpn is { } vpn => "site-to-site VPN (" + vpn.Protocol + ")"
            + (vpn.LocalAsn is { } asn ? "\nBGP local AS " + asn.ToString(CultureInfo.InvariantCulture) : string.Empty),
        "Nat" when network.Nat is { } nat => "NAT"
            + (nat.ExternalPool is { } pool ? "\nexternal pool " + pool : string.Empty)
            + (nat.ExternalAddress is { } address ? "\nexternal address " + address : string.Empty)
            + Lines(nat.Rules.Select(r => "rule " + r.Name + ": " + r.Protocol + " " + r.ExternalPort.ToString(CultureInfo.InvariantCulture)
                + " to " + r.InternalAddress + ":" + r.InternalPort.ToString(CultureInfo.InvariantCulture))),
        "DirectRouting" => "direct routing",
        _ => "no connectivity",
    };

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(l => "\n" + l));

    /// <summary>Hands out <c>n1</c>, <c>n2</c>, ... in call order.</summary>
    private sealed class IdSource
    {
        private int next;

        /// <summary>A node with the next id and <paramref name="label"/>.</summary>
        public DiagramNode Node(string label) => new("n" + (++next).ToString(CultureInfo.InvariantCulture), label);
    }
}
