using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Deploy;

/// <summary>
/// A sample's generated deployment script (its <c>GatewayArtifacts.DeployScript</c> constant) and a fabric that meets every
/// prerequisite of its definition. The names repeat the sample's source (samples/*/*.cs) on purpose: the fabric is what an
/// operator would have built by hand before running the script.
/// </summary>
public sealed class DeploySample
{
    /// <summary>The root host group.</summary>
    public const string RootHostGroup = "All Hosts";

    /// <summary>The Scale-Out File Server both samples use.</summary>
    public const string FileServer = "sofs01.contoso.com";

    /// <summary>Its share.</summary>
    public const string FileShare = "GatewayShare";

    /// <summary>The library server.</summary>
    public const string LibraryServer = "lib01.contoso.com";

    /// <summary>The library share.</summary>
    public const string LibraryShare = "MSSCVMMLibrary";

    /// <summary>The folder the procedure names.</summary>
    public const string GatewayFolder = "Windows Server Gateway";

    /// <summary>The custom resource from the gateway download.</summary>
    public const string ClusterSetupResource = "VMClusterSetup.cr";

    /// <summary>The provider the procedure names.</summary>
    public const string Provider = "Microsoft Windows Server Gateway Provider";

    /// <summary>The domain-join Run As account (DomainUserRAA) of both samples.</summary>
    public const string DomainJoinAccount = "Gateway Domain Join";

    /// <summary>The administrator Run As account of both samples.</summary>
    public const string AdministratorAccount = "Gateway Admin";

    /// <summary>Adapter names the provider's capabilities report (UNCONFIRMED in the reference; the script matches front/back end).</summary>
    public static readonly string[] CapabilityAdapters = { "Front End", "Back End" };

    private readonly Lazy<string> _path;

    private DeploySample(string name, string script)
    {
        Name = name;
        Script = script;
        _path = new Lazy<string>(WriteScript);
    }

    /// <summary>ContosoEdge: 3NIC, product key from GATEWAY_PRODUCT_KEY, logical switch, a VPN tenant with BGP and a NAT tenant.</summary>
    public static DeploySample Edge { get; } = new("ContosoEdge", ContosoGateway.ContosoEdge.GatewayArtifacts.DeployScript)
    {
        HostGroup = "Edge",
        Cluster = "GatewayHost1.contoso.com",
        Nodes = new[] { "HV01.contoso.com", "HV02.contoso.com" },
        OsDisk = "WS2016-Datacenter.vhdx",
        CsvDisk = "Gateway-CSV.vhdx",
        QuorumDisk = "Gateway-Quorum.vhdx",
        BackendSwitch = "VirtualSwitch1",
        GatewayVm = "GatewayVM1.contoso.com",
        Flavour = "3NIC",
        ProductKeyParameter = "ProductKey",
        ProductKeyVariable = "GATEWAY_PRODUCT_KEY",
        ExtraRunAsAccounts = new[] { "Tenant-A PSK" },
        HasLogicalSwitch = true,
        TemplateSettings = new[] { "DomainUserRAA", "VMClusterStaticIPAddress", "@ProductKey@" },
    };

    /// <summary>ContosoForwarding: 2NIC, evaluation (no product key), DHCP on Infrastructure, one direct-routing tenant.</summary>
    public static DeploySample Forwarding { get; } = new("ContosoForwarding", ContosoForwardingGateway.ContosoForwarding.GatewayArtifacts.DeployScript)
    {
        HostGroup = "Datacenter",
        Cluster = "GatewayHost2.contoso.com",
        Nodes = new[] { "HV03.contoso.com", "HV04.contoso.com" },
        OsDisk = "WS2016-Datacenter.vhd",
        CsvDisk = "Forwarding-CSV.vhdx",
        QuorumDisk = "Forwarding-Quorum.vhdx",
        BackendSwitch = "VirtualSwitch2",
        GatewayVm = "GatewayVM2.contoso.com",
        Flavour = "2NIC",
        ProductKeyParameter = null,
        ProductKeyVariable = null,
        ExtraRunAsAccounts = Array.Empty<string>(),
        HasLogicalSwitch = false,
        TemplateSettings = new[] { "DomainUserRAA", "VMClusterStaticIPAddress" },
    };

    /// <summary>
    /// ContosoVariants (test-only, Definitions/): product key from a parameter, a pre-shared key the script makes a Run As
    /// account of, certificate authentication with an IPv6 endpoint, NAT on a fixed address, no logical switch.
    /// </summary>
    public static DeploySample Variants { get; } = new("ContosoVariants", Definitions.ContosoVariants.GatewayArtifacts.DeployScript)
    {
        HostGroup = "Variants",
        Cluster = "GatewayHost3.contoso.com",
        Nodes = new[] { "HV05.contoso.com", "HV06.contoso.com" },
        OsDisk = "WS2016-Datacenter.vhdx",
        CsvDisk = "Variants-CSV.vhdx",
        QuorumDisk = "Variants-Quorum.vhdx",
        BackendSwitch = "VirtualSwitch3",
        GatewayVm = "GatewayVM3.contoso.com",
        Flavour = "3NIC",
        ProductKeyParameter = "VariantsProductKey",
        ProductKeyVariable = null,
        ExtraRunAsAccounts = Array.Empty<string>(),
        HasLogicalSwitch = false,
        TemplateSettings = new[] { "DomainUserRAA", "VMClusterStaticIPAddress", "ProductKey", "GatewayComputerName" },
        ExtraSeed = seed => seed.Add("ClientCertificate", new Dictionary<string, object?>
        {
            ["Name"] = "tenant-d.fabrikam.com",
            ["Subject"] = VariantsCertificateSubject,
            ["Thumbprint"] = "8F3C2A51D0E6B7A4C9F1E2D3B4A5C6D7E8F90A1B",
        }),
        ExtraParameters = () => new Dictionary<string, object?>
        {
            ["TenantCPreSharedKey"] = PowerShellHarness.Secure("TenantC-Test-Key"),
            ["fabric"] = PowerShellHarness.Secure("TenantF-Test-Key"),
            ["TenantDCertificateFile"] = VariantsCertificateFile,
            ["ServiceSetting"] = new System.Collections.Hashtable { ["GatewayComputerName"] = "CONTOSO-VAR01" },
        },
    };

    /// <summary>The certificate subject ContosoVariants' Tenant-D authenticates with.</summary>
    public const string VariantsCertificateSubject = "CN=tenant-d.fabrikam.com";

    /// <summary>The exported certificate file the Variants tests pass as -TenantDCertificateFile.</summary>
    public const string VariantsCertificateFile = @"C:\Gateway\tenant-d.cer";

    /// <summary>Every sample by name, for theories (a string keeps each sample a separate test case).</summary>
    public static TheoryData<string> All => new() { nameof(Edge), nameof(Forwarding), nameof(Variants) };

    /// <summary>The definition's class name.</summary>
    public string Name { get; }

    /// <summary>The generated constant: the script's text (the build task adds the byte order mark when it writes the file).</summary>
    public string Script { get; }

    /// <summary>The script as PowerShell reads it from the file (the constant itself, which has no U+FEFF).</summary>
    public string Text => Script;

    /// <summary>The leaf of the definition's host group (<c>All Hosts\&lt;leaf&gt;</c>).</summary>
    public required string HostGroup { get; init; }

    /// <summary>The host cluster.</summary>
    public required string Cluster { get; init; }

    /// <summary>Its two nodes.</summary>
    public required string[] Nodes { get; init; }

    /// <summary>The OS disk (in the library's VHDs folder).</summary>
    public required string OsDisk { get; init; }

    /// <summary>The blank CSV disk.</summary>
    public required string CsvDisk { get; init; }

    /// <summary>The blank quorum disk.</summary>
    public required string QuorumDisk { get; init; }

    /// <summary>The back-end virtual switch of the connection string.</summary>
    public required string BackendSwitch { get; init; }

    /// <summary>The gateway name of the connection string (what the verification pings).</summary>
    public required string GatewayVm { get; init; }

    /// <summary>2NIC or 3NIC.</summary>
    public required string Flavour { get; init; }

    /// <summary>The product key's script parameter, or null for an evaluation deployment.</summary>
    public required string? ProductKeyParameter { get; init; }

    /// <summary>The product key's environment variable, or null when the definition names none.</summary>
    public required string? ProductKeyVariable { get; init; }

    /// <summary>Objects only this sample needs.</summary>
    public Action<FabricSeed>? ExtraSeed { get; init; }

    /// <summary>Script parameters only this sample needs (made anew for each run).</summary>
    public Func<Dictionary<string, object?>>? ExtraParameters { get; init; }

    /// <summary>Run As accounts beyond the two every sample needs (pre-shared-key accounts).</summary>
    public required string[] ExtraRunAsAccounts { get; init; }

    /// <summary>Whether the definition has a logical switch.</summary>
    public required bool HasLogicalSwitch { get; init; }

    /// <summary>The settings of the template in the package.</summary>
    public required string[] TemplateSettings { get; init; }

    /// <summary>The full path of the host group.</summary>
    public string HostGroupPath => RootHostGroup + "\\" + HostGroup;

    /// <summary>The library share's path.</summary>
    public string LibrarySharePath => $@"\\{LibraryServer}\{LibraryShare}";

    /// <summary>Where the test "extracted" the gateway download's template.</summary>
    public string TemplatePackagePath => $@"C:\Gateway\Windows Server 2012 R2 HA Gateway {Flavour}.xml";

    /// <summary>The template's name in the package.</summary>
    public string TemplateName => $"Windows Server 2012 R2 HA Gateway {Flavour}";

    /// <summary>The sample by property name (theory data).</summary>
    public static DeploySample Named(string name) => name switch
    {
        nameof(Edge) => Edge,
        nameof(Forwarding) => Forwarding,
        nameof(Variants) => Variants,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>
    /// Everything the definition's prerequisites ask for, named as the definition names it: Run As accounts, host groups, the
    /// two-node cluster with the back-end virtual switch on both nodes (procedure step 4 done), a Scale-Out File Server share
    /// managed by VMM, the library content, the provider, the template export and the provider's adapters.
    /// </summary>
    public FabricSeed Seed()
    {
        var seed = new FabricSeed()
            .RunAsAccount(DomainJoinAccount, @"CONTOSO\svc-gwjoin")
            .RunAsAccount(AdministratorAccount, @"CONTOSO\gwadmin");
        foreach (var account in ExtraRunAsAccounts)
            seed.RunAsAccount(account, account);
        seed.HostGroup(RootHostGroup)
            .HostGroup(HostGroup, RootHostGroup)
            .HostCluster(Cluster, HostGroup, Nodes);
        foreach (var node in Nodes)
            seed.Add("VirtualNetwork", new Dictionary<string, object?> { ["Name"] = BackendSwitch, ["VMHost"] = new FabricRef("Host", node) });

        // The share is seeded by hand (not FabricSeed.StorageFileServer) to carry IsManaged, the property the script reads
        // for "File share managed by Virtual Machine Manager" (an UNCONFIRMED name, see the script's preflight).
        seed.Add("StorageFileServer", new Dictionary<string, object?>
        {
            ["Name"] = FileServer,
            ["FileServerType"] = "ScaleOutFileServer",
            ["Status"] = "OK",
            ["StorageFileShares"] = new object?[] { new FabricRef("StorageFileShare", FileShare) },
        });
        seed.Add("StorageFileShare", new Dictionary<string, object?>
        {
            ["Name"] = FileShare,
            ["SharePath"] = $@"\\{FileServer}\{FileShare}",
            ["StorageFileServer"] = new FabricRef("StorageFileServer", FileServer),
            ["IsManaged"] = true,
        });

        ExtraSeed?.Invoke(seed);
        return seed
            .LibraryShare(LibraryServer, LibraryShare)
            .VirtualHardDisk(OsDisk, LibraryShare, "VHDs", "Windows Server 2016 Datacenter", "1.0")
            .VirtualHardDisk(CsvDisk, LibraryShare, GatewayFolder)
            .VirtualHardDisk(QuorumDisk, LibraryShare, GatewayFolder)
            .CustomResource(ClusterSetupResource, LibraryShare, GatewayFolder)
            .ConfigurationProvider(Provider, "Microsoft", "Microsoft Windows Server Gateway", "Gateway")
            .TemplatePackage(TemplatePackagePath, TemplateName, "1.0", TemplateSettings)
            .NetworkServiceCapabilities(CapabilityAdapters);
    }

    /// <summary>The parameters of a normal run: the template export, the product key of a keyed deployment, and the sample's own.</summary>
    public Dictionary<string, object?> Parameters(string productKey = "TEST1-TEST2-TEST3-TEST4-TEST5")
    {
        var parameters = ExtraParameters?.Invoke() ?? new Dictionary<string, object?>();
        parameters["TemplatePackagePath"] = TemplatePackagePath;
        if (ProductKeyParameter is not null)
            parameters[ProductKeyParameter] = PowerShellHarness.Secure(productKey);
        return parameters;
    }

    /// <summary>
    /// The script as a file, the way an operator runs it (with the UTF-8 byte order mark the build task writes), under the
    /// test output folder. Written once per process.
    /// </summary>
    public string ScriptPath => _path.Value;

    private string WriteScript()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "deploy-scripts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"Deploy-{Name}.ps1");
        File.WriteAllText(path, Script, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
