using System.Collections.Generic;
using System.Linq;
using System.Text;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.ConnectionStrings;
using GatewayDsl.Core.Model;

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
        var secrets = new List<SecretParameterModel>();
        var template = Template(spec.ServiceTemplate, secrets);
        var vmNetworks = spec.VmNetworks.Select(v => VmNetwork(v, secrets)).ToArray();
        var cluster = spec.HostCluster;

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
            secrets);
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
            string.Join(", ", p.Reserved.Select(r => Text(r))),
            string.Join(", ", p.Vips.Select(v => Text(v))),
            p.DnsServers.Select(d => Text(d)).ToArray())).ToArray());

    private static TemplateModel Template(ServiceTemplateSpec? template, List<SecretParameterModel> secrets)
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

    private static VmNetworkModel VmNetwork(VmNetworkSpec network, List<SecretParameterModel> secrets)
    {
        var connectivity = network.Connectivity.FirstOrDefault();
        var name = Text(network.Name);
        return new VmNetworkModel(
            name,
            network.Subnets.Select(s => Text(s)).ToArray(),
            connectivity?.Kind.ToString() ?? "None",
            connectivity?.Vpn is { } vpn ? Vpn(name, vpn, secrets) : null,
            connectivity?.Nat is { } nat
                ? new NatModel(
                    nat.ExternalPool.KnownValue(),
                    nat.ExternalAddress.KnownValue(),
                    nat.Rules.Select(r => new NatRuleModel(Text(r.Name), Text(r.Protocol), r.ExternalPort.Value, Text(r.InternalAddress), r.InternalPort.Value)).ToArray())
                : null);
    }

    private static VpnModel Vpn(string vmNetwork, VpnSpec vpn, List<SecretParameterModel> secrets) => new(
        Text(vpn.RemoteEndpoint),
        vpn.RemoteSubnets.Select(s => Text(s)).ToArray(),
        vpn.PreSharedKeyAccount.KnownValue(),
        vpn.PreSharedKey is { } key ? Secret(key, Identifier(vmNetwork) + "PreSharedKey", $"the pre-shared key of VM network {vmNetwork}", secrets) : null,
        vpn.Certificate.KnownValue(),
        vpn.Protocol.KnownValue() ?? "IKEv2",
        vpn.IPsec.Where(s => s.Value.IsKnown && s.Value.Value is not null)
            .Select(s => new NameValueModel(IPsecCmdletParameters.TryGetValue(s.Parameter, out var name) ? name : s.Parameter, s.Value.Value!))
            .ToArray(),
        vpn.Bgp?.LocalAsn.Value,
        vpn.Bgp?.Peers.Select(p => new BgpPeerModel(Text(p.Address), p.Asn.Value)).ToArray() ?? []);

    /// <summary>
    /// A secret's reference for the script. An environment variable is read by name (as a string literal, so any name
    /// is safe); a parameter or a literal becomes a SecureString script parameter whose name is made a safe identifier.
    /// </summary>
    private static SecretReferenceModel Secret(SecretSpec secret, string fallbackParameter, string purpose, List<SecretParameterModel> secrets)
    {
        var reference = secret.Reference.KnownValue();
        var parameter = secret.Kind == SecretSourceKind.Parameter && reference is not null ? Identifier(reference) : fallbackParameter;
        if (parameter.Length == 0)
        {
            parameter = fallbackParameter;
        }

        var environment = secret.Kind == SecretSourceKind.Environment ? reference : null;
        if (!secrets.Any(s => s.Name == parameter))
        {
            secrets.Add(new SecretParameterModel(parameter, purpose, environment));
        }

        return new SecretReferenceModel(environment is null ? "Parameter" : "Environment", environment ?? parameter, parameter);
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
}
