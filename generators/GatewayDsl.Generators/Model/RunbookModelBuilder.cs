using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GatewayDsl.Generators.Emitting;

namespace GatewayDsl.Generators.Model;

/// <summary>
/// Derives the runbook's data from the deployment model alone (so the runbook can never describe a gateway other than
/// the one the script deploys). Pure and deterministic: lists keep declaration order, ids are numbered in build order.
/// </summary>
internal static class RunbookModelBuilder
{
    /// <summary>The deployment script's stages. The script's progress messages use the same names.</summary>
    public static readonly ScriptStagesModel Stages = new(
        new("Preflight", "Checks the prerequisites (Run As accounts, the Scale-Out File Server share managed by VMM, the library content, the OS disk, the host cluster with two nodes and status OK, the host groups) and stops before any change if one is missing."),
        new("Logical networks", "Creates the three logical networks, their sites and static pools (reserved addresses, default gateways with metrics) and the same-named VM networks of the front-end and Infrastructure networks, skipping what already exists."),
        new("Logical switch", "Creates the uplink port profiles with the sites of the three logical networks, and the logical switch that uses them."),
        new("File share", "Registers the Scale-Out File Server share with the host cluster."),
        new("Gateway hosts", "Marks both nodes of the host cluster as dedicated network virtualization gateways."),
        new("Service", "Imports the service template with its resource mappings, sets its settings, and deploys and starts the gateway service on the host cluster."),
        new("Network service", "Tests the connection string with the gateway provider, then adds the gateway as a network service with its Run As account and host groups."),
        new("Connections", "Adds the network service's front-end and back-end connections."),
        new("VM networks", "Creates each tenant VM network and connects it to the gateway (site-to-site VPN with BGP peers, NAT with rules, or direct routing)."),
        new("Verification", "Checks that each gateway VM has three network adapters and is running, and that the gateway answers ping."));

    /// <summary>Builds the runbook data of <paramref name="deployment"/>.</summary>
    public static RunbookModel Build(DeploymentModel deployment)
    {
        var sites = deployment.LogicalNetworks
            .SelectMany(n => n.Sites.Select(s => new SiteReferenceModel(n.Role, n.RoleTitle, n.Name, s)))
            .ToArray();
        var connectivity = new ConnectivityUsageModel(
            deployment.VmNetworks.Any(v => v.Connectivity == "SiteToSiteVpn"),
            deployment.VmNetworks.Any(v => v.Connectivity == "Nat"),
            deployment.VmNetworks.Any(v => v.Connectivity == "DirectRouting"));
        var infrastructure = sites.Where(s => s.Role == "Infrastructure").ToArray();

        return new RunbookModel(
            string.Format(CultureInfo.InvariantCulture, ArtifactKind.DeployScript.FileNameFormat, deployment.DefinitionName),
            Stages with { LogicalSwitch = deployment.LogicalSwitch is null ? null : Stages.LogicalSwitch },
            deployment.Library.Share.TrimEnd('\\', '/') + "\\" + deployment.Library.Folder,
            infrastructure.Length > 0 && infrastructure.All(s => s.Site.Pools.Count == 0) && infrastructure.Any(s => s.Site.UsesDhcp),
            FirstPool(sites, "Infrastructure"),
            FirstPool(sites, "External"),
            sites,
            HostGroups(deployment),
            connectivity,
            new ConfirmationsModel(
                deployment.FrontEndServerAddress is not null,
                connectivity.Nat || connectivity.DirectRouting,
                connectivity.Any),
            RunbookDiagramBuilder.Build(deployment, sites));
    }

    private static PoolReferenceModel? FirstPool(IEnumerable<SiteReferenceModel> sites, string role) => sites
        .Where(s => s.Role == role)
        .SelectMany(s => s.Site.Pools.Select(p => new PoolReferenceModel(s.NetworkName, s.Site.Name, p)))
        .FirstOrDefault();

    private static string[] HostGroups(DeploymentModel deployment) => new[] { deployment.HostCluster.HostGroup }
        .Concat(deployment.LogicalNetworks.SelectMany(n => n.Sites).SelectMany(s => s.HostGroups))
        .Concat(deployment.NetworkService.HostGroups)
        .Where(h => h.Length > 0)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToArray();
}
