using System;
using System.Collections.Generic;
using System.Linq;

namespace GatewayDsl.PowerShell.Tests.Harness;

/// <summary>A reference, inside a seed, to an object seeded earlier (or already in the fabric), by kind and name.</summary>
public sealed record FabricRef(string Kind, string Name);

/// <summary>One object to put into the fabric.</summary>
/// <param name="Kind">VMM type name, e.g. <c>HostCluster</c>.</param>
/// <param name="Properties">Property values; <see cref="FabricRef"/> values (also inside arrays) become the referenced object.</param>
/// <param name="ServiceSettingNames">For a <c>Package</c>: the service settings a template imported from it gets.</param>
public sealed record SeedObject(string Kind, IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<string>? ServiceSettingNames = null);

/// <summary>
/// What the fabric holds before a script runs. Object shapes are this harness's assumptions (README.md, "Object shapes"):
/// they carry the properties the VMM cmdlet reference and COMM's script show, not every property of the real classes.
/// </summary>
public sealed class FabricSeed
{
    private readonly List<SeedObject> _objects = new();

    /// <summary>The objects in seeding order (a reference must point to an earlier object).</summary>
    public IReadOnlyList<SeedObject> Objects => _objects;

    /// <summary>Adds any object. Use the typed methods where one exists, so shapes stay consistent.</summary>
    public FabricSeed Add(string kind, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<string>? serviceSettingNames = null)
    {
        _objects.Add(new SeedObject(kind, new Dictionary<string, object?>(properties, StringComparer.OrdinalIgnoreCase), serviceSettingNames));
        return this;
    }

    /// <summary>Removes seeded objects of a kind by name (to simulate a missing prerequisite before seeding).</summary>
    public FabricSeed Without(string kind, string name)
    {
        var removed = _objects.RemoveAll(o => o.Kind == kind && Equals(o.Properties.GetValueOrDefault("Name"), name));
        if (removed == 0)
            throw new InvalidOperationException($"The seed has no {kind} named '{name}'.");
        return this;
    }

    /// <summary>A Run As account: Name, UserName and Domain (split from <c>DOMAIN\user</c>), Description, Enabled.</summary>
    public FabricSeed RunAsAccount(string name, string domainUser, bool enabled = true)
    {
        var slash = domainUser.IndexOf('\\', StringComparison.Ordinal);
        return Add("RunAsAccount", new Dictionary<string, object?>
        {
            ["Name"] = name,
            ["UserName"] = slash < 0 ? domainUser : domainUser[(slash + 1)..],
            ["Domain"] = slash < 0 ? null : domainUser[..slash],
            ["Description"] = null,
            ["Enabled"] = enabled,
        });
    }

    /// <summary>A host group: Name, Path (<c>All Hosts\Child</c>), ParentHostGroup.</summary>
    public FabricSeed HostGroup(string name, string? parent = null)
    {
        var parentPath = parent is null ? null : (string?)_objects.Single(o => o.Kind == "HostGroup" && (string?)o.Properties["Name"] == parent).Properties["Path"];
        return Add("HostGroup", new Dictionary<string, object?>
        {
            ["Name"] = name,
            ["Path"] = parentPath is null ? name : parentPath + "\\" + name,
            ["ParentHostGroup"] = parent is null ? null : new FabricRef("HostGroup", parent),
        });
    }

    /// <summary>
    /// A host cluster (Name, ClusterName, VMHostGroup, Status 'OK', computed Nodes, RegisteredStorageFileShares) and one Host per
    /// node FQDN (Name, ComputerName, FullyQualifiedDomainName, HostCluster, VMHostGroup, OverallState 'OK',
    /// IsDedicatedToNetworkVirtualizationGateway $false).
    /// </summary>
    public FabricSeed HostCluster(string name, string hostGroup, params string[] nodeFqdns)
    {
        Add("HostCluster", new Dictionary<string, object?>
        {
            ["Name"] = name,
            ["ClusterName"] = name,
            ["VMHostGroup"] = new FabricRef("HostGroup", hostGroup),
            ["Status"] = "OK",
        });
        foreach (var fqdn in nodeFqdns)
        {
            Add("Host", new Dictionary<string, object?>
            {
                ["Name"] = fqdn,
                ["ComputerName"] = fqdn.Split('.')[0],
                ["FullyQualifiedDomainName"] = fqdn,
                ["HostCluster"] = new FabricRef("HostCluster", name),
                ["VMHostGroup"] = new FabricRef("HostGroup", hostGroup),
                ["OverallState"] = "OK",
                ["IsDedicatedToNetworkVirtualizationGateway"] = false,
            });
        }

        return this;
    }

    /// <summary>
    /// A Scale-Out File Server (Name, FileServerType 'ScaleOutFileServer', Status 'OK', StorageFileShares) with its shares
    /// (Name, SharePath <c>\\server\share</c>, StorageFileServer).
    /// </summary>
    public FabricSeed StorageFileServer(string fqdn, params string[] shareNames)
    {
        Add("StorageFileServer", new Dictionary<string, object?>
        {
            ["Name"] = fqdn,
            ["FileServerType"] = "ScaleOutFileServer",
            ["Status"] = "OK",
            ["StorageFileShares"] = shareNames.Select(s => (object?)new FabricRef("StorageFileShare", s)).ToArray(),
        });
        // Shares are seeded after the server; the server's StorageFileShares refs are resolved lazily (see PowerShellHarness.Seed).
        foreach (var share in shareNames)
        {
            Add("StorageFileShare", new Dictionary<string, object?>
            {
                ["Name"] = share,
                ["SharePath"] = $@"\\{fqdn}\{share}",
                ["StorageFileServer"] = new FabricRef("StorageFileServer", fqdn),
            });
        }

        return this;
    }

    /// <summary>A library server (Name, ComputerName, FQDN) and a library share on it (Name, Path, LibraryServer, Description).</summary>
    public FabricSeed LibraryShare(string serverFqdn, string shareName)
    {
        if (!_objects.Any(o => o.Kind == "LibraryServer" && (string?)o.Properties["Name"] == serverFqdn))
        {
            Add("LibraryServer", new Dictionary<string, object?>
            {
                ["Name"] = serverFqdn,
                ["ComputerName"] = serverFqdn.Split('.')[0],
                ["FQDN"] = serverFqdn,
            });
        }

        return Add("LibraryShare", new Dictionary<string, object?>
        {
            ["Name"] = shareName,
            ["Path"] = $@"\\{serverFqdn}\{shareName}",
            ["LibraryServer"] = new FabricRef("LibraryServer", serverFqdn),
            ["Description"] = null,
        });
    }

    /// <summary>
    /// A virtual hard disk in a folder of a library share: Name, FamilyName, Release, Directory, SharePath (full file path),
    /// LibraryServer, LibraryShare. A library folder exists in this model only through the objects placed in it.
    /// </summary>
    public FabricSeed VirtualHardDisk(string name, string libraryShare, string folder, string? familyName = null, string? release = null) =>
        Add("VirtualHardDisk", LibraryObject(name, libraryShare, folder, familyName, release));

    /// <summary>A custom resource folder (e.g. <c>VMClusterSetup.cr</c>) in a library folder; same shape as a virtual hard disk.</summary>
    public FabricSeed CustomResource(string name, string libraryShare, string folder) =>
        Add("CustomResource", LibraryObject(name, libraryShare, folder, null, null));

    /// <summary>A configuration provider: Name, Manufacturer, Model, Type.</summary>
    public FabricSeed ConfigurationProvider(string name, string manufacturer, string model, string type) =>
        Add("ConfigurationProvider", new Dictionary<string, object?>
        {
            ["Name"] = name,
            ["Manufacturer"] = manufacturer,
            ["Model"] = model,
            ["Type"] = type,
        });

    /// <summary>A service template export (what Get-SCTemplatePackage reads): Name, Release, Path.</summary>
    public FabricSeed TemplatePackage(string path, string name, string release, params string[] serviceSettingNames) =>
        Add("Package", new Dictionary<string, object?> { ["Name"] = name, ["Release"] = release, ["Path"] = path }, serviceSettingNames);

    /// <summary>What Get-SCNetworkServiceCapabilities returns: NetworkAdapters (NetworkServiceAdapterInfo: Name, MacAddress).</summary>
    public FabricSeed NetworkServiceCapabilities(params string[] adapterNames)
    {
        for (var i = 0; i < adapterNames.Length; i++)
        {
            Add("NetworkServiceAdapterInfo", new Dictionary<string, object?>
            {
                ["Name"] = adapterNames[i],
                ["MacAddress"] = $"00:15:5D:00:00:{i + 1:X2}",
            });
        }

        return Add("NetworkServiceCapabilities", new Dictionary<string, object?>
        {
            ["NetworkAdapters"] = adapterNames.Select(a => (object?)new FabricRef("NetworkServiceAdapterInfo", a)).ToArray(),
        });
    }

    private Dictionary<string, object?> LibraryObject(string name, string libraryShare, string folder, string? familyName, string? release)
    {
        var share = _objects.Single(o => o.Kind == "LibraryShare" && (string?)o.Properties["Name"] == libraryShare);
        var directory = (string)share.Properties["Path"]! + "\\" + folder;
        return new Dictionary<string, object?>
        {
            ["Name"] = name,
            ["FamilyName"] = familyName,
            ["Release"] = release,
            ["Directory"] = directory,
            ["SharePath"] = directory + "\\" + name,
            ["LibraryServer"] = share.Properties["LibraryServer"],
            ["LibraryShare"] = new FabricRef("LibraryShare", libraryShare),
        };
    }

    /// <summary>
    /// Everything the procedure's prerequisites ask for (names in <see cref="GatewayFabric"/>): two Run As accounts, host groups,
    /// a two-node host cluster, a Scale-Out File Server with a share, a library share whose <c>Windows Server Gateway</c>
    /// folder holds the CSV and quorum disks and <c>VMClusterSetup.cr</c>, the OS disk, the gateway configuration provider,
    /// the service template export and the provider's capabilities.
    /// </summary>
    public static FabricSeed GatewayPrerequisites() => new FabricSeed()
        .RunAsAccount(GatewayFabric.DomainJoinRunAs, GatewayFabric.DomainJoinUser)
        .RunAsAccount(GatewayFabric.AdminRunAs, GatewayFabric.AdminUser)
        .HostGroup(GatewayFabric.RootHostGroup)
        .HostGroup(GatewayFabric.GatewayHostGroup, GatewayFabric.RootHostGroup)
        .HostCluster(GatewayFabric.HostCluster, GatewayFabric.GatewayHostGroup, GatewayFabric.Node1, GatewayFabric.Node2)
        .StorageFileServer(GatewayFabric.FileServer, GatewayFabric.FileShare)
        .LibraryShare(GatewayFabric.LibraryServer, GatewayFabric.LibraryShare)
        .VirtualHardDisk(GatewayFabric.OsDisk, GatewayFabric.LibraryShare, "VHDs", "Windows Server 2016 Datacenter", "1.0")
        .VirtualHardDisk(GatewayFabric.CsvDisk, GatewayFabric.LibraryShare, GatewayFabric.GatewayFolder)
        .VirtualHardDisk(GatewayFabric.QuorumDisk, GatewayFabric.LibraryShare, GatewayFabric.GatewayFolder)
        .CustomResource(GatewayFabric.CustomResource, GatewayFabric.LibraryShare, GatewayFabric.GatewayFolder)
        .ConfigurationProvider(GatewayFabric.Provider, "Microsoft", "Microsoft Windows Server Gateway", "Gateway")
        .TemplatePackage(GatewayFabric.TemplatePackagePath, GatewayFabric.TemplateName, GatewayFabric.TemplateRelease, GatewayFabric.TemplateSettings)
        .NetworkServiceCapabilities(GatewayFabric.FrontEndAdapter, GatewayFabric.BackEndAdapter);
}

/// <summary>Names used by <see cref="FabricSeed.GatewayPrerequisites"/>.</summary>
public static class GatewayFabric
{
    /// <summary>Run As account for the domain account that may join computers (DomainUserRAA, network service credentials).</summary>
    public const string DomainJoinRunAs = "Gateway Domain Join";
    /// <summary>Its domain user.</summary>
    public const string DomainJoinUser = @"CONTOSO\svc-gwjoin";
    /// <summary>Run As account for the gateway VMs' extra local administrator.</summary>
    public const string AdminRunAs = "Gateway Admin";
    /// <summary>Its domain user.</summary>
    public const string AdminUser = @"CONTOSO\gwadmin";
    /// <summary>Root host group.</summary>
    public const string RootHostGroup = "All Hosts";
    /// <summary>Host group of the gateway cluster.</summary>
    public const string GatewayHostGroup = "Gateway Hosts";
    /// <summary>Host cluster name.</summary>
    public const string HostCluster = "GWCLUSTER01";
    /// <summary>First node.</summary>
    public const string Node1 = "GWHOST01.contoso.com";
    /// <summary>Second node.</summary>
    public const string Node2 = "GWHOST02.contoso.com";
    /// <summary>Scale-Out File Server.</summary>
    public const string FileServer = "SOFS01.contoso.com";
    /// <summary>Its share for the gateway.</summary>
    public const string FileShare = "GatewayShare";
    /// <summary>Library server.</summary>
    public const string LibraryServer = "VMMLIB01.contoso.com";
    /// <summary>Library share name.</summary>
    public const string LibraryShare = "MSSCVMMLibrary";
    /// <summary>Library share path.</summary>
    public const string LibrarySharePath = @"\\VMMLIB01.contoso.com\MSSCVMMLibrary";
    /// <summary>The folder the procedure names.</summary>
    public const string GatewayFolder = "Windows Server Gateway";
    /// <summary>Generalized OS disk.</summary>
    public const string OsDisk = "WS2016-Datacenter.vhdx";
    /// <summary>Blank disk for the CSV.</summary>
    public const string CsvDisk = "Gateway-CSV.vhdx";
    /// <summary>Blank disk for the quorum.</summary>
    public const string QuorumDisk = "Gateway-Quorum.vhdx";
    /// <summary>The custom resource folder the procedure names.</summary>
    public const string CustomResource = "VMClusterSetup.cr";
    /// <summary>The provider name the procedure and COMM use.</summary>
    public const string Provider = "Microsoft Windows Server Gateway Provider";
    /// <summary>Exported service template (3NIC variant).</summary>
    public const string TemplatePackagePath = @"\\VMMLIB01.contoso.com\MSSCVMMLibrary\Windows Server Gateway\Windows Server 2012 R2 HA Gateway 3NIC.xml";
    /// <summary>Template name in the export.</summary>
    public const string TemplateName = "Windows Server 2012 R2 HA Gateway 3NIC";
    /// <summary>Template release.</summary>
    public const string TemplateRelease = "1.0";
    /// <summary>Network adapter names reported by the provider's capabilities.</summary>
    public const string FrontEndAdapter = "Front End";
    /// <summary>Second adapter.</summary>
    public const string BackEndAdapter = "Back End";

    /// <summary>
    /// Settings of the imported template. Whether VMM names the product key setting <c>ProductKey</c> or <c>@ProductKey@</c>
    /// is unconfirmed (vmm-reference.md §f.3); both spellings are seeded so a script using either finds one.
    /// </summary>
    public static readonly string[] TemplateSettings = { "ProductKey", "@ProductKey@", "DomainUserRAA", "VMClusterStaticIPAddress" };
}
