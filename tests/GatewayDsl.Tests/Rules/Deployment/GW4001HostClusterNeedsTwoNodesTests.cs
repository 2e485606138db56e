using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Deployment;

public sealed class GW4001HostClusterNeedsTwoNodesTests
{
    private const string Id = "GW4001";

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Three_nodes_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com", "HV02.contoso.com", "HV03.contoso.com")), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("'GatewayHost1.contoso.com' lists 3 nodes", v.Message);
        Assert.Contains("'HV03.contoso.com'", v.Message);
        Assert.Contains("exactly two", v.Message);
        Assert.EndsWith("Nodes(fqdns)", v.Location);
        Assert.Contains("OnHostCluster(\"GatewayHost1.contoso.com\")", v.Location);
    }

    [Fact]
    public void One_node_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com")), Id);

        Assert.Contains("lists one node ('HV01.contoso.com')", v.Message);
        Assert.EndsWith("Nodes(fqdns)", v.Location);
    }

    [Fact]
    public void Empty_node_list_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(cluster: c => c.Nodes()), Id);

        Assert.Contains("lists no nodes", v.Message);
    }

    [Fact]
    public void Same_node_in_other_case_Triggers_on_the_repeated_item()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com", "hv01.CONTOSO.com")), Id);

        Assert.Contains("Node 'hv01.CONTOSO.com'", v.Message);
        Assert.Contains("same node as 'HV01.contoso.com'", v.Message);
        Assert.Contains("Without repeats the cluster has one node", v.Message);
        Assert.EndsWith("Nodes(fqdns[1])", v.Location);
    }

    [Fact]
    public void Same_node_with_trailing_period_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com", "HV01.contoso.com.")), Id);

        Assert.EndsWith("Nodes(fqdns[1])", v.Location);
    }

    [Fact]
    public void Three_items_with_one_repeat_Triggers_once_on_the_repeat()
    {
        var v = ViolationAssert.ReportsOnce(
            TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com", "HV02.contoso.com", "HV01.contoso.com")), Id);

        Assert.Contains("Remove the repeated name", v.Message);
        Assert.EndsWith("Nodes(fqdns[2])", v.Location);
    }

    [Fact]
    public void Each_repeat_Triggers()
    {
        var violations = ViolationAssert.Reports(
            TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com", "HV01.contoso.com", "hv01.contoso.com")), Id);

        Assert.Equal(2, violations.Count);
        Assert.EndsWith("Nodes(fqdns[1])", violations[0].Location);
        Assert.EndsWith("Nodes(fqdns[2])", violations[1].Location);
    }

    [Fact]
    public void Two_different_nodes_in_a_subdomain_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com", "HV01.edge.contoso.com")), Id);

    [Fact]
    public void Short_name_and_fqdn_DoesNotTrigger() =>
        // "HV01" may or may not be HV01.contoso.com (it depends on DNS suffixes): not provably the same node.
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(cluster: c => c.Nodes("HV01", "HV01.contoso.com")), Id);

    [Fact]
    public void Null_and_empty_items_DoNotTrigger_and_do_not_throw()
    {
        // Empty names are GW3004's finding; two items are still two nodes here.
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com", null!)), Id);
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(cluster: c => c.Nodes(null!, null!)), Id);
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(cluster: c => c.Nodes("", "")), Id);
    }

    [Fact]
    public void Three_items_with_a_null_Triggers_without_listing_names()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(cluster: c => c.Nodes("HV01.contoso.com", null!, "HV02.contoso.com")), Id);

        Assert.Contains("lists 3 nodes;", v.Message);
    }

    [Fact]
    public void Missing_nodes_call_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01").OnHostCluster("GatewayHost1.contoso.com", c => c.NetworkAdapters(3)), Id);

    [Fact]
    public void Missing_host_cluster_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01"), Id);

    [Fact]
    public void Host_cluster_without_name_Triggers_with_generic_wording()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO-GW01").OnHostCluster(null!, c => c.Nodes("HV01.contoso.com")), Id);

        Assert.StartsWith("The host cluster lists one node", v.Message);
    }
}
