using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.NetworkService;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.NetworkService;

public sealed class GW1005FrontEndAddressOutsideSubnetTests
{
    private const string Id = "GW1005";

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Address_outside_the_front_end_site_Triggers_a_warning()
    {
        var violation = ViolationAssert.ReportsOnce(TestGateways.Forwarding().FrontEndServerAddress("192.168.20.5"), Id);

        Assert.Equal(GatewaySeverity.Warning, violation.Severity);
        Assert.StartsWith("FrontEndServerAddress '192.168.20.5' is not inside the subnet of the front-end site 'External-Site' (131.107.20.0/24).", violation.Message);
        Assert.Equal("FrontEndServerAddress(address)", violation.Location);
    }

    [Theory]
    [InlineData("131.107.20.0")]
    [InlineData("131.107.20.5")]
    [InlineData("131.107.20.255")]
    public void Address_inside_the_front_end_subnet_DoesNotTrigger(string address) =>
        ViolationAssert.DoesNotReport(TestGateways.Forwarding().FrontEndServerAddress(address), Id);

    [Theory]
    [InlineData("131.107.19.255")]
    [InlineData("131.107.21.0")]
    public void Address_just_outside_the_front_end_subnet_Triggers(string address) =>
        ViolationAssert.ReportsOnce(TestGateways.Forwarding().FrontEndServerAddress(address), Id);

    [Fact]
    public void Address_in_a_second_subnet_of_the_front_end_site_DoesNotTrigger()
    {
        var definition = TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.30.0/24")).FrontEndServerAddress("131.107.30.5");

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Address_outside_every_subnet_of_the_front_end_site_names_them_all()
    {
        var definition = TestGateways.NonForwarding(externalSite: s => s.Subnet("131.107.30.0/24")).FrontEndServerAddress("131.107.40.5");

        var violation = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("'External-Site' (131.107.10.0/24, 131.107.30.0/24)", violation.Message);
    }

    [Fact]
    public void Address_in_another_External_site_than_the_front_end_site_Triggers()
    {
        var definition = Define(frontEnd: "Ext-A", address: "131.107.2.5");

        var violation = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("front-end site 'Ext-A' (131.107.1.0/24)", violation.Message);
    }

    [Fact]
    public void Without_a_front_end_connection_any_External_site_counts()
    {
        ViolationAssert.DoesNotReport(Define(frontEnd: null, address: "131.107.2.5"), Id);

        var violation = ViolationAssert.ReportsOnce(Define(frontEnd: null, address: "131.107.3.5"), Id);
        Assert.Contains("not inside any subnet of the External network's sites 'Ext-A' (131.107.1.0/24), 'Ext-B' (131.107.2.0/24)", violation.Message);
    }

    [Theory]
    [InlineData("Infra-Site")]
    [InlineData("No-Such-Site")]
    public void Front_end_connection_to_a_non_External_or_missing_site_falls_back_to_all_External_sites(string frontEnd)
    {
        ViolationAssert.DoesNotReport(Define(frontEnd, address: "131.107.2.5"), Id);
        ViolationAssert.ReportsOnce(Define(frontEnd, address: "192.168.1.5"), Id);
    }

    [Fact]
    public void IPv6_address_with_IPv4_front_end_subnet_Triggers() =>
        ViolationAssert.ReportsOnce(TestGateways.Forwarding().FrontEndServerAddress("2001:db8::5"), Id);

    [Theory]
    [InlineData("131.107.20")]
    [InlineData("")]
    [InlineData(null)]
    public void Address_that_does_not_parse_DoesNotTrigger(string? address) =>
        ViolationAssert.DoesNotReport(TestGateways.Forwarding().FrontEndServerAddress(address!), Id);

    [Fact]
    public void No_External_subnet_to_compare_with_DoesNotTrigger()
    {
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-FWD01").FrontEndServerAddress("10.0.0.5"), Id);
        ViolationAssert.DoesNotReport(
            Gateway.Named("CONTOSO-FWD01").FrontEndServerAddress("10.0.0.5").External("External", n => n.Site("Ext", "All Hosts", s => s.Subnet("not-a-subnet"))),
            Id);
    }

    [Fact]
    public void Invalid_subnet_is_ignored_when_a_valid_one_exists()
    {
        var definition = Gateway.Named("CONTOSO-FWD01")
            .FrontEndServerAddress("10.0.0.5")
            .External("External", n => n.Site("Ext", "All Hosts", s => s.Subnet("131.107.20.0/33").Subnet("131.107.20.0/24")));

        var violation = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("'Ext' (131.107.20.0/24)", violation.Message);
    }

    [Fact]
    public void Unknown_front_end_site_or_subnet_DoesNotTrigger()
    {
        var address = new Setting<string?>("10.0.0.5", 2, "address");
        var knownSubnet = new SubnetSpec(5, new Setting<string?>("131.107.20.0/24", 5, "cidr"), new Setting<long>(0, 5, "vlan"));
        var unknownSubnet = new SubnetSpec(6, new Setting<string?>(null, 6, "cidr", IsKnown: false), new Setting<long>(0, 6, "vlan"));
        GatewaySpec Spec(SubnetSpec subnet, Setting<string?>? frontEnd) => new()
        {
            RootStepId = 1,
            FrontEndServerAddress = address,
            LogicalNetworks = EquatableArray.Create(new LogicalNetworkSpec(
                3,
                NetworkRole.External,
                new Setting<string?>("External", 3, "name"),
                null,
                EquatableArray.Create(new NetworkSiteSpec(4, new Setting<string?>("Ext", 4, "name"), default, EquatableArray.Create(subnet), default, null)))),
            NetworkService = new NetworkServiceSpec(7, new Setting<string?>("Svc", 7, "name"), null, default, frontEnd, null, null),
        };

        var rule = new FrontEndAddressOutsideSubnetRule();
        Assert.Single(rule.Check(Spec(knownSubnet, null)));
        Assert.Empty(rule.Check(Spec(unknownSubnet, null)));
        Assert.Empty(rule.Check(Spec(knownSubnet, new Setting<string?>(null, 8, "site", IsKnown: false))));
    }

    /// <summary>Two External sites (131.107.1.0/24 and 131.107.2.0/24), an Infrastructure site, and a network service.</summary>
    private static GatewayDefinition Define(string? frontEnd, string address) =>
        Gateway.Named("CONTOSO-GW01")
            .FrontEndServerAddress(address)
            .External("External", n => n
                .Site("Ext-A", "All Hosts\\Edge", s => s.Subnet("131.107.1.0/24").StaticPool("131.107.1.10", "131.107.1.99", "131.107.1.1", 10))
                .Site("Ext-B", "All Hosts\\Edge", s => s.Subnet("131.107.2.0/24").StaticPool("131.107.2.10", "131.107.2.99", "131.107.2.1", 10)))
            .Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts\\Edge", s => s.Subnet("192.168.1.0/24").UsesDhcp()))
            .NetworkService("Contoso Gateway", ns =>
            {
                ns.HostGroups("All Hosts\\Edge");
                if (frontEnd is not null)
                {
                    ns.FrontEnd(frontEnd);
                }
            });
}
