using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>
/// GW2008 at build time: reported on the pool argument or <c>Reserve</c> / <c>Vips</c> item outside the subnet, and on
/// the whole <c>StaticPool(...)</c> call of a pool declared before any subnet.
/// </summary>
public sealed class GW2008PoolAddressOutsideSubnetTests
{
    [Fact]
    public Task Range_start_outside_the_subnet_Triggers_on_the_range_start() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".StaticPool("192.168.10.10", "192.168.10.99",""", """.StaticPool({|GW2008:"192.168.11.10"|}, "192.168.10.99",""")),
        "GW2008");

    [Fact]
    public Task Range_start_after_end_Triggers_on_the_range_start() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".StaticPool("10.10.0.10", "10.10.255.200",""", """.StaticPool({|GW2008:"10.10.255.200"|}, "10.10.0.10",""")),
        "GW2008");

    [Fact]
    public Task Reserved_item_outside_the_subnet_Triggers_on_that_item() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".Reserve("192.168.10.50")""", """.Reserve("192.168.10.50", {|GW2008:"192.168.11.50"|})""")),
        "GW2008");

    [Fact]
    public Task Gateway_from_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".StaticPool("10.20.0.10", "10.20.255.200", gateway: "10.20.0.1",""", """.StaticPool("10.20.0.10", "10.20.255.200", gateway: {|GW2008:Net.Gateway|},"""),
            ("[Gateway]", "static class Net { public const string Gateway = \"10.21.0.1\"; }\n\n[Gateway]")),
        "GW2008");

    [Fact]
    public Task Pool_before_its_subnet_Triggers_on_the_whole_StaticPool_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".Subnet("10.20.0.0/16", vlan: 20)""", string.Empty),
            (""".StaticPool("10.20.0.10", "10.20.255.200", gateway: "10.20.0.1", metric: 10)""", """.{|GW2008:StaticPool("10.20.0.10", "10.20.255.200", gateway: "10.20.0.1", metric: 10)|}.Subnet("10.20.0.0/16", vlan: 20)""")),
        "GW2008");

    [Fact]
    public Task Addresses_inside_the_subnet_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".Reserve("192.168.10.50")""", """.Reserve("192.168.10.50", "192.168.10.90-192.168.10.99")"""),
            (""".Vips("131.107.10.50-131.107.10.59")""", """.Vips(["131.107.10.50-131.107.10.59", "131.107.10.60"])""")),
        "GW2008");
}
