using System.Linq;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Identity;

/// <summary>GW3004: domain, VMM server domain, host cluster, nodes, gateway VM and file server are valid DNS names (vmm-reference c.2).</summary>
public sealed class GW3004InvalidDnsNameTests
{
    private const string Id = "GW3004";

    [Fact]
    public void Domain_with_empty_label_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().InDomain("contoso..com"), Id);

        Assert.StartsWith("The domain (InDomain) 'contoso..com' is not a valid DNS name.", v.Message);
        Assert.Contains("empty label at position 9", v.Message);
        Assert.Contains("'contoso.com'", v.Message);
        Assert.Equal("InDomain(fqdn)", v.Location);
        Assert.Equal(GatewaySeverity.Error, v.Severity);
    }

    [Fact]
    public void Domain_with_underscore_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().InDomain("contoso_corp.com"), Id);
        Assert.Contains("'_' at position 8", v.Message);
    }

    [Fact]
    public void Null_domain_Triggers_as_empty()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().InDomain(null!), Id);
        Assert.Contains("'' is not a valid DNS name. The DNS name is empty.", v.Message);
        Assert.Equal("InDomain(fqdn)", v.Location);
    }

    [Fact]
    public void Vmm_server_domain_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().VmmServerInDomain("fabric.fabrikam.com-"), Id);
        Assert.StartsWith("The VMM server's domain (VmmServerInDomain) 'fabric.fabrikam.com-'", v.Message);
        Assert.Contains("ends with '-'", v.Message);
        Assert.Equal("VmmServerInDomain(fqdn)", v.Location);
    }

    [Fact]
    public void Host_cluster_name_with_space_Triggers()
    {
        var definition = TestGateways.NonForwarding()
            .OnHostCluster("Gateway Host1.contoso.com", c => c.Nodes("HV01.contoso.com", "HV02.contoso.com").NetworkAdapters(3));

        var v = ViolationAssert.ReportsOnce(definition, Id);
        Assert.StartsWith("The host cluster name (OnHostCluster) 'Gateway Host1.contoso.com'", v.Message);
        Assert.Contains("' ' (space) at position 8", v.Message);
        Assert.Contains("'GatewayHost1.contoso.com'", v.Message);
        Assert.Equal("OnHostCluster(name)", v.Location);
    }

    [Fact]
    public void Second_node_Triggers_with_its_index()
    {
        var definition = TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com", "HV02..contoso.com"));

        var v = ViolationAssert.ReportsOnce(definition, Id);
        Assert.StartsWith("Host cluster node 2 (Nodes) 'HV02..contoso.com'", v.Message);
        Assert.Contains("'HV02.contoso.com'", v.Message);
        Assert.Equal("OnHostCluster(\"GatewayHost1.contoso.com\") › Nodes(fqdns[1])", v.Location);
    }

    [Fact]
    public void Empty_node_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(cluster: c => c.Nodes(string.Empty, "HV02.contoso.com")), Id);
        Assert.Contains("node 1", v.Message);
        Assert.EndsWith("Nodes(fqdns[0])", v.Location);
    }

    [Fact]
    public void Null_node_item_DoesNotTrigger()
    {
        // The spec cannot tell a null item from one the build-time evaluator could not compute (GW0001), so it is skipped.
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com", null!)), Id);
    }

    [Fact]
    public void Gateway_vm_with_leading_hyphen_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().GatewayVm("-GatewayVM1.contoso.com"), Id);
        Assert.StartsWith("The gateway VM name (GatewayVm) '-GatewayVM1.contoso.com'", v.Message);
        Assert.Contains("starts with '-'", v.Message);
        Assert.Equal("GatewayVm(name)", v.Location);
    }

    [Fact]
    public void File_server_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().ScaleOutFileServer("sofs01.contoso.com/share", "GatewayShare"), Id);
        Assert.StartsWith("The Scale-Out File Server name (ScaleOutFileServer) 'sofs01.contoso.com/share'", v.Message);
        Assert.Equal("ScaleOutFileServer(server)", v.Location);
    }

    [Fact]
    public void Label_of_64_characters_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().GatewayVm(new string('g', 64) + ".contoso.com"), Id);
        Assert.Contains("64 characters long; DNS labels are limited to 63", v.Message);
    }

    [Fact]
    public void Label_of_63_characters_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().GatewayVm(new string('g', 63) + ".contoso.com"), Id);

    [Fact]
    public void Name_over_253_characters_Triggers()
    {
        var longName = string.Join(".", Enumerable.Repeat(new string('a', 50), 5)) + ".com"; // 255 + 4 = 259
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().GatewayVm(longName), Id);
        Assert.Contains("limited to 253", v.Message);
    }

    [Fact]
    public void Several_bad_names_Trigger_once_each_in_definition_order()
    {
        var definition = TestGateways.NonForwarding(cluster: c => c.Nodes("HV 01.contoso.com", "HV 02.contoso.com"))
            .GatewayVm("GatewayVM1..contoso.com");

        var violations = ViolationAssert.Reports(definition, Id);
        Assert.Equal(3, violations.Count);
        Assert.EndsWith("Nodes(fqdns[0])", violations[0].Location);
        Assert.EndsWith("Nodes(fqdns[1])", violations[1].Location);
        Assert.Equal("GatewayVm(name)", violations[2].Location);
    }

    [Theory]
    [InlineData("contoso.com.")] // absolute name
    [InlineData("CONTOSO.COM")]
    [InlineData("contoso")] // single-label: GW3008's
    [InlineData("xn--caf-dma.example")]
    public void Valid_domain_DoesNotTrigger(string domain) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().InDomain(domain), Id);

    [Fact]
    public void Single_label_host_names_DoNotTrigger()
    {
        var definition = TestGateways.NonForwarding(cluster: c => c.Nodes("HV01", "HV02"))
            .GatewayVm("GatewayVM1");
        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }
}
