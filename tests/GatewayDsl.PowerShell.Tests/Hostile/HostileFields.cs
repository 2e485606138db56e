using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Hostile;

/// <summary>
/// One user string of a definition: where it is in <see cref="HostileFields.Definition"/>, the benign value (the
/// <paramref name="Format"/> with an empty hostile part) and the builder parameters it covers. A new builder string is
/// covered by one more row here (and its placeholder in the definition); <c>HostileStringTests.EveryBuilderString_IsCovered</c>
/// fails until it is.
/// </summary>
/// <param name="Key">The placeholder's name (<c>⟦Key⟧</c> in the definition).</param>
/// <param name="Format">The value around the hostile part: <c>{0}</c> is where it goes (inside, so a rule that checks an extension or a prefix still sees one).</param>
/// <param name="Covers">The builder parameters whose argument this is, as <c>Type.Method(parameter)</c>.</param>
/// <param name="ConnectionKey">The connection-string key that carries the value, if any.</param>
/// <param name="IsSecretValue">A secret's value: it must never appear in any artifact.</param>
/// <param name="IsAddressRange">
/// An address or range of VMM's address sets: the script carries it canonically, without the blanks and line breaks the
/// rules accept around the addresses and the '-' (<see cref="Carried"/>).
/// </param>
public sealed record HostileField(string Key, string Format, string[] Covers, string? ConnectionKey = null, bool IsSecretValue = false, bool IsAddressRange = false)
{
    /// <summary>The field's value with <paramref name="hostile"/> inserted.</summary>
    public string Value(string hostile) => Format.Replace("{0}", hostile, StringComparison.Ordinal);

    /// <summary>The value as the script must carry it: the value itself, or an address range written canonically.</summary>
    public string Carried(string value) =>
        IsAddressRange ? System.Text.RegularExpressions.Regex.Replace(value.Trim(), @"\s*-\s*", "-") : value;

    /// <summary>The benign value.</summary>
    public string Benign => Value(string.Empty);

    /// <inheritdoc/>
    public override string ToString() => Key;
}

/// <summary>Every user string of the DSL, and a valid definition that uses each of them once (or everywhere it must match).</summary>
public static class HostileFields
{
    /// <summary>The rows.</summary>
    public static readonly IReadOnlyList<HostileField> All = new HostileField[]
    {
        new("GatewayName", "CONTOSO{0}-GW01", new[] { "Gateway.Named(name)" }),
        new("Domain", "contoso{0}.com", new[] { "GatewayDefinition.InDomain(fqdn)" }),
        new("VmmDomain", "fabric{0}.fabrikam.com", new[] { "GatewayDefinition.VmmServerInDomain(fqdn)" }),
        new("HostCluster", "GatewayHost1{0}.contoso.com", new[] { "GatewayDefinition.OnHostCluster(name)" }, "VMHost"),
        new("Node", "HV01{0}.contoso.com", new[] { "HostClusterBuilder.Nodes(fqdns)" }),
        new("HostGroup", "All Hosts\\Edge{0}", new[] { "HostClusterBuilder.HostGroup(path)", "LogicalNetworkBuilder.Site(hostGroup)", "NetworkServiceBuilder.HostGroups(paths)" }),
        new("SiteHostGroup", "All Hosts\\Edge\\Infra{0}", new[] { "NetworkSiteBuilder.HostGroup(path)" }),
        new("GatewayVm", "GatewayVM1{0}.contoso.com", new[] { "GatewayDefinition.GatewayVm(name)" }, "GatewayVM"),
        new("BackendSwitch", "Virtual{0}Switch1", new[] { "GatewayDefinition.BackendSwitch(name)" }, "BackendSwitch"),
        new("FrontEndAddress", "131.107.10.5{0}", new[] { "GatewayDefinition.FrontEndServerAddress(address)" }, "FrontEndServerAddress"),
        new("VpnServerAddress", "131.107.10.6{0}", new[] { "GatewayDefinition.VpnServerAddress(address)" }, "VPNServerAddress"),
        new("NvNetwork", "Network{0} Virtualization", new[] { "GatewayDefinition.NetworkVirtualization(name)" }),
        new("ExternalNetwork", "Internet{0} Edge", new[] { "GatewayDefinition.External(name)" }),
        new("InfraNetwork", "Management{0} Net", new[] { "GatewayDefinition.Infrastructure(name)" }),
        new("NvSite", "NV{0}-Site", new[] { "LogicalNetworkBuilder.Site(name)", "NetworkServiceBuilder.BackEnd(site)", "LogicalSwitchBuilder.UplinkPortProfile(sites)" }),
        new("ExternalSite", "External{0}-Site", new[] { "NetworkServiceBuilder.FrontEnd(site)" }),
        new("InfraSite", "Infra{0}-Site", Array.Empty<string>()),
        new("NvSubnet", "10.10.0.0/16{0}", new[] { "NetworkSiteBuilder.Subnet(cidr)" }),
        new("RangeStart", "10.10.0.10{0}", new[] { "NetworkSiteBuilder.StaticPool(rangeStart)" }),
        new("RangeEnd", "10.10.255.200{0}", new[] { "NetworkSiteBuilder.StaticPool(rangeEnd)" }),
        new("PoolGateway", "10.10.0.1{0}", new[] { "NetworkSiteBuilder.StaticPool(gateway)" }),
        new("PoolName", "External{0} Pool", new[] { "StaticPoolBuilder.PoolName(name)", "NatBuilder.ExternalPool(poolName)" }),
        new("Vips", "131.107.10.50-131.107.10.59{0}", new[] { "StaticPoolBuilder.Vips(addresses)" }, IsAddressRange: true),
        new("ClusterAddress", "192.168.10.50{0}", new[] { "StaticPoolBuilder.Reserve(addresses)", "ServiceTemplateBuilder.VmClusterStaticIpAddress(address)" }),
        new("DnsServer", "192.168.10.5{0}", new[] { "StaticPoolBuilder.DnsServers(addresses)" }),
        new("LogicalSwitch", "Gateway{0} Switch", new[] { "GatewayDefinition.LogicalSwitch(name)" }),
        new("Uplink", "Gateway{0} Uplink", new[] { "LogicalSwitchBuilder.UplinkPortProfile(name)" }),
        new("FileServer", "sofs01{0}.contoso.com", new[] { "GatewayDefinition.ScaleOutFileServer(server)" }),
        new("Share", "Gateway{0}Share", new[] { "GatewayDefinition.ScaleOutFileServer(share)" }),
        new("LibraryShare", "\\\\lib01.contoso.com\\MSSCVMM{0}Library", new[] { "GatewayDefinition.Library(share)" }),
        new("OsDisk", "WS2016{0}-Datacenter.vhdx", new[] { "LibraryBuilder.OsDisk(fileName)" }),
        new("CsvDisk", "Gateway{0}-CSV.vhdx", new[] { "LibraryBuilder.CsvDisk(fileName)" }),
        new("QuorumDisk", "Gateway{0}-Quorum.vhdx", new[] { "LibraryBuilder.QuorumDisk(fileName)" }),
        new("ProductKeyVariable", "GATEWAY{0}_PRODUCT_KEY", new[] { "Secret.FromEnvironment(variable)" }),
        new("PskParameter", "TenantAPsk{0}", new[] { "Secret.FromParameter(name)" }),
        new("LiteralSecret", "S3NT1NEL{0}-LITERAL-PSK", new[] { "Secret.Literal(value)" }, IsSecretValue: true),
        new("DomainJoin", "Gateway{0} Domain Join", new[] { "GatewayDefinition.DomainJoinAccount(runAsAccount)", "NetworkServiceBuilder.RunAsAccount(name)" }),
        new("Administrator", "Gateway{0} Admin", new[] { "GatewayDefinition.AdministratorAccount(runAsAccount)" }),
        new("NetworkService", "Contoso{0} Gateway", new[] { "GatewayDefinition.NetworkService(name)" }),
        new("Description", "Windows Server Gateway{0} for tenant VM networks", new[] { "NetworkServiceBuilder.Description(text)" }),
        new("VmNetwork", "Tenant{0}-A", new[] { "GatewayDefinition.VmNetwork(name)" }),
        new("VmSubnet", "10.1.0.0/24{0}", new[] { "VmNetworkBuilder.Subnet(cidr)" }),
        new("RemoteEndpoint", "157.56.20.10{0}", new[] { "VmNetworkBuilder.SiteToSiteVpn(remoteEndpoint)" }),
        new("RemoteSubnet", "172.16.1.0/24{0}", new[] { "SiteToSiteVpnBuilder.RemoteSubnets(cidrs)" }),
        new("PskAccount", "Tenant-A{0} PSK", new[] { "SiteToSiteVpnBuilder.PreSharedKey(runAsAccount)" }),
        new("Certificate", "CN=tenant-d{0}.fabrikam.com", new[] { "SiteToSiteVpnBuilder.Certificate(subject)" }),
        new("BgpPeer", "172.16.1.1{0}", new[] { "BgpBuilder.Peer(address)" }),
        new("NatRule", "w{0}eb", new[] { "NatBuilder.Rule(name)" }),
        new("NatInternal", "10.2.0.10{0}", new[] { "NatBuilder.Rule(internalAddress)" }),
        new("NatExternalAddress", "131.107.10.60{0}", new[] { "NatBuilder.ExternalAddress(address)" }),
    };

    /// <summary>The definition's metadata name.</summary>
    public const string DefinitionType = "Hostile.HostileEdge";

    /// <summary>
    /// A valid definition (no diagnostic but GW6001 on the literal secret) that uses every user string of the DSL; each
    /// <c>⟦Key⟧</c> is one row's C# literal. Features the samples leave out are here too: a second host group on a site,
    /// FrontEndServerAddress and VPNServerAddress, secrets from a parameter and a literal, certificate VPN, NAT on a fixed address.
    /// </summary>
    public const string Definition = """
        using GatewayDsl;

        namespace Hostile;

        [Gateway]
        public static partial class HostileEdge
        {
            public static GatewayDefinition Define() => Gateway.Named(⟦GatewayName⟧)
                .InDomain(⟦Domain⟧)
                .VmmServerInDomain(⟦VmmDomain⟧)
                .OnHostCluster(⟦HostCluster⟧, cluster => cluster
                    .Nodes(⟦Node⟧, "HV02.contoso.com")
                    .NetworkAdapters(3)
                    .HostGroup(⟦HostGroup⟧))
                .GatewayVm(⟦GatewayVm⟧)
                .BackendSwitch(⟦BackendSwitch⟧)
                .FrontEndServerAddress(⟦FrontEndAddress⟧)
                .VpnServerAddress(⟦VpnServerAddress⟧)
                .MaxVmNetworks(50)
                .InfrastructureRoutesToSameNetworkAsExternal(true)
                .NetworkVirtualization(⟦NvNetwork⟧, network => network
                    .Site(⟦NvSite⟧, ⟦HostGroup⟧, site => site
                        .Subnet(⟦NvSubnet⟧, vlan: 12)
                        .StaticPool(⟦RangeStart⟧, ⟦RangeEnd⟧, gateway: ⟦PoolGateway⟧, metric: 10)))
                .External(⟦ExternalNetwork⟧, network => network
                    .Site(⟦ExternalSite⟧, ⟦HostGroup⟧, site => site
                        .Subnet("131.107.10.0/24")
                        .StaticPool("131.107.10.10", "131.107.10.99", gateway: "131.107.10.1", metric: 10, pool => pool
                            .PoolName(⟦PoolName⟧)
                            .Vips(⟦Vips⟧))))
                .Infrastructure(⟦InfraNetwork⟧, network => network
                    .Site(⟦InfraSite⟧, ⟦HostGroup⟧, site => site
                        .HostGroup(⟦SiteHostGroup⟧)
                        .Subnet("192.168.10.0/24")
                        .StaticPool("192.168.10.10", "192.168.10.99", gateway: "192.168.10.1", metric: 20, pool => pool
                            .Reserve(⟦ClusterAddress⟧)
                            .DnsServers(⟦DnsServer⟧))))
                .LogicalSwitch(⟦LogicalSwitch⟧, logicalSwitch => logicalSwitch
                    .UplinkPortProfile(⟦Uplink⟧, ⟦NvSite⟧, ⟦ExternalSite⟧, ⟦InfraSite⟧))
                .ScaleOutFileServer(⟦FileServer⟧, ⟦Share⟧)
                .Library(⟦LibraryShare⟧, library => library
                    .OsDisk(⟦OsDisk⟧)
                    .CsvDisk(⟦CsvDisk⟧)
                    .QuorumDisk(⟦QuorumDisk⟧))
                .ServiceTemplate(GatewayTemplate.ThreeNic, template => template
                    .ProductKey(Secret.FromEnvironment(⟦ProductKeyVariable⟧))
                    .VmClusterStaticIpAddress(⟦ClusterAddress⟧))
                .DomainJoinAccount(⟦DomainJoin⟧)
                .AdministratorAccount(⟦Administrator⟧)
                .NetworkService(⟦NetworkService⟧, service => service
                    .Description(⟦Description⟧)
                    .HostGroups(⟦HostGroup⟧)
                    .FrontEnd(⟦ExternalSite⟧)
                    .BackEnd(⟦NvSite⟧)
                    .RunAsAccount(⟦DomainJoin⟧))
                .VmNetwork(⟦VmNetwork⟧, vmNetwork => vmNetwork
                    .Subnet(⟦VmSubnet⟧)
                    .SiteToSiteVpn(⟦RemoteEndpoint⟧, vpn => vpn
                        .RemoteSubnets(⟦RemoteSubnet⟧)
                        .PreSharedKey(⟦PskAccount⟧, Secret.FromParameter(⟦PskParameter⟧))
                        .IPsec(encryption: VpnEncryptionMethod.AES256, integrity: VpnIntegrityCheckMethod.SHA256)
                        .Bgp(65010, bgp => bgp.Peer(⟦BgpPeer⟧, 65020))))
                .VmNetwork("Tenant-B", vmNetwork => vmNetwork
                    .Subnet("10.2.0.0/24")
                    .Nat(nat => nat
                        .ExternalPool(⟦PoolName⟧)
                        .Rule(⟦NatRule⟧, NatProtocol.TCP, 80, ⟦NatInternal⟧, 8080)))
                .VmNetwork("Tenant-C", vmNetwork => vmNetwork
                    .Subnet("10.3.0.0/24")
                    .SiteToSiteVpn("157.56.20.30", vpn => vpn
                        .RemoteSubnets("172.16.3.0/24")
                        .PreSharedKey("Tenant-C PSK", Secret.Literal(⟦LiteralSecret⟧))))
                .VmNetwork("Tenant-D", vmNetwork => vmNetwork
                    .Subnet("10.4.0.0/24")
                    .SiteToSiteVpn("157.56.20.40", vpn => vpn
                        .RemoteSubnets("172.16.4.0/24")
                        .Certificate(⟦Certificate⟧)))
                .VmNetwork("Tenant-E", vmNetwork => vmNetwork
                    .Subnet("10.5.0.0/24")
                    .Nat(nat => nat
                        .ExternalAddress(⟦NatExternalAddress⟧)
                        .Rule("ssh", NatProtocol.TCP, 2222, "10.5.0.10", 22)));
        }
        """;

    /// <summary>The definition with every field benign except <paramref name="field"/>, which gets <paramref name="value"/>.</summary>
    public static string Source(HostileField? field, string value)
    {
        var text = new StringBuilder(Definition);
        foreach (var row in All)
        {
            text.Replace("⟦" + row.Key + "⟧", Literal(row == field ? value : row.Benign));
        }

        var source = text.ToString();
        Assert.DoesNotContain("⟦", source, StringComparison.Ordinal);
        return source;
    }

    /// <summary>
    /// A C# literal of <paramref name="value"/>: Roslyn's formatter, then the characters C# reads as a line break inside a
    /// literal (NEL, U+2028, U+2029) as escapes, which the formatter keeps verbatim.
    /// </summary>
    public static string Literal(string value) =>
        SymbolDisplay.FormatLiteral(value, quote: true)
            .Replace("\u0085", "\\u0085", StringComparison.Ordinal)
            .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
            .Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    /// <summary>Every (field, hostile label) pair, for the meta-test's count.</summary>
    public static int CaseCount => All.Count * HostileValues.All.Count;

    /// <summary>The fields as theory data.</summary>
    public static TheoryData<string> Keys
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var row in All)
            {
                data.Add(row.Key);
            }

            return data;
        }
    }

    /// <summary>The field named <paramref name="key"/>.</summary>
    public static HostileField Named(string key) => All.Single(f => f.Key == key);
}
