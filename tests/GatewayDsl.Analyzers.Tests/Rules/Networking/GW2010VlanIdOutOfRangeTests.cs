using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>GW2010 at build time: reported on the <c>vlan</c> argument of the site subnet.</summary>
public sealed class GW2010VlanIdOutOfRangeTests
{
    [Fact]
    public Task Vlan_4095_Triggers_on_the_vlan() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".Subnet("10.10.0.0/16", vlan: 12)""", """.Subnet("10.10.0.0/16", vlan: {|GW2010:4095|})""")),
        "GW2010");

    [Fact]
    public Task Negative_positional_vlan_Triggers_on_the_value() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".Subnet("131.107.20.0/24", vlan: 21)""", """.Subnet("131.107.20.0/24", {|GW2010:-1|})""")),
        "GW2010");

    [Fact]
    public Task Constant_expression_Triggers_on_the_whole_expression() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".Subnet("10.10.0.0/16", vlan: 12)""", """.Subnet("10.10.0.0/16", vlan: {|GW2010:Vlans.Base * 50|})"""),
            ("[Gateway]", "static class Vlans { public const int Base = 100; }\n\n[Gateway]")),
        "GW2010");

    [Fact]
    public Task Vlan_4094_and_default_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".Subnet("10.20.0.0/16", vlan: 20)""", """.Subnet("10.20.0.0/16", vlan: 4094)"""),
            (""".Subnet("131.107.20.0/24", vlan: 21)""", """.Subnet("131.107.20.0/24")""")),
        "GW2010");
}
