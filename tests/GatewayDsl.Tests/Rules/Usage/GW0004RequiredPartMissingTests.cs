using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.Usage;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Usage;

public sealed class GW0004RequiredPartMissingTests
{
    private const string Id = "GW0004";
    private const string LibraryCall = @"Library(""\\lib01.contoso.com\MSSCVMMLibrary"")";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Complete_definition_DoesNotTrigger() => ViolationAssert.DoesNotReport(Complete(omit: null), Id);

    [Theory]
    [InlineData("InDomain", "has no domain")]
    [InlineData("OnHostCluster", "has no host cluster")]
    [InlineData("GatewayVm", "has no gateway VM")]
    [InlineData("BackendSwitch", "has no back-end switch")]
    [InlineData("Library", "has no library")]
    [InlineData("ServiceTemplate", "has no service template")]
    [InlineData("NetworkService", "has no network service")]
    public void Missing_root_part_Triggers_once_at_the_root_call(string method, string part)
    {
        var violation = ViolationAssert.ReportsOnce(Complete(omit: method), Id);

        Assert.Contains(part, violation.Message);
        Assert.Contains($"Call {method}(...)", violation.Message);
        Assert.Equal("Named(\"CONTOSO-GW01\")", violation.Location);
        Assert.Equal(GatewaySeverity.Error, violation.Severity);
    }

    [Theory]
    [InlineData("Nodes", "The host cluster 'GatewayHost1.contoso.com' has no nodes", "OnHostCluster(\"GatewayHost1.contoso.com\")")]
    [InlineData("NetworkAdapters", "The host cluster 'GatewayHost1.contoso.com' does not say how many network adapters", "OnHostCluster(\"GatewayHost1.contoso.com\")")]
    [InlineData("HostGroup", "The host cluster 'GatewayHost1.contoso.com' has no host group", "OnHostCluster(\"GatewayHost1.contoso.com\")")]
    [InlineData("OsDisk", "The library has no OS disk", LibraryCall)]
    [InlineData("CsvDisk", "The library has no CSV disk", LibraryCall)]
    [InlineData("QuorumDisk", "The library has no quorum disk", LibraryCall)]
    [InlineData("HostGroups", "The network service 'Contoso Gateway' has no host groups", "NetworkService(\"Contoso Gateway\")")]
    public void Missing_nested_part_Triggers_once_at_the_enclosing_call(string method, string message, string location)
    {
        var violation = ViolationAssert.ReportsOnce(Complete(omit: method), Id);

        Assert.StartsWith(message, violation.Message);
        Assert.Contains($"Call {method}(...)", violation.Message);
        Assert.Equal(location, violation.Location);
    }

    [Fact]
    public void Bare_definition_Triggers_once_for_each_root_part()
    {
        var violations = ViolationAssert.Reports(Gateway.Named("CONTOSO-GW01"), Id);

        Assert.Equal(7, violations.Count);
        Assert.All(violations, v => Assert.Equal("Named(\"CONTOSO-GW01\")", v.Location));
        foreach (var method in new[] { "InDomain", "OnHostCluster", "GatewayVm", "BackendSwitch", "Library", "ServiceTemplate", "NetworkService" })
        {
            Assert.Single(violations, v => v.Message.Contains($"Call {method}(...)"));
        }
    }

    [Fact]
    public void Empty_scopes_Trigger_for_each_nested_part()
    {
        var definition = Complete(omit: null)
            .OnHostCluster("GatewayHost1.contoso.com", c => { })
            .Library("\\\\lib01.contoso.com\\MSSCVMMLibrary", l => { });

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(6, violations.Count);
        Assert.Equal(3, violations.Count(v => v.Location == "OnHostCluster(\"GatewayHost1.contoso.com\")"));
        Assert.Equal(3, violations.Count(v => v.Location == LibraryCall));
    }

    [Fact]
    public void Empty_HostGroups_call_Triggers_and_suggests_the_host_groups_of_the_connected_sites()
    {
        var definition = Complete(omit: "HostGroups", networkService: ns => ns.HostGroups());

        var violation = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("has no host groups", violation.Message);
        Assert.Contains("HostGroups(\"All Hosts\\\\Edge\", \"All Hosts\\\\Backend\")", violation.Message);
    }

    [Fact]
    public void Missing_host_groups_suggest_the_host_cluster_group_when_no_site_is_connected()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .OnHostCluster("GatewayHost1.contoso.com", c => c.HostGroup("All Hosts\\Datacenter"))
            .NetworkService("Contoso Gateway", ns => ns.Description("no host groups"));

        var violation = Assert.Single(ViolationAssert.Reports(definition, Id), v => v.Location == "NetworkService(\"Contoso Gateway\")");

        Assert.Contains("HostGroups(\"All Hosts\\\\Datacenter\")", violation.Message);
    }

    [Fact]
    public void Parts_owned_by_other_rules_DoNotTrigger()
    {
        // No logical networks (GW2001), no Scale-Out File Server (GW4004), no Run As accounts (GW3006), no product key
        // (GW4005), no front-end or back-end connection (GW1008), forwarding without FrontEndServerAddress (GW1001).
        var definition = Gateway.Named("CONTOSO-GW01")
            .InDomain("contoso.com")
            .OnHostCluster("GatewayHost1.contoso.com", c => c.Nodes("HV01.contoso.com", "HV02.contoso.com").NetworkAdapters(3).HostGroup("All Hosts\\Edge"))
            .GatewayVm("GatewayVM1.contoso.com")
            .BackendSwitch("VirtualSwitch1")
            .DirectRoutingMode()
            .Library("\\\\lib01.contoso.com\\MSSCVMMLibrary", l => l.OsDisk("WS2016-Datacenter.vhdx").CsvDisk("Gateway-CSV.vhdx").QuorumDisk("Gateway-Quorum.vhdx"))
            .ServiceTemplate(GatewayTemplate.ThreeNic, t => { })
            .NetworkService("Contoso Gateway", ns => ns.HostGroups("All Hosts\\Edge"));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Parts_given_with_null_values_DoNotTrigger()
    {
        // A part given with a null value is present; the rules about those values (GW3004, GW1003, GW4003...) report it.
        var definition = Gateway.Named(null!)
            .InDomain(null!)
            .OnHostCluster(null!, c => c.Nodes(null!, null!).NetworkAdapters(0).HostGroup(null!))
            .GatewayVm(null!)
            .BackendSwitch(null!)
            .Library(null!, l => l.OsDisk(null!).CsvDisk(null!).QuorumDisk(null!))
            .ServiceTemplate(GatewayTemplate.TwoNic, t => { })
            .NetworkService(null!, ns => ns.HostGroups((string)null!));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Unnamed_host_cluster_is_described_without_a_name()
    {
        var definition = Complete(omit: null).OnHostCluster(string.Empty, c => c.NetworkAdapters(3).HostGroup("All Hosts\\Edge"));

        var violation = ViolationAssert.ReportsOnce(definition, Id);

        Assert.StartsWith("The host cluster has no nodes.", violation.Message);
    }

    [Fact]
    public void Unknown_values_DoNotTrigger()
    {
        // Values the build-time evaluator could not compute are still parts that were given (GW0001 reports them).
        var unknown = new Setting<string?>(null, 2, "fqdn", IsKnown: false);
        var spec = new GatewaySpec
        {
            RootStepId = 1,
            Domain = unknown,
            HostCluster = new HostClusterSpec(3, unknown, new(default, 4, "fqdns", IsKnown: false), new(0, 5, "perNode", IsKnown: false), unknown),
            GatewayVm = unknown,
            BackendSwitch = unknown,
            Library = new LibrarySpec(6, unknown, unknown, unknown, unknown),
            ServiceTemplate = new ServiceTemplateSpec(7, unknown, null, null, null, default),
            NetworkService = new NetworkServiceSpec(8, unknown, null, EquatableArray.Create(unknown), null, null, null),
        };

        Assert.Empty(new RequiredPartMissingRule().Check(spec));
    }

    /// <summary>A definition with every part GW0004 checks, except <paramref name="omit"/> (a builder method name).</summary>
    private static GatewayDefinition Complete(string? omit, System.Action<NetworkServiceBuilder>? networkService = null)
    {
        var definition = Gateway.Named("CONTOSO-GW01");
        if (omit != "InDomain")
        {
            definition.InDomain("contoso.com");
        }

        if (omit != "OnHostCluster")
        {
            definition.OnHostCluster("GatewayHost1.contoso.com", c =>
            {
                if (omit != "Nodes")
                {
                    c.Nodes("HV01.contoso.com", "HV02.contoso.com");
                }

                if (omit != "NetworkAdapters")
                {
                    c.NetworkAdapters(3);
                }

                if (omit != "HostGroup")
                {
                    c.HostGroup("All Hosts\\Edge");
                }
            });
        }

        if (omit != "GatewayVm")
        {
            definition.GatewayVm("GatewayVM1.contoso.com");
        }

        if (omit != "BackendSwitch")
        {
            definition.BackendSwitch("VirtualSwitch1");
        }

        definition
            .NetworkVirtualization("Network Virtualization", n => n.Site("NV-Site", "All Hosts\\Backend", s => s.Subnet("10.10.0.0/16").StaticPool("10.10.0.10", "10.10.255.200", "10.10.0.1", 10)))
            .External("External", n => n.Site("External-Site", "All Hosts\\Edge", s => s.Subnet("131.107.10.0/24").StaticPool("131.107.10.10", "131.107.10.99", "131.107.10.1", 10)));

        if (omit != "Library")
        {
            definition.Library("\\\\lib01.contoso.com\\MSSCVMMLibrary", l =>
            {
                if (omit != "OsDisk")
                {
                    l.OsDisk("WS2016-Datacenter.vhdx");
                }

                if (omit != "CsvDisk")
                {
                    l.CsvDisk("Gateway-CSV.vhdx");
                }

                if (omit != "QuorumDisk")
                {
                    l.QuorumDisk("Gateway-Quorum.vhdx");
                }
            });
        }

        if (omit != "ServiceTemplate")
        {
            definition.ServiceTemplate(GatewayTemplate.ThreeNic, t => t.EvaluationDeployment());
        }

        if (omit != "NetworkService")
        {
            definition.NetworkService("Contoso Gateway", ns =>
            {
                if (omit != "HostGroups")
                {
                    ns.HostGroups("All Hosts\\Edge", "All Hosts\\Backend");
                }

                ns.FrontEnd("External-Site").BackEnd("NV-Site");
                networkService?.Invoke(ns);
            });
        }

        return definition;
    }
}
