using System.Collections.Generic;
using System.Linq;
using System.Text;
using System;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.ConnectionStrings;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.Security;

namespace GatewayDsl.Generators.Model;

/// <summary>
/// Builds the templates' view model from a valid <see cref="GatewaySpec"/>. It runs only for definitions without
/// errors, so required parts are present; it still never throws on a missing value (it writes an empty string).
/// </summary>
internal static class DeploymentModelBuilder
{
    /// <summary>The script parameter that carries the product key when it is not read from the environment.</summary>
    public const string ProductKeyParameter = "ProductKey";

    private static readonly Dictionary<string, string> IPsecCmdletParameters = new()
    {
        ["encryption"] = "EncryptionMethod",
        ["integrity"] = "IntegrityCheckMethod",
        ["cipherTransform"] = "CipherTransformConstants",
        ["authenticationTransform"] = "AuthenticationTransformConstants",
        ["pfsGroup"] = "PFSGroup",
        ["dhGroup"] = "DHGroup",
    };

    /// <summary>Builds the model of the definition in class <paramref name="definitionName"/>.</summary>
    public static DeploymentModel Build(string definitionName, GatewaySpec spec)
    {
        var secrets = new SecretParameters(spec);
        var template = Template(spec.ServiceTemplate, secrets);
        var identifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var vmNetworks = spec.VmNetworks.Select(v => VmNetwork(v, UniqueIdentifier(Text(v.Name), "VmNetwork", identifiers), secrets)).ToArray();
        var cluster = spec.HostCluster;
        var backEnd = spec.LogicalNetworks.FirstOrDefault(n => n.Role == NetworkRole.NetworkVirtualization);

        return new DeploymentModel(
            definitionName,
            Text(spec.Name),
            Text(spec.Domain),
            spec.VmmServerDomain.KnownValue(),
            ConnectionStringWriter.Write(spec),
            new HostClusterModel(
                Text(cluster?.Name),
                cluster?.Nodes?.Value.Select(n => n ?? string.Empty).ToArray() ?? [],
                cluster?.NetworkAdapters?.Value ?? 0,
                Text(cluster?.HostGroup)),
            Text(spec.GatewayVm),
            Text(spec.BackendSwitch),
            spec.IsForwarding,
            spec.FrontEndServerAddress.KnownValue(),
            spec.VpnServerAddress.KnownValue(),
            spec.MaxVmNetworks is { IsKnown: true } max ? max.Value : null,
            spec.LogicalNetworks.Select(LogicalNetwork).ToArray(),
            spec.LogicalSwitch is { } logicalSwitch
                ? new LogicalSwitchModel(Text(logicalSwitch.Name), logicalSwitch.UplinkPortProfiles.Select(u => new UplinkModel(Text(u.Name), u.Sites.Value.Select(s => s ?? string.Empty).ToArray())).ToArray())
                : null,
            new FileShareModel(Text(spec.FileShare?.Server), Text(spec.FileShare?.Share)),
            new LibraryModel(
                Text(spec.Library?.Share),
                Text(spec.Library?.OsDisk),
                Text(spec.Library?.CsvDisk),
                Text(spec.Library?.QuorumDisk),
                LibrarySpec.GatewayFolder,
                LibrarySpec.ClusterSetupResource),
            template,
            Text(spec.DomainJoinAccount),
            Text(spec.AdministratorAccount),
            NetworkService(spec),
            vmNetworks,
            secrets.All)
        {
            NetworkVirtualizationNetwork = Text(backEnd?.Name),
            ProviderAddressFamily = AddressFamily(backEnd?.Sites.SelectMany(s => s.Subnets).Select(s => Text(s.Cidr)).FirstOrDefault()),
            HostGroups = HostGroups(spec),
            RequiredRunAsAccounts = RequiredRunAsAccounts(spec),
            ServiceTemplateName = $"{Text(spec.Name)} Windows Server Gateway {template.Flavour}",
        };
    }

    /// <summary>Every host group the definition names, each once (VMM compares names without case), in first-use order.</summary>
    private static string[] HostGroups(GatewaySpec spec)
    {
        var all = new List<string?> { spec.HostCluster?.HostGroup.KnownValue() };
        all.AddRange(spec.LogicalNetworks.SelectMany(n => n.Sites).SelectMany(s => s.HostGroups).Select(h => h.KnownValue()));
        all.AddRange(spec.NetworkService?.HostGroups.Select(h => h.KnownValue()) ?? []);
        return all.Where(h => !string.IsNullOrEmpty(h)).Select(h => h!).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>
    /// The Run As accounts that must exist before anything is changed: DomainUserRAA, the administrator account, the
    /// network service's own account when it differs, and each pre-shared-key account the script cannot create (no secret given).
    /// </summary>
    private static RunAsAccountModel[] RequiredRunAsAccounts(GatewaySpec spec)
    {
        var accounts = new List<RunAsAccountModel>();
        void Add(string? name, string purpose)
        {
            if (!string.IsNullOrEmpty(name) && !accounts.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                accounts.Add(new RunAsAccountModel(name!, purpose));
            }
        }

        Add(spec.DomainJoinAccount.KnownValue(), "DomainUserRAA: the domain account that joins the gateway VMs to the domain and manages the gateway");
        Add(spec.AdministratorAccount.KnownValue(), "the domain user added to the local Administrators of the gateway VMs");
        Add(spec.NetworkService?.RunAsAccount.KnownValue(), "the network service's credentials");
        foreach (var (vmNetwork, connectivity) in spec.Connectivity())
        {
            if (connectivity.Vpn is { PreSharedKey: null } vpn)
            {
                Add(vpn.PreSharedKeyAccount.KnownValue(), $"holds the pre-shared key of VM network {Text(vmNetwork.Name)}");
            }
        }

        return accounts.ToArray();
    }

    /// <summary><c>IPV6</c> when <paramref name="addressOrSubnet"/> is an IPv6 address or subnet, else <c>IPV4</c> (VMM's pool-type names).</summary>
    private static string AddressFamily(string? addressOrSubnet) => IsIPv6(addressOrSubnet) ? "IPV6" : "IPV4";

    private static bool IsIPv6(string? addressOrSubnet) =>
        (IpSubnet.TryParse(addressOrSubnet, out var subnet, out _) && subnet.Family == IpFamily.IPv6)
        || (IpAddress.TryParse(addressOrSubnet, out var address) && address.Family == IpFamily.IPv6);

    /// <summary>A safe identifier for <paramref name="text"/> that no earlier call returned (a number is appended on a clash).</summary>
    private static string UniqueIdentifier(string text, string fallback, HashSet<string> taken)
    {
        var identifier = Identifier(text);
        if (identifier.Length == 0)
        {
            identifier = fallback;
        }

        var unique = identifier;
        for (var i = 2; !taken.Add(unique); i++)
        {
            unique = identifier + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private static LogicalNetworkModel LogicalNetwork(LogicalNetworkSpec network) => new(
        network.Role.ToString(),
        network.Role switch
        {
            NetworkRole.NetworkVirtualization => "back end (network virtualization)",
            NetworkRole.External => "front end (External)",
            _ => "management (Infrastructure)",
        },
        Text(network.Name),
        network.AllowsNetworkVirtualization,
        network.Role != NetworkRole.NetworkVirtualization,
        network.Sites.Select(Site).ToArray());

    private static SiteModel Site(NetworkSiteSpec site) => new(
        Text(site.Name),
        site.HostGroups.Select(h => Text(h)).ToArray(),
        site.Subnets.Select(s => new SubnetModel(Text(s.Cidr), s.Vlan.Value)).ToArray(),
        site.UsesDhcp is not null && site.Pools.IsEmpty,
        site.Pools.Select(p => new PoolModel(
            Text(p.Name),
            Text(p.SubnetCidr),
            Text(p.RangeStart),
            Text(p.RangeEnd),
            Text(p.Gateway),
            p.Metric.Value,
            AddressSet(p.Reserved),
            AddressSet(p.Vips),
            p.DnsServers.Select(d => Text(d)).ToArray())).ToArray());

    private static TemplateModel Template(ServiceTemplateSpec? template, SecretParameters secrets)
    {
        SecretReferenceModel? productKey = null;
        if (template?.ProductKey is { } key)
        {
            productKey = Secret(key, ProductKeyParameter, "the product key for the gateway VMs", secrets);
        }

        return new TemplateModel(
            template?.AdapterCount == 2 ? "2NIC" : "3NIC",
            template?.AdapterCount ?? 3,
            productKey,
            template?.Evaluation is not null,
            template?.VmClusterStaticIpAddress.KnownValue(),
            template?.DisabledIntegrationServices.Select(s => Text(s)).ToArray() ?? []);
    }

    private static NetworkServiceModel NetworkService(GatewaySpec spec)
    {
        var service = spec.NetworkService;
        return new NetworkServiceModel(
            Text(service?.Name),
            service?.Description.KnownValue(),
            service?.HostGroups.Select(h => Text(h)).ToArray() ?? [],
            Text(service?.FrontEndSite),
            Text(service?.BackEndSite),
            service?.RunAsAccount.KnownValue() ?? Text(spec.DomainJoinAccount));
    }

    private static VmNetworkModel VmNetwork(VmNetworkSpec network, string identifier, SecretParameters secrets)
    {
        var connectivity = network.Connectivity.FirstOrDefault();
        var name = Text(network.Name);
        var subnets = network.Subnets.Select(s => Text(s)).ToArray();
        return new VmNetworkModel(
            name,
            subnets,
            connectivity?.Kind.ToString() ?? "None",
            connectivity?.Vpn is { } vpn ? Vpn(name, identifier, vpn, secrets) : null,
            connectivity?.Nat is { } nat
                ? new NatModel(
                    nat.ExternalPool.KnownValue(),
                    nat.ExternalAddress.KnownValue(),
                    nat.Rules.Select(r => new NatRuleModel(Text(r.Name), Text(r.Protocol), r.ExternalPort.Value, Text(r.InternalAddress), r.InternalPort.Value)).ToArray())
                : null)
        {
            Identifier = identifier,
            CustomerAddressFamily = AddressFamily(subnets.FirstOrDefault()),
        };
    }

    private static VpnModel Vpn(string vmNetwork, string identifier, VpnSpec vpn, SecretParameters secrets) => new(
        Text(vpn.RemoteEndpoint),
        vpn.RemoteSubnets.Select(s => Text(s)).ToArray(),
        vpn.PreSharedKeyAccount.KnownValue(),
        vpn.PreSharedKey is { } key ? Secret(key, identifier + "PreSharedKey", $"the pre-shared key of VM network {vmNetwork}", secrets) : null,
        vpn.Certificate.KnownValue(),
        vpn.Protocol.KnownValue() ?? "IKEv2",
        vpn.IPsec.Where(s => s.Value.IsKnown && s.Value.Value is not null)
            .Select(s => new NameValueModel(IPsecCmdletParameters.TryGetValue(s.Parameter, out var name) ? name : s.Parameter, s.Value.Value!))
            .ToArray(),
        vpn.Bgp?.LocalAsn.Value,
        vpn.Bgp?.Peers.Select(p => new BgpPeerModel(Text(p.Address), p.Asn.Value)).ToArray() ?? [])
    {
        RemoteEndpointIsIPv6 = IsIPv6(Text(vpn.RemoteEndpoint)),
    };

    /// <summary>
    /// A secret's reference for the script. An environment variable is read by name (as a string literal); a parameter or
    /// a literal becomes a SecureString script parameter. A user's parameter name is used as it is: GW6001 rejects a name
    /// the script cannot carry (SecretReferenceNames), and a definition with errors is never generated, so the fallbacks
    /// below only shape the names GatewayDsl chooses itself (<c>ProductKey</c>, <c>&lt;VmNetwork&gt;PreSharedKey</c>): two
    /// secrets from different environment variables never share one (a number is appended); one parameter named twice is shared.
    /// </summary>
    private static SecretReferenceModel Secret(SecretSpec secret, string fallbackParameter, string purpose, SecretParameters secrets)
    {
        var reference = secret.Reference.KnownValue();
        var parameter = secret.Kind == SecretSourceKind.Parameter && reference is not null ? Identifier(reference) : fallbackParameter;
        if (parameter.Length == 0)
        {
            parameter = fallbackParameter;
        }

        // The script's own certificate-file parameters end in CertificateFile (one per certificate VPN).
        if (SecretReferenceNames.ParameterProblem(parameter) is not null)
        {
            parameter += "Secret";
        }

        var environment = secret.Kind == SecretSourceKind.Environment ? reference : null;
        var named = secret.Kind == SecretSourceKind.Parameter;
        var candidate = parameter;
        for (var i = 2; secrets.IsTaken(candidate, environment, named); i++)
        {
            candidate = parameter + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        parameter = candidate;
        if (!secrets.All.Any(s => string.Equals(s.Name, parameter, StringComparison.OrdinalIgnoreCase)))
        {
            secrets.All.Add(new SecretParameterModel(parameter, purpose, environment));
        }

        return new SecretReferenceModel(environment is null ? "Parameter" : "Environment", environment ?? parameter, parameter);
    }

    /// <summary>
    /// The script's secret parameters, and the names the definition gives with <c>Secret.FromParameter</c>: those are
    /// reserved before any name is chosen, so a name GatewayDsl chooses (<c>ProductKey</c>, <c>TenantCPreSharedKey</c>)
    /// steps aside with a number instead of renaming the user's parameter or sharing it with another secret.
    /// </summary>
    private sealed class SecretParameters
    {
        private readonly HashSet<string> userNames;

        public SecretParameters(GatewaySpec spec)
        {
            var secrets = new List<SecretSpec?> { spec.ServiceTemplate?.ProductKey };
            secrets.AddRange(spec.Connectivity().Select(c => c.Connectivity.Vpn?.PreSharedKey));
            userNames = new HashSet<string>(
                secrets.Where(s => s is { Kind: SecretSourceKind.Parameter }).Select(s => s!.Reference.KnownValue()).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!),
                StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The parameters, in the order the script declares them.</summary>
        public List<SecretParameterModel> All { get; } = new();

        /// <summary>
        /// Whether <paramref name="name"/> cannot be used for a secret read from <paramref name="environment"/> (null: a
        /// parameter only): another environment variable uses it, or, for a name GatewayDsl chooses, the user named a parameter so.
        /// </summary>
        public bool IsTaken(string name, string? environment, bool userNamed) =>
            (All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) is { } taken && taken.EnvironmentVariable != environment)
            || (!userNamed && userNames.Contains(name));
    }

    /// <summary>Letters, digits and underscores of <paramref name="text"/>, not starting with a digit: a safe PowerShell identifier.</summary>
    internal static string Identifier(string text)
    {
        var identifier = new StringBuilder();
        foreach (var c in text)
        {
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
            {
                identifier.Append(c);
            }
        }

        if (identifier.Length > 0 && identifier[0] is >= '0' and <= '9')
        {
            identifier.Insert(0, '_');
        }

        return identifier.ToString();
    }

    private static string Text(Setting<string?>? setting) => setting.KnownValue() ?? string.Empty;

    /// <summary>
    /// An address set (reserved addresses, VIPs: one address or range per item) as VMM's comma-separated list, each item
    /// written the canonical way (<c>10.0.0.25-10.0.0.35, 10.0.0.38</c>): the rules accept blanks and line breaks around
    /// an address and its '-', which should not reach VMM. A valid definition's items all parse (GW2007); an item that
    /// does not is passed on as written.
    /// </summary>
    private static string AddressSet(IEnumerable<Setting<string?>> items) =>
        string.Join(", ", items.Select(item => IpRange.TryParse(item.KnownValue(), out var range, out _) ? range.ToString() : Text(item)));
}
