using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Generators.Emitting;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>The runbook carries this gateway's values, each escaped for where it stands.</summary>
public sealed class RunbookValuesTests
{
    [Fact]
    public void Key_values_table_holds_the_connection_string_names_and_reserved_address_in_code_spans()
    {
        var values = KeyValues(RunbookSamples.Edge);

        Assert.Equal(Escape.MarkdownCode("VMHost=GatewayHost1.contoso.com;GatewayVM=GatewayVM1.contoso.com;BackendSwitch=VirtualSwitch1;MaxVMNetworksSupported=50"), values["Connection string"]);
        Assert.Equal(Escape.MarkdownCode("CONTOSO-GW01"), values["Gateway name (NetBIOS name of the gateway)"]);
        Assert.Equal(Escape.MarkdownCode("192.168.10.50"), values["`VMClusterStaticIPAddress` (reserved in the Infrastructure pool)"]);
        Assert.Equal(Escape.MarkdownCode("GatewayHost1.contoso.com"), values["Host cluster (`VMHost=`)"]);
        Assert.Equal(Escape.MarkdownCode("HV01.contoso.com") + ", " + Escape.MarkdownCode("HV02.contoso.com"), values["Host cluster nodes"]);
        Assert.Equal(Escape.MarkdownCode("All Hosts\\Edge"), values["Host group of the host cluster"]);
        Assert.Equal(Escape.MarkdownCode("VirtualSwitch1"), values["Back-end virtual switch (`BackendSwitch=`)"]);
        Assert.Equal(Escape.MarkdownCode("\\\\lib01.contoso.com\\MSSCVMMLibrary\\Windows Server Gateway"), values["Library folder for the gateway"]);
        Assert.Equal(Escape.MarkdownCode("Contoso Gateway") + ": " + Escape.Markdown("Windows Server Gateway for tenant VM networks"), values["Network service"]);
        Assert.Equal("read by the script from the environment variable " + Escape.MarkdownCode("GATEWAY_PRODUCT_KEY"), values["Product key"]);
    }

    [Fact]
    public void Forwarding_key_values_show_the_mode_the_front_end_address_and_dhcp()
    {
        var values = KeyValues(RunbookSamples.Forwarding);

        Assert.StartsWith("forwarding gateway (`DirectRoutingMode=True`)", values["Mode"]);
        Assert.Equal(Escape.MarkdownCode("131.107.20.5"), values["Front-end address (`FrontEndServerAddress=`)"]);
        Assert.Equal("empty: the Infrastructure network uses DHCP", values["`VMClusterStaticIPAddress`"]);
        Assert.StartsWith("none: evaluation deployment", values["Product key"]);
        Assert.Equal("1", values["Maximum VM networks (`MaxVMNetworksSupported=`)"]);
    }

    [Fact]
    public void Pools_table_has_every_pool_with_its_metric_and_reserved_address()
    {
        var pools = Table(RunbookSamples.Edge, "Role");

        Assert.Equal(3, pools.Count);
        var infrastructure = Assert.Single(pools, r => r["Pool"] == Escape.MarkdownCode("Infra-Site Pool"));
        Assert.Equal("20", infrastructure["Metric"]);
        Assert.Equal(Escape.MarkdownCode("192.168.10.50"), infrastructure["Reserved"]);
        Assert.Equal(Escape.MarkdownCode("192.168.10.1"), infrastructure["Default gateway"]);
        Assert.Equal(Escape.MarkdownCode("192.168.10.10") + " to " + Escape.MarkdownCode("192.168.10.99"), infrastructure["Range"]);
        var external = Assert.Single(pools, r => r["Pool"] == Escape.MarkdownCode("External Pool"));
        Assert.Equal("10", external["Metric"]);
        Assert.Equal(Escape.MarkdownCode("131.107.10.50-131.107.10.59"), external["VIPs"]);
        var backEnd = Assert.Single(pools, r => r["Site"] == Escape.MarkdownCode("NV-Site"));
        Assert.Equal(Escape.MarkdownCode("10.10.0.0/16") + " (VLAN 12)", backEnd["Subnets"]);

        var dhcp = Assert.Single(Table(RunbookSamples.Forwarding, "Role"), r => r["Site"] == Escape.MarkdownCode("Infra-Site"));
        Assert.Equal("DHCP, no pool", dhcp["Pool"]);
    }

    [Fact]
    public void Tenant_table_describes_each_VM_network_connectivity()
    {
        var tenants = Table(RunbookSamples.Edge, "VM network");

        var vpn = Assert.Single(tenants, r => r["VM network"] == Escape.MarkdownCode("Tenant-A"));
        Assert.Equal("site-to-site VPN (IKEv2)", vpn["Connectivity"]);
        Assert.Contains("peer " + Escape.MarkdownCode("172.16.1.1") + " AS 65020", vpn["Details"]);
        Assert.Contains("pre-shared key from Run As account " + Escape.MarkdownCode("Tenant-A PSK"), vpn["Details"]);
        var nat = Assert.Single(tenants, r => r["VM network"] == Escape.MarkdownCode("Tenant-B"));
        Assert.Equal("NAT", nat["Connectivity"]);
        Assert.Contains("rule " + Escape.MarkdownCode("web") + ": TCP 80 to " + Escape.MarkdownCode("10.2.0.10") + " port 8080", nat["Details"]);

        var direct = Assert.Single(Table(RunbookSamples.Forwarding, "VM network"));
        Assert.Equal("direct routing", direct["Connectivity"]);
    }

    [Fact]
    public void Title_escapes_the_gateway_name_as_Markdown_text()
    {
        Assert.StartsWith("# Runbook: Windows Server Gateway " + Escape.Markdown("CONTOSO-GW01") + "\n", RunbookSamples.Edge);
    }

    /// <summary>The key-values table as item → value cell (cells trimmed).</summary>
    internal static Dictionary<string, string> KeyValues(string runbook) =>
        Table(runbook, "Item").ToDictionary(r => r["Item"], r => r["Value"]);

    /// <summary>The rows of the table whose first header is <paramref name="firstHeader"/>, as header → cell (cells trimmed).</summary>
    internal static List<Dictionary<string, string>> Table(string runbook, string firstHeader)
    {
        var table = RunbookMarkdown.Read(runbook).Tables().Single(t => t[0][0].Trim() == firstHeader);
        var headers = table[0].Select(c => c.Trim()).ToArray();
        Assert.All(table, row => Assert.Equal(headers.Length, row.Count));
        return table.Skip(2).Select(row => headers.Zip(row, (h, c) => (h, c.Trim())).ToDictionary(p => p.h, p => p.Item2)).ToList();
    }
}
