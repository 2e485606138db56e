using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Steps;
using GatewayDsl.Core.Validation;
using GatewayDsl.Tests.Infrastructure;
using Xunit;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Tests.Rules.Networking;

public sealed class GW2007InvalidAddressSyntaxTests
{
    private const string Id = "GW2007";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Site_subnet_with_prefix_over_32_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(nvSite: s => s.Subnet("10.11.0.0/33", vlan: 13)), Id);

        Assert.Contains("Subnet '10.11.0.0/33' of network site 'NV-Site'", v.Message);
        Assert.Contains("the prefix length '33' is out of range; it must be from 0 to 32", v.Message);
        Assert.Contains("Site(\"NV-Site\")", v.Location);
        Assert.EndsWith("Subnet(cidr)", v.Location);
        Assert.Equal(GatewaySeverity.Error, v.Severity);
    }

    [Fact]
    public void Site_subnet_with_host_bits_set_Triggers_and_proposes_the_network()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(infraSite: s => s.Subnet("192.168.11.5/24")), Id);

        Assert.Contains("'192.168.11.5/24'", v.Message);
        Assert.Contains("did you mean 192.168.11.0/24?", v.Message);
    }

    [Fact]
    public void Site_subnet_without_prefix_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.11.0")), Id);

        Assert.Contains("'131.107.11.0'", v.Message);
        Assert.Contains("the '/prefix' part is missing", v.Message);
    }

    [Fact]
    public void Pool_range_end_with_octet_over_255_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.11.0/24").StaticPool("131.107.11.10", "131.107.11.999", "131.107.11.1", 10)),
            Id);

        Assert.Contains("Range end '131.107.11.999' of static pool 'External-Site Pool' in network site 'External-Site'", v.Message);
        Assert.Contains("greater than 255", v.Message);
        Assert.EndsWith("StaticPool(rangeEnd)", v.Location);
    }

    [Fact]
    public void Pool_gateway_with_three_parts_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.11.0/24").StaticPool("131.107.11.10", "131.107.11.99", "131.107.11", 10)),
            Id);

        Assert.Contains("Default gateway '131.107.11'", v.Message);
        Assert.EndsWith("StaticPool(gateway)", v.Location);
    }

    [Fact]
    public void Pool_range_start_with_leading_zero_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.11.0/24").StaticPool("131.107.11.010", "131.107.11.99", "131.107.11.1", 10)),
            Id);

        Assert.Contains("Range start '131.107.11.010'", v.Message);
        Assert.Contains("leading zero", v.Message);
        Assert.EndsWith("StaticPool(rangeStart)", v.Location);
    }

    [Fact]
    public void Reserved_item_points_at_its_index_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(infraPool: p => p.Reserve("192.168.10.60", "192.168.10.70-192.168.10")), Id);

        Assert.Contains("Reserved address '192.168.10.70-192.168.10' of static pool 'Infra-Site Pool'", v.Message);
        Assert.Contains("'192.168.10' is not a valid IPv4 address", v.Message);
        Assert.EndsWith("Reserve(addresses[1])", v.Location);
        Assert.Contains("StaticPool(\"192.168.10.10\")", v.Location);
    }

    [Fact]
    public void Reserved_range_written_backwards_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(infraPool: p => p.Reserve("192.168.10.70-192.168.10.60")), Id);

        Assert.Contains("starts after it ends; did you mean 192.168.10.60-192.168.10.70?", v.Message);
    }

    [Fact]
    public void Reserved_item_holding_a_comma_separated_list_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(infraPool: p => p.Reserve("192.168.10.60-192.168.10.65, 192.168.10.70")), Id);

        Assert.Contains("'192.168.10.60-192.168.10.65, 192.168.10.70'", v.Message);
        Assert.Contains("pass each address or range as its own argument", v.Message);
    }

    [Fact]
    public void Reserved_ranges_with_blanks_around_the_dash_DoNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(infraPool: p => p.Reserve("192.168.10.60 - 192.168.10.65", "192.168.10.70")), Id);

    [Fact]
    public void Vip_item_with_bad_end_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.11.0/24").StaticPool("131.107.11.10", "131.107.11.99", "131.107.11.1", 10, p => p.Vips("131.107.11.50-131.107.11.5x"))),
            Id);

        Assert.Contains("VIP address '131.107.11.50-131.107.11.5x'", v.Message);
        Assert.EndsWith("Vips(addresses[0])", v.Location);
    }

    [Fact]
    public void Dns_server_given_as_a_host_name_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(infraPool: p => p.DnsServers("192.168.10.5", "dc01.contoso.com")), Id);

        Assert.Contains("DNS server 'dc01.contoso.com'", v.Message);
        Assert.EndsWith("DnsServers(addresses[1])", v.Location);
    }

    [Fact]
    public void VmClusterStaticIpAddress_with_octet_over_255_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(template: t => t.VmClusterStaticIpAddress("192.168.10.500")), Id);

        Assert.Contains("VMClusterStaticIPAddress '192.168.10.500'", v.Message);
        Assert.EndsWith("VmClusterStaticIpAddress(address)", v.Location);
    }

    [Fact]
    public void Empty_VmClusterStaticIpAddress_DoesNotTrigger_because_GW2005_reports_it_missing() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(template: t => t.VmClusterStaticIpAddress("")), Id);

    [Fact]
    public void Vpn_remote_endpoint_with_three_parts_Triggers()
    {
        var definition = TestGateways.NonForwarding().VmNetwork("Tenant-C", v => v
            .Subnet("10.3.0.0/24")
            .SiteToSiteVpn("157.56.20", s => s.RemoteSubnets("172.16.3.0/24").PreSharedKey("Tenant-C PSK")));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("Remote VPN endpoint '157.56.20' of VM network 'Tenant-C'", v.Message);
        Assert.Contains("VmNetwork(\"Tenant-C\")", v.Location);
        Assert.EndsWith("SiteToSiteVpn(remoteEndpoint)", v.Location);
    }

    [Fact]
    public void Blank_vpn_remote_endpoint_DoesNotTrigger_because_GW5004_reports_it_missing() =>
        ViolationAssert.DoesNotReport(
            TestGateways.NonForwarding().VmNetwork("Tenant-C", v => v.Subnet("10.3.0.0/24").SiteToSiteVpn(" ", s => s.RemoteSubnets("172.16.3.0/24"))),
            Id);

    [Fact]
    public void Remote_subnet_without_prefix_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(vpn: s => s.RemoteSubnets("172.16.2.0")), Id);

        Assert.Contains("Remote subnet '172.16.2.0' of VM network 'Tenant-A'", v.Message);
        Assert.EndsWith("RemoteSubnets(cidrs[0])", v.Location);
    }

    [Fact]
    public void Bgp_peer_address_with_octet_over_255_Triggers()
    {
        var definition = TestGateways.NonForwarding().VmNetwork("Tenant-C", v => v
            .Subnet("10.3.0.0/24")
            .SiteToSiteVpn("157.56.20.30", s => s.RemoteSubnets("172.16.3.0/24").PreSharedKey("Tenant-C PSK").Bgp(65030, b => b.Peer("172.16.3.256", 65040))));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("BGP peer address '172.16.3.256' of VM network 'Tenant-C'", v.Message);
        Assert.EndsWith("Peer(address)", v.Location);
    }

    [Fact]
    public void Empty_bgp_peer_address_DoesNotTrigger_because_GW5005_reports_it_missing()
    {
        var definition = TestGateways.NonForwarding().VmNetwork("Tenant-C", v => v
            .Subnet("10.3.0.0/24")
            .SiteToSiteVpn("157.56.20.30", s => s.RemoteSubnets("172.16.3.0/24").Bgp(65030, b => b.Peer("", 65040))));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Nat_external_address_with_three_parts_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(nat: n => n.ExternalAddress("131.107.10")), Id);

        Assert.Contains("NAT external address '131.107.10' of VM network 'Tenant-B'", v.Message);
        Assert.EndsWith("ExternalAddress(address)", v.Location);
    }

    [Fact]
    public void Nat_rule_internal_address_with_three_parts_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(nat: n => n.Rule("ssh", NatProtocol.TCP, 22, "10.2.0", 22)), Id);

        Assert.Contains("Internal address '10.2.0' of NAT rule 'ssh' of VM network 'Tenant-B'", v.Message);
        Assert.EndsWith("Rule(internalAddress)", v.Location);
    }

    [Fact]
    public void Vm_network_subnet_with_host_bits_set_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.Forwarding(vmNetwork: n => n.Subnet("10.50.1.1/24")), Id);

        Assert.Contains("Subnet '10.50.1.1/24' of VM network 'Datacenter-Bridge'", v.Message);
        Assert.Contains("did you mean 10.50.1.0/24?", v.Message);
        Assert.Contains("VmNetwork(\"Datacenter-Bridge\")", v.Location);
    }

    [Fact]
    public void Invalid_FrontEndServerAddress_DoesNotTrigger_because_GW1004_owns_it() =>
        ViolationAssert.DoesNotReport(TestGateways.Forwarding().FrontEndServerAddress("131.107.20"), Id);

    [Fact]
    public void Invalid_VpnServerAddress_DoesNotTrigger_because_GW1004_owns_it() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().VpnServerAddress("not-an-address"), Id);

    [Fact]
    public void IPv6_subnet_pool_and_ranges_DoNotTrigger() =>
        ViolationAssert.DoesNotReport(
            TestGateways.NonForwarding(nvSite: s => s
                .Subnet("2001:db8:10::/64", vlan: 14)
                .StaticPool("2001:db8:10::10", "2001:db8:10::ff", "2001:db8:10::1", 10, p => p.Reserve("2001:db8:10::20-2001:db8:10::2f").DnsServers("2001:db8:10::5"))),
            Id);

    [Fact]
    public void Address_with_zone_id_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(infraPool: p => p.DnsServers("fe80::1%eth0")), Id);

        Assert.Contains("'fe80::1%eth0'", v.Message);
    }

    [Fact]
    public void Null_and_empty_values_Trigger_without_exception()
    {
        var definition = TestGateways.NonForwarding(
            nvSite: s => s.Subnet(null!).Subnet(""),
            infraPool: p => p.Reserve(null!, "").DnsServers(""));

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(5, violations.Count);
        Assert.Contains(violations, v => v.Message.StartsWith("Subnet (null) of network site 'NV-Site'") && v.Message.Contains("The subnet is empty"));
        Assert.Contains(violations, v => v.Message.StartsWith("Subnet '' of network site 'NV-Site'"));
        Assert.Contains(violations, v => v.Message.StartsWith("Reserved address (null)") && v.Location.EndsWith("Reserve(addresses[0])"));
        Assert.Contains(violations, v => v.Message.StartsWith("Reserved address ''") && v.Location.EndsWith("Reserve(addresses[1])"));
        Assert.Contains(violations, v => v.Message.StartsWith("DNS server ''") && v.Message.Contains("The IP address is empty"));
    }

    [Fact]
    public void Null_pool_addresses_Trigger_without_exception()
    {
        var definition = TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.11.0/24").StaticPool(null!, null!, null!, 10));

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(3, violations.Count);
        Assert.Single(violations, v => v.Location.EndsWith("StaticPool(rangeStart)") && v.Message.StartsWith("Range start (null)") && v.Message.Contains("The IP address is empty"));
        Assert.Single(violations, v => v.Location.EndsWith("StaticPool(rangeEnd)") && v.Message.StartsWith("Range end (null)"));
        Assert.Single(violations, v => v.Location.EndsWith("StaticPool(gateway)") && v.Message.StartsWith("Default gateway (null)"));
    }

    [Fact]
    public void Unknown_values_DoNotTrigger()
    {
        // A value the build-time evaluator could not compute (GW0001) must not also be called invalid.
        var steps = new[]
        {
            Step(1, S.Named.Method, Text(S.Named.Name, "GW01")),
            Step(2, S.LogicalNetwork.External, Text(S.LogicalNetwork.Name, "External"), Lambda(
                S.LogicalNetwork.Configure,
                Step(3, S.Site.Method, Text(S.Site.Name, "External-Site"), Text(S.Site.HostGroup, "All Hosts"), Lambda(
                    S.Site.Configure,
                    Step(4, S.Subnet.Method, Unknown(S.Subnet.Cidr)),
                    Step(5, S.StaticPool.Method, Unknown(S.StaticPool.RangeStart), Unknown(S.StaticPool.RangeEnd), Unknown(S.StaticPool.Gateway), Lambda(
                        S.StaticPool.Configure,
                        Step(6, S.Reserve.Method, new StepArgument(S.Reserve.Addresses, StepValue.ArrayOf(new[] { StepValue.Unknown }))))))))),
            Step(7, S.VmNetwork.Method, Text(S.VmNetwork.Name, "Tenant-A"), Lambda(
                S.VmNetwork.Configure,
                Step(8, S.Subnet.Method, Unknown(S.Subnet.Cidr)),
                Step(9, S.SiteToSiteVpn.Method, Unknown(S.SiteToSiteVpn.RemoteEndpoint)))),
        };

        var violations = GatewayValidator.Validate(steps).Violations;

        Assert.DoesNotContain(violations, v => v.RuleId == Id);
    }

    private static Step Step(int id, string method, params StepArgument[] arguments) => new(id, method, arguments.ToEquatableArray());

    private static StepArgument Text(string parameter, string? value) => new(parameter, StepValue.Of(value));

    private static StepArgument Unknown(string parameter) => new(parameter, StepValue.Unknown);

    private static StepArgument Lambda(string parameter, params Step[] steps) => new(parameter, StepValue.ScopeOf(steps));
}
