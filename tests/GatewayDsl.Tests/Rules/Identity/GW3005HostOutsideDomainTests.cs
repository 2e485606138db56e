using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.Identity;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Identity;

/// <summary>GW3005: the host cluster, its nodes and the gateway VM are inside the chosen domain (R38).</summary>
public sealed class GW3005HostOutsideDomainTests
{
    private const string Id = "GW3005";

    [Fact]
    public void Host_cluster_in_another_domain_Triggers()
    {
        var definition = TestGateways.NonForwarding()
            .OnHostCluster("GatewayHost1.fabrikam.com", c => c.Nodes("HV01.contoso.com", "HV02.contoso.com").NetworkAdapters(3));

        var v = ViolationAssert.ReportsOnce(definition, Id);
        Assert.Equal(
            "Host cluster 'GatewayHost1.fabrikam.com' is not in the domain 'contoso.com' (InDomain), which the host cluster and the gateway VMs join. "
            + "Use an FQDN inside it, e.g. 'GatewayHost1.contoso.com', or correct InDomain(...).",
            v.Message);
        Assert.Equal("OnHostCluster(name)", v.Location);
        Assert.Equal(GatewaySeverity.Warning, v.Severity);
    }

    [Fact]
    public void Gateway_vm_in_another_domain_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().GatewayVm("GatewayVM1.fabrikam.com"), Id);
        Assert.StartsWith("Gateway VM 'GatewayVM1.fabrikam.com'", v.Message);
        Assert.Contains("'GatewayVM1.contoso.com'", v.Message);
        Assert.Equal("GatewayVm(name)", v.Location);
    }

    [Fact]
    public void Node_in_another_domain_Triggers_with_its_index()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com", "HV02.fabrikam.com")), Id);
        Assert.StartsWith("Host cluster node 2 'HV02.fabrikam.com'", v.Message);
        Assert.EndsWith("Nodes(fqdns[1])", v.Location);
    }

    [Fact]
    public void Domain_that_only_ends_with_the_same_text_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().GatewayVm("GatewayVM1.notcontoso.com"), Id);
        Assert.Contains("'GatewayVM1.notcontoso.com'", v.Message);
    }

    [Fact]
    public void Every_host_of_the_wrong_domain_Triggers_once_each()
    {
        var violations = ViolationAssert.Reports(TestGateways.NonForwarding().InDomain("fabrikam.com"), Id);

        // Host cluster, two nodes, gateway VM; the file server is not the domain's concern.
        Assert.Equal(4, violations.Count);
        Assert.Equal("OnHostCluster(name)", violations[0].Location);
        Assert.EndsWith("Nodes(fqdns[0])", violations[1].Location);
        Assert.EndsWith("Nodes(fqdns[1])", violations[2].Location);
        Assert.Equal("GatewayVm(name)", violations[3].Location);
    }

    [Theory]
    [InlineData("GatewayVM1.contoso.com")]
    [InlineData("GATEWAYVM1.CONTOSO.COM")] // ASCII case is ignored
    [InlineData("GatewayVM1.contoso.com.")] // absolute name
    [InlineData("GatewayVM1.edge.contoso.com")] // a subdomain is inside the domain
    [InlineData("GatewayVM1")] // single-label: resolved with the domain's suffix
    [InlineData("GatewayVM1..fabrikam.com")] // invalid: GW3004's
    [InlineData("")] // empty: GW3004's
    public void Name_inside_the_domain_or_not_an_fqdn_DoesNotTrigger(string gatewayVm) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().GatewayVm(gatewayVm), Id);

    [Fact]
    public void Null_names_DoNotTrigger()
    {
        var definition = TestGateways.NonForwarding(cluster: c => c.Nodes(null!, "HV02.contoso.com")).GatewayVm(null!);
        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Theory]
    [InlineData("contoso..com")] // invalid: GW3004's
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_domain_DoesNotTrigger(string? domain) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().InDomain(domain!), Id);

    [Fact]
    public void Missing_domain_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(
            Gateway.Named("CONTOSO-GW01").OnHostCluster("GatewayHost1.fabrikam.com", c => c.Nodes("HV01.fabrikam.com")).GatewayVm("GatewayVM1.fabrikam.com"),
            Id);

    [Fact]
    public void Domain_given_as_absolute_name_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().InDomain("CONTOSO.COM."), Id);

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Violation_adds_the_domain_as_additional_location()
    {
        var spec = new GatewaySpec
        {
            RootStepId = 1,
            Domain = new Setting<string?>("contoso.com", 2, "fqdn"),
            GatewayVm = new Setting<string?>("GatewayVM1.fabrikam.com", 3, "name"),
        };

        var v = Assert.Single(new HostOutsideDomainRule().Check(spec));
        Assert.Equal(new SourceRef(3, "name"), v.Location);
        Assert.Equal(new[] { new SourceRef(2, "fqdn") }, v.AdditionalLocations);
    }

    [Fact]
    public void Unknown_values_DoNotTrigger()
    {
        var unknownDomain = new GatewaySpec
        {
            Domain = new Setting<string?>(null, 2, "fqdn", IsKnown: false),
            GatewayVm = new Setting<string?>("GatewayVM1.fabrikam.com", 3, "name"),
        };
        var unknownVm = new GatewaySpec
        {
            Domain = new Setting<string?>("contoso.com", 2, "fqdn"),
            GatewayVm = new Setting<string?>(null, 3, "name", IsKnown: false),
        };

        Assert.Empty(new HostOutsideDomainRule().Check(unknownDomain));
        Assert.Empty(new HostOutsideDomainRule().Check(unknownVm));
    }
}
