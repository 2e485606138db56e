using System;
using System.Linq;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Deploy;

/// <summary>The values each sample's definition gives reach the right VMM parameters.</summary>
[Collection(DeployRunCollection.Name)]
public class DeploySampleValueTests(DeployRunFixture fixture)
{
    private RecordedCallList Edge => new(fixture.For(nameof(DeploySample.Edge)).First.Calls);

    private RecordedCallList Forwarding => new(fixture.For(nameof(DeploySample.Forwarding)).First.Calls);

    private RecordedCallList Variants => new(fixture.For(nameof(DeploySample.Variants)).First.Calls);

    [Fact]
    public void Edge_LogicalNetworks_AreOneConnectedNetwork_AndOnlyTheBackEndAllowsNetworkVirtualization()
    {
        var networks = Edge.Of("New-SCLogicalNetwork");
        Assert.Equal(new[] { "Network Virtualization", "External", "Infrastructure" }, networks.Select(c => c.Text("Name")));
        Assert.All(networks, c => Assert.Equal((false, false), ((bool)c["LogicalNetworkDefinitionIsolation"]!, (bool)c["IsPVLAN"]!)));
        Assert.Equal(new[] { true, false, false }, networks.Select(c => (bool)c["EnableNetworkVirtualization"]!));
        Assert.Equal(new[] { true, false, false }, networks.Select(c => (bool)c["UseGRE"]!));
    }

    [Fact]
    public void Edge_Pools_CarryTheReservedAndVipSets_GatewaysAndMetrics()
    {
        var infrastructure = Edge.Single("New-SCStaticIPAddressPool", c => c.Text("Name") == "Infra-Site Pool");
        Assert.Equal("192.168.10.50", infrastructure.Text("IPAddressReservedSet"));
        Assert.Equal(new object?[] { "192.168.10.5" }, infrastructure["DNSServer"]);
        Assert.Equal(("192.168.10.10", "192.168.10.99", "192.168.10.0/24"), (infrastructure.Text("IPAddressRangeStart"), infrastructure.Text("IPAddressRangeEnd"), infrastructure.Text("Subnet")));
        var external = Edge.Single("New-SCStaticIPAddressPool", c => c.Text("Name") == "External Pool");
        Assert.Equal("131.107.10.50-131.107.10.59", external.Text("VIPAddressSet"));
        Assert.False(external.Has("IPAddressReservedSet"));
        Assert.Equal(
            new (string?, string?)[] { ("10.10.0.1", "10"), ("131.107.10.1", "10"), ("192.168.10.1", "20") },
            Edge.Of("New-SCDefaultGateway").Select(c => (c.Text("IPAddress"), c.Text("Metric"))));
        Assert.Equal("12", Edge.Single("New-SCSubnetVLan", c => c.Text("Subnet") == "10.10.0.0/16").Text("VLanID"));
    }

    [Fact]
    public void Edge_SameNamedVmNetworks_AreMadeForExternalAndInfrastructureOnly()
    {
        var direct = Edge.Of("New-SCVMNetwork").Where(c => c.Text("IsolationType") == "NoIsolation").ToList();
        Assert.Equal(new[] { "External", "Infrastructure" }, direct.Select(c => c.Text("Name")));
        Assert.All(direct, c => Assert.Equal(c.Text("Name"), c.NameOf("LogicalNetwork")));
    }

    [Fact]
    public void Edge_LogicalSwitch_HasTheUplinkWithAllThreeSites()
    {
        var uplink = Edge.Single("New-SCNativeUplinkPortProfile");
        Assert.Equal(
            new[] { "NV-Site", "External-Site", "Infra-Site" },
            ((object?[])uplink["LogicalNetworkDefinition"]!).Select(o => ((System.Management.Automation.PSObject)o!).Properties["Name"].Value));
        var set = Edge.Single("New-SCUplinkPortProfileSet");
        Assert.Equal(("Gateway Switch", "Gateway Uplink"), (set.NameOf("LogicalSwitch"), set.NameOf("NativeUplinkPortProfile")));
    }

    [Fact]
    public void Edge_ServiceSettings_SetVmClusterStaticIpAddress_AndTheProductKeyUnderTheNameTheTemplateHas()
    {
        var settings = Edge.Of("Set-SCServiceSetting");
        Assert.Equal(new[] { "DomainUserRAA", "VMClusterStaticIPAddress", "@ProductKey@" }, settings.Select(c => c.NameOf("ServiceSetting")));
        Assert.Equal("192.168.10.50", settings[1].Text("Value"));
        // f.3: 'ProductKey' is asked for first, '@ProductKey@' (the only one this template has) second; the template is
        // asked before the configuration is made, the configuration afterwards.
        Assert.Equal(
            new[] { "DomainUserRAA", "VMClusterStaticIPAddress", "ProductKey", "@ProductKey@" },
            Edge.Of("Get-SCServiceSetting").Where(c => c.ParameterSet == "ServiceTemplate").Select(c => c.Text("Name")));
        Assert.Equal(
            new[] { "DomainUserRAA", "VMClusterStaticIPAddress", "ProductKey", "@ProductKey@" },
            Edge.Of("Get-SCServiceSetting").Where(c => c.ParameterSet == "ServiceConfiguration").Select(c => c.Text("Name")));
    }

    [Fact]
    public void Edge_Connections_UseTheSitesAndTheCapabilitiesAdapters()
    {
        var connections = Edge.Of("Add-SCNetworkConnection");
        Assert.Equal(
            new (string?, string?, string?)[] { ("FrontEnd", "External-Site", "Front End"), ("BackEnd", "NV-Site", "Back End") },
            connections.Select(c => (c.Text("ConnectionType"), c.NameOf("LogicalNetworkDefinition"), c.NameOf("NetworkAdapter"))));
        Assert.All(connections, c => Assert.Equal("AddNetworkServiceConnectionByLND", c.ParameterSet));
    }

    [Fact]
    public void Edge_VpnTenant_GetsBgpAnIPsecConnectionWithThePskAccount_ARouteAndItsPeer()
    {
        var network = Edge.Single("New-SCVMNetwork", c => c.Text("Name") == "Tenant-A");
        Assert.Equal(("IsolationType", "WindowsNetworkVirtualization", "Network Virtualization", "IPV4", "IPV4"), (network.ParameterSet, network.Text("IsolationType"), network.NameOf("LogicalNetwork"), network.Text("CAIPAddressPoolType"), network.Text("PAIPAddressPoolType")));
        var gateway = Edge.Single("Add-SCVMNetworkGateway", c => c.NameOf("VMNetwork") == "Tenant-A");
        Assert.Equal((true, "65010"), ((bool)gateway["EnableBGP"]!, gateway.Text("AutonomousSystemNumber")));
        var vpn = Edge.Single("Add-SCVPNConnection");
        Assert.Equal("IPSec", vpn.ParameterSet);
        Assert.Equal(("157.56.20.10", "PSKOnly", "Tenant-A PSK", "IKEv2"), (vpn.Text("TargetIPv4VPNAddress"), vpn.Text("AuthenticationMethod"), vpn.NameOf("Secret"), vpn.Text("Protocol")));
        Assert.Equal(("AES256", "SHA256"), (vpn.Text("EncryptionMethod"), vpn.Text("IntegrityCheckMethod")));
        Assert.False(vpn.Has("TargetIPv6VPNAddress") || vpn.Has("Certificate"));
        Assert.Equal("172.16.1.0/24", Edge.Single("Add-SCNetworkRoute").Text("IPSubnet"));
        var peer = Edge.Single("Add-SCBGPPeer");
        Assert.Equal(("172.16.1.1", "65020"), (peer.Text("PeerIPAddress"), peer.Text("PeerASN")));
        // The account holding the key existed, so no Run As account was made.
        Assert.Empty(Edge.Of("New-SCRunAsAccount"));
    }

    [Fact]
    public void Edge_NatTenant_GetsANatConnectionOnTheExternalPool_AndItsRule()
    {
        var gateway = Edge.Single("Add-SCVMNetworkGateway", c => c.NameOf("VMNetwork") == "Tenant-B");
        Assert.Equal(false, gateway["EnableBGP"]);
        Assert.False(gateway.Has("AutonomousSystemNumber"));
        var nat = Edge.Single("Add-SCNATConnection");
        Assert.Equal(("ByVMNetworkGateway", "External Pool"), (nat.ParameterSet, nat.NameOf("ExternalIPPool")));
        var rule = Edge.Single("Add-SCNATRule");
        Assert.Equal(("web", "TCP", "80", "10.2.0.10", "8080"), (rule.Text("Name"), rule.Text("Protocol"), rule.Text("ExternalPort"), rule.Text("InternalIPAddress"), rule.Text("InternalPort")));
    }

    [Fact]
    public void Forwarding_InfrastructureUsesDhcp_SoItHasNoPoolAndNoVmClusterStaticIpAddress()
    {
        Assert.Equal(true, Forwarding.Single("New-SCSubnetVLan", c => c.Text("Subnet") == "192.168.20.0/24")["SupportsDHCP"]);
        Assert.Equal(new[] { "NV-Site Pool", "External-Site Pool" }, Forwarding.Of("New-SCStaticIPAddressPool").Select(c => c.Text("Name")));
        Assert.Equal(new[] { "DomainUserRAA" }, Forwarding.Of("Set-SCServiceSetting").Select(c => c.NameOf("ServiceSetting")));
    }

    [Fact]
    public void Forwarding_EvaluationDeployment_SetsNoProductKey()
    {
        Assert.DoesNotContain(Forwarding.Of("Set-SCServiceSetting"), c => c.Has("SecureValue"));
    }

    [Fact]
    public void Forwarding_DirectRouting_IsTheGatewayConnectionAlone()
    {
        var gateway = Forwarding.Single("Add-SCVMNetworkGateway");
        Assert.Equal(("Datacenter-Bridge", false), (gateway.NameOf("VMNetwork"), (bool)gateway["EnableBGP"]!));
        Assert.Empty(Forwarding.Of("Add-SCVPNConnection"));
        Assert.Empty(Forwarding.Of("Add-SCNATConnection"));
        Assert.Empty(Forwarding.Of("New-SCLogicalSwitch"));
        Assert.Contains("DirectRoutingMode=True", Forwarding.Single("Add-SCNetworkService").Text("ConnectionString"), StringComparison.Ordinal);
    }

    [Fact]
    public void BothSamples_AddTheNetworkServiceWithTheGeneratedConnectionString()
    {
        Assert.Equal(ContosoGateway.ContosoEdge.ConnectionString, Edge.Single("Add-SCNetworkService").Text("ConnectionString"));
        Assert.Equal(ContosoForwardingGateway.ContosoForwarding.ConnectionString, Forwarding.Single("Add-SCNetworkService").Text("ConnectionString"));
    }

    [Fact]
    public void Variants_ProductKeyFromItsParameter_GoesToTheFirstSettingNameTheTemplateHas_AndServiceSettingAddsOne()
    {
        Assert.Equal(new[] { "DomainUserRAA", "VMClusterStaticIPAddress", "GatewayComputerName", "ProductKey" }, Variants.Of("Get-SCServiceSetting").Where(c => c.ParameterSet == "ServiceConfiguration").Select(c => c.Text("Name")));
        Assert.Equal("CONTOSO-VAR01", Variants.Single("Set-SCServiceSetting", c => c.NameOf("ServiceSetting") == "GatewayComputerName").Text("Value"));
        var key = Variants.Single("Set-SCServiceSetting", c => c.Has("SecureValue"));
        Assert.Equal(("ProductKey", RecordedCall.SecureStringMarker), (key.NameOf("ServiceSetting"), key.Text("SecureValue")));
    }

    [Fact]
    public void Variants_PreSharedKey_BecomesANewRunAsAccount_BeforeTheVpnUsesIt()
    {
        var calls = fixture.For(nameof(DeploySample.Variants)).First.Calls;
        var account = calls.First("New-SCRunAsAccount", c => c.Text("Name") == "Tenant-C PSK");
        var vpn = calls.First("Add-SCVPNConnection", c => c.Text("Name") == "Tenant-C VPN");
        Assert.True(account >= 0 && account < vpn);
        Assert.Equal(("Tenant-C PSK", "<PSCredential:Tenant-C PSK>", true), (calls[account].Text("Name"), calls[account].Text("Credential"), calls[account].Has("NoValidation")));
        Assert.Equal(("PSKOnly", "Tenant-C PSK", "157.56.30.10"), (calls[vpn].Text("AuthenticationMethod"), calls[vpn].NameOf("Secret"), calls[vpn].Text("TargetIPv4VPNAddress")));
        Assert.Equal(new[] { "172.16.3.0/24", "172.16.4.0/24" }, Variants.Of("Add-SCNetworkRoute").Where(c => c.NameOf("VPNConnection") == "Tenant-C VPN").Select(c => c.Text("IPSubnet")));
        Assert.Equal(new[] { "Tenant-C 10.3.0.0/24", "Tenant-C 10.3.1.0/24" }, Variants.Of("New-SCVMSubnet").Where(c => c.NameOf("VMNetwork") == "Tenant-C").Select(c => c.Text("Name")));
        Assert.Equal(false, Variants.Single("Add-SCVMNetworkGateway", c => c.NameOf("VMNetwork") == "Tenant-C")["EnableBGP"]);
    }

    [Fact]
    public void Variants_CertificateVpn_UsesTheCertificateFromTheFile_TheIPv6Endpoint_AndEveryIPsecSetting()
    {
        Assert.Equal(DeploySample.VariantsCertificateFile, Variants.Single("Get-SCCertificate").Text("Filename"));
        var vpn = Variants.Single("Add-SCVPNConnection", c => c.Text("Name") == "Tenant-D VPN");
        Assert.Equal(("MachineCertificates", "tenant-d.fabrikam.com", "2001:4898::10"), (vpn.Text("AuthenticationMethod"), vpn.NameOf("Certificate"), vpn.Text("TargetIPv6VPNAddress")));
        Assert.False(vpn.Has("TargetIPv4VPNAddress") || vpn.Has("Secret"));
        Assert.Equal(
            ("AES256", "SHA256", "AES256", "SHA256128", "PFS2048", "Group14"),
            (vpn.Text("EncryptionMethod"), vpn.Text("IntegrityCheckMethod"), vpn.Text("CipherTransformConstants"), vpn.Text("AuthenticationTransformConstants"), vpn.Text("PFSGroup"), vpn.Text("DHGroup")));
    }

    [Fact]
    public void Variants_Nat_OnAFixedExternalAddress_WithBothRules()
    {
        var nat = Variants.Single("Add-SCNATConnection");
        Assert.Equal("131.107.30.60", nat.Text("ExternalIPAddress"));
        Assert.False(nat.Has("ExternalIPPool"));
        Assert.Equal(
            new (string?, string?, string?)[] { ("ssh", "TCP", "2222"), ("dns", "UDP", "53") },
            Variants.Of("Add-SCNATRule").Select(c => (c.Text("Name"), c.Text("Protocol"), c.Text("ExternalPort"))));
    }

    /// <summary>Query helpers over one run's calls.</summary>
    private sealed class RecordedCallList(System.Collections.Generic.IReadOnlyList<RecordedCall> calls)
    {
        public System.Collections.Generic.IReadOnlyList<RecordedCall> Of(string cmdlet) => calls.Of(cmdlet);

        public RecordedCall Single(string cmdlet, Func<RecordedCall, bool>? where = null) =>
            Assert.Single(calls.Of(cmdlet), c => where is null || where(c));
    }
}
