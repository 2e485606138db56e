using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.NetworkService;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.NetworkService;

public sealed class GW1008NetworkServiceConnectionInvalidTests
{
    private const string Id = "GW1008";
    private const string FrontEndLocation = "NetworkService(\"Contoso Gateway\") › FrontEnd(site)";
    private const string BackEndLocation = "NetworkService(\"Contoso Gateway\") › BackEnd(site)";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Complete_small_definition_DoesNotTrigger() => ViolationAssert.DoesNotReport(Define(ns => ns.FrontEnd("External-Site").BackEnd("NV-Site")), Id);

    [Fact]
    public void Missing_front_end_connection_Triggers_at_the_network_service()
    {
        var violation = ViolationAssert.ReportsOnce(Define(ns => ns.BackEnd("NV-Site")), Id);

        Assert.StartsWith("The network service 'Contoso Gateway' has no front-end connection;", violation.Message);
        Assert.Contains("FrontEnd(\"External-Site\")", violation.Message);
        Assert.Equal("NetworkService(\"Contoso Gateway\")", violation.Location);
        Assert.Equal(GatewaySeverity.Error, violation.Severity);
    }

    [Fact]
    public void Missing_back_end_connection_Triggers_at_the_network_service()
    {
        var violation = ViolationAssert.ReportsOnce(Define(ns => ns.FrontEnd("External-Site")), Id);

        Assert.StartsWith("The network service 'Contoso Gateway' has no back-end connection;", violation.Message);
        Assert.Contains("BackEnd(\"NV-Site\")", violation.Message);
        Assert.Equal("NetworkService(\"Contoso Gateway\")", violation.Location);
    }

    [Fact]
    public void Both_connections_missing_Trigger_twice() =>
        Assert.Equal(2, ViolationAssert.Reports(Define(ns => ns.HostGroups("All Hosts\\Edge")), Id).Count);

    [Fact]
    public void Missing_connection_without_a_suitable_site_gives_no_example()
    {
        var definition = Gateway.Named("CONTOSO-GW01").NetworkService("Contoso Gateway", ns => ns.BackEnd("NV-Site"));

        var violation = Assert.Single(ViolationAssert.Reports(definition, Id), v => v.Message.Contains("front-end"));

        Assert.EndsWith("a site of the External logical network that has a static IP pool.", violation.Message);
    }

    [Fact]
    public void Front_end_site_that_does_not_exist_Triggers_at_the_site_argument()
    {
        var violation = ViolationAssert.ReportsOnce(Define(ns => ns.FrontEnd("Extrenal-Site").BackEnd("NV-Site")), Id);

        Assert.Equal("The front-end connection's site 'Extrenal-Site' does not exist. Use a site of the External logical network that has a static IP pool, e.g. 'External-Site'.", violation.Message);
        Assert.Equal(FrontEndLocation, violation.Location);
    }

    [Fact]
    public void Front_end_site_of_the_Infrastructure_network_Triggers()
    {
        var violation = ViolationAssert.ReportsOnce(Define(ns => ns.FrontEnd("Infra-Site").BackEnd("NV-Site")), Id);

        Assert.Contains("'Infra-Site' belongs to the Infrastructure logical network 'Infrastructure'", violation.Message);
        Assert.Contains("needs a site of the External logical network, e.g. 'External-Site'", violation.Message);
        Assert.Equal(FrontEndLocation, violation.Location);
    }

    [Fact]
    public void Back_end_site_of_the_External_network_Triggers()
    {
        var violation = ViolationAssert.ReportsOnce(Define(ns => ns.FrontEnd("External-Site").BackEnd("External-Site")), Id);

        Assert.Contains("The back-end connection's site 'External-Site' belongs to the External logical network 'External'", violation.Message);
        Assert.Contains("network-virtualization logical network, e.g. 'NV-Site'", violation.Message);
        Assert.Equal(BackEndLocation, violation.Location);
    }

    [Fact]
    public void Front_end_site_without_a_static_pool_Triggers()
    {
        var violation = ViolationAssert.ReportsOnce(Define(ns => ns.FrontEnd("External-Dhcp").BackEnd("NV-Site")), Id);

        Assert.StartsWith("The front-end connection's site 'External-Dhcp' uses DHCP and has no static IP pool;", violation.Message);
        Assert.Contains("Add StaticPool(...) to the site.", violation.Message);
        Assert.Equal(FrontEndLocation, violation.Location);
    }

    [Fact]
    public void Back_end_site_without_a_static_pool_Triggers()
    {
        var violation = ViolationAssert.ReportsOnce(Define(ns => ns.FrontEnd("External-Site").BackEnd("NV-Empty")), Id);

        Assert.StartsWith("The back-end connection's site 'NV-Empty' has no static IP pool;", violation.Message);
        Assert.Equal(BackEndLocation, violation.Location);
    }

    [Fact]
    public void Site_names_are_compared_without_case() =>
        ViolationAssert.DoesNotReport(Define(ns => ns.FrontEnd("external-site").BackEnd("NV-SITE")), Id);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Null_or_empty_site_Triggers_as_a_site_that_does_not_exist(string? site)
    {
        var violation = ViolationAssert.ReportsOnce(Define(ns => ns.FrontEnd(site!).BackEnd("NV-Site")), Id);

        Assert.StartsWith("The front-end connection's site '' does not exist.", violation.Message);
    }

    [Fact]
    public void No_network_service_DoesNotTrigger_because_GW0004_reports_it() =>
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01"), Id);

    [Fact]
    public void Unknown_site_DoesNotTrigger()
    {
        var unknown = new Setting<string?>(null, 3, "site", IsKnown: false);
        var spec = new GatewaySpec
        {
            RootStepId = 1,
            NetworkService = new NetworkServiceSpec(2, new Setting<string?>("Svc", 2, "name"), null, default, unknown, unknown, null),
        };

        Assert.Empty(new NetworkServiceConnectionInvalidRule().Check(spec));
    }

    /// <summary>Sites of all three networks, some without a pool, and a network service configured by <paramref name="networkService"/>.</summary>
    private static GatewayDefinition Define(System.Action<NetworkServiceBuilder> networkService) =>
        Gateway.Named("CONTOSO-GW01")
            .NetworkVirtualization("Network Virtualization", n => n
                .Site("NV-Empty", "All Hosts\\Edge", s => s.Subnet("10.11.0.0/16"))
                .Site("NV-Site", "All Hosts\\Edge", s => s.Subnet("10.10.0.0/16").StaticPool("10.10.0.10", "10.10.255.200", "10.10.0.1", 10)))
            .External("External", n => n
                .Site("External-Dhcp", "All Hosts\\Edge", s => s.Subnet("131.107.11.0/24").UsesDhcp())
                .Site("External-Site", "All Hosts\\Edge", s => s.Subnet("131.107.10.0/24").StaticPool("131.107.10.10", "131.107.10.99", "131.107.10.1", 10)))
            .Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts\\Edge", s => s.Subnet("192.168.10.0/24").StaticPool("192.168.10.10", "192.168.10.99", "192.168.10.1", 20)))
            .NetworkService("Contoso Gateway", networkService);
}
