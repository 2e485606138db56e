using System.Linq;
using System.Text.RegularExpressions;
using GatewayDsl.Generators.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>What differs between a forwarding evaluation deployment and a non-forwarding one with a product key.</summary>
public sealed class RunbookVariantTests
{
    private const string RemoveProductKey = "remove the configurable service setting `@ProductKey@`";
    private const string ChooseSkip = "when Windows asks for a product key, choose **Skip**";
    private const string FrontEndConfirmation = "Connection-string key `FrontEndServerAddress`";

    [Fact]
    public void Forwarding_evaluation_deployment_has_the_evaluation_steps_and_the_FrontEndServerAddress_confirmation()
    {
        var runbook = RunbookMarkdown.Read(RunbookSamples.Forwarding);
        var items = runbook.AllItems();

        var remove = Assert.Single(items, i => i.Text.Contains(RemoveProductKey));
        Assert.True(remove.IsManual);
        var skip = Assert.Single(items, i => i.Text.Contains(ChooseSkip));
        Assert.True(skip.IsManual);
        Assert.Contains("each of the two gateway VMs", skip.Text);

        var confirm = Assert.Single(runbook.Items("Confirm before you run"), i => i.Text.Contains(FrontEndConfirmation));
        Assert.True(confirm.IsManual);
        Assert.Contains("`FrontEndServiceAddress=`", confirm.Text);
        Assert.Contains("`FrontEndServerAddress=131.107.20.5`", confirm.Text);
        Assert.Contains(confirm.Blocks, b => b.Code.StartsWith("Test-SCNetworkService -ConnectionString '", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Non_forwarding_deployment_with_a_product_key_has_neither()
    {
        var runbook = RunbookMarkdown.Read(RunbookSamples.Edge);
        var items = runbook.AllItems();

        Assert.DoesNotContain(items, i => i.Text.Contains(RemoveProductKey));
        Assert.DoesNotContain(items, i => i.Text.Contains(ChooseSkip));
        Assert.DoesNotContain(runbook.Items("Confirm before you run"), i => i.Text.Contains(FrontEndConfirmation));
        Assert.DoesNotContain("FrontEndServ", runbook.Text);

        var key = Assert.Single(items, i => i.Text.Contains("set the environment variable `GATEWAY_PRODUCT_KEY`"));
        Assert.True(key.IsManual);
        Assert.Equal("-not [string]::IsNullOrEmpty([Environment]::GetEnvironmentVariable('GATEWAY_PRODUCT_KEY'))", Assert.Single(key.Blocks).Code);
    }

    [Fact]
    public void Open_questions_that_always_apply_are_in_both()
    {
        foreach (var text in new[] { RunbookSamples.Edge, RunbookSamples.Forwarding })
        {
            var confirm = RunbookMarkdown.Read(text).Items("Confirm before you run");

            Assert.All(confirm, i => Assert.True(i.IsManual));
            Assert.Contains(confirm, i => i.Text.StartsWith("**MANUAL** Template setting names.", System.StringComparison.Ordinal));
            Assert.Contains(confirm, i => i.Text.StartsWith("**MANUAL** Product-key setting name.", System.StringComparison.Ordinal) && i.Text.Contains("`@ProductKey@`"));
            Assert.Contains(confirm, i => i.Text.StartsWith("**MANUAL** VMM version.", System.StringComparison.Ordinal) && i.Blocks.Single().Code.EndsWith(" -WhatIf", System.StringComparison.Ordinal));
            Assert.Contains(confirm, i => i.Text.StartsWith("**MANUAL** Parameter set of `Add-SCVMNetworkGateway`.", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Direct_routing_and_NAT_mapping_is_confirmed_for_the_VM_networks_that_use_them()
    {
        var edge = Assert.Single(RunbookMarkdown.Read(RunbookSamples.Edge).Items("Confirm before you run"), i => i.Text.Contains("is inferred, not documented"));
        Assert.StartsWith("**MANUAL** How NAT is expressed", edge.Text);
        Assert.Contains("`Tenant-B` connects directly to an additional logical network with NAT", edge.Text);
        Assert.DoesNotContain("Tenant-A", edge.Text + edge.Blocks.Single().Code);

        var forwarding = Assert.Single(RunbookMarkdown.Read(RunbookSamples.Forwarding).Items("Confirm before you run"), i => i.Text.Contains("is inferred, not documented"));
        Assert.StartsWith("**MANUAL** How direct routing is expressed", forwarding.Text);
        Assert.Contains("`Datacenter-Bridge` connects directly to an additional logical network with direct routing, not NAT", forwarding.Text);
    }

    [Fact]
    public void Dhcp_on_Infrastructure_replaces_the_reserved_address_with_a_DHCP_check()
    {
        var forwarding = RunbookMarkdown.Read(RunbookSamples.Forwarding).AllItems();
        var dhcp = Assert.Single(forwarding, i => i.Text.Contains("The Infrastructure network uses DHCP"));
        Assert.True(dhcp.IsManual);
        Assert.Equal("Get-SCStaticIPAddressPool -LogicalNetworkDefinition (Get-SCLogicalNetworkDefinition -Name 'Infra-Site')", dhcp.Blocks.Single().Code);
        Assert.Contains(forwarding, i => i.IsAutomated && i.Text.Contains("`VMClusterStaticIPAddress` is left empty"));
        Assert.DoesNotContain(forwarding, i => i.Text.StartsWith("**AUTOMATED** (script stage *Logical networks*) Metrics", System.StringComparison.Ordinal));

        var edge = RunbookMarkdown.Read(RunbookSamples.Edge).AllItems();
        Assert.DoesNotContain(edge, i => i.Text.Contains("The Infrastructure network uses DHCP"));
        Assert.Contains(edge, i => i.IsAutomated && i.Text.Contains("The Infrastructure pool `Infra-Site Pool` reserves `192.168.10.50`"));
        Assert.Contains(edge, i => i.IsAutomated && i.Text.Contains("Metrics: the Infrastructure pool `Infra-Site Pool` has metric 20 and the External pool `External Pool` metric 10"));
    }

    [Fact]
    public void Forwarding_gateway_asks_for_routes_to_the_front_end_address()
    {
        var routes = Assert.Single(RunbookMarkdown.Read(RunbookSamples.Forwarding).AllItems(), i => i.Text.Contains("Point the routing devices of the external network"));
        Assert.True(routes.IsManual);
        Assert.Contains("`131.107.20.5`", routes.Text);
        Assert.Contains("`10.50.0.0/24`", routes.Text);
        Assert.DoesNotContain(RunbookMarkdown.Read(RunbookSamples.Edge).AllItems(), i => i.Text.Contains("Point the routing devices"));
    }

    [Fact]
    public void Definition_without_optional_parts_leaves_their_items_out()
    {
        // The non-forwarding sample without a logical switch, without the VMM server's domain and without tenant VM networks.
        var source = GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs").Text;
        source = Regex.Replace(source, @"\s*\.LogicalSwitch\(.*?""Infra-Site""\)\)", string.Empty, RegexOptions.Singleline);
        source = Regex.Replace(source, @"\s*\.VmmServerInDomain\(""[^""]*""\)", string.Empty);
        source = Regex.Replace(source, @"\s*// The tenants:.*?8080\)\)\);", ";", RegexOptions.Singleline);

        var runbook = RunbookMarkdown.Read(RunbookSamples.FromSource(source, "ContosoGateway.ContosoEdge"));

        Assert.DoesNotContain(runbook.Headings(), h => h.Title.Contains("tenant VM networks") || h.Title == "Tenant VM networks");
        Assert.DoesNotContain(runbook.AllItems(), i => i.Stage is "Logical switch" or "VM networks");
        Assert.DoesNotContain(runbook.Items("Confirm before you run"), i => i.Text.Contains("Add-SCVMNetworkGateway") || i.Text.Contains("is inferred, not documented"));
        Assert.Contains(runbook.AllItems(), i => i.Text.Contains("The definition does not say which domain the VMM server is in."));
        Assert.Contains(runbook.AllItems(), i => i.Text.Contains(": configure the ports of the nodes' virtual switches directly."));
        var diagram = RunbookMermaid.Read(runbook.Text);
        Assert.DoesNotContain(diagram.Nodes.Values, n => n.Label.StartsWith("Tenant VM networks", System.StringComparison.Ordinal));
        Assert.Equal("VMM server", diagram.Node("VMM server").Label);
        Assert.Equal("Outside networks", diagram.Node("Outside networks").Label);
    }
}
