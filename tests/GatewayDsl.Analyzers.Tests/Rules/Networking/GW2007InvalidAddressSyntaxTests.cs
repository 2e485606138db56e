using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>
/// GW2007 at build time: reported on the argument that holds the bad address, and on the one item of a
/// <c>params</c> list, array or collection expression.
/// </summary>
public sealed class GW2007InvalidAddressSyntaxTests
{
    [Fact]
    public Task Site_subnet_with_prefix_over_32_Triggers_on_the_cidr() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".Subnet("10.10.0.0/16", vlan: 12)""", """.Subnet({|GW2007:"10.10.0.0/33"|}, vlan: 12)""")),
        "GW2007");

    [Fact]
    public Task Named_gateway_argument_Triggers_on_the_value() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".StaticPool("192.168.10.10", "192.168.10.99", gateway: "192.168.10.1",""", """.StaticPool("192.168.10.10", "192.168.10.99", gateway: {|GW2007:"192.168.10"|},""")),
        "GW2007");

    [Fact]
    public Task Params_item_Triggers_on_that_item() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".Reserve("192.168.10.50")""", """.Reserve("192.168.10.50", {|GW2007:"192.168.10.256"|})""")),
        "GW2007");

    [Fact]
    public Task Collection_expression_item_Triggers_on_that_item() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".DnsServers("192.168.10.5")""", """.DnsServers(["192.168.10.5", {|GW2007:"192.168.10.x"|}])""")),
        "GW2007");

    [Fact]
    public Task Array_item_from_an_interpolated_constant_Triggers_on_that_item() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".Vips("131.107.10.50-131.107.10.59")""", """.Vips(new[] { {|GW2007:$"{Net.External}.50-{Net.External}.300"|}, "131.107.10.60" })"""),
            ("[Gateway]", "static class Net { public const string External = \"131.107.10\"; }\n\n[Gateway]")),
        "GW2007");

    [Fact]
    public Task Parenthesized_params_item_Triggers_on_the_whole_item() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".Reserve("192.168.10.50")""", """.Reserve("192.168.10.50", {|GW2007:("192.168.10.256")|})""")),
        "GW2007");

    [Fact]
    public Task Valid_range_and_IPv6_addresses_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".Reserve("192.168.10.50")""", """.Reserve("192.168.10.50-192.168.10.52")"""),
            (""".DnsServers("192.168.10.5")""", """.DnsServers("192.168.10.5", "2001:db8::53")""")),
        "GW2007");
}
