using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>GW2009 at build time: reported on the <c>cidr</c> argument of the later of two overlapping subnets.</summary>
public sealed class GW2009OverlappingSubnetsTests
{
    [Fact]
    public Task Overlap_in_the_same_host_group_Triggers_on_the_later_subnet() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".Subnet("192.168.20.0/24")""", """.Subnet({|GW2009:"10.20.128.0/24"|})""")),
        "GW2009");

    [Fact]
    public Task Overlap_within_one_site_Triggers_on_the_later_subnet() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".Vips("131.107.10.50-131.107.10.59"))))""", """.Vips("131.107.10.50-131.107.10.59")).Subnet(cidr: {|GW2009:"131.107.10.128/25"|})))""")),
        "GW2009");

    [Fact]
    public Task Subnet_from_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".Subnet("192.168.20.0/24")""", ".Subnet({|GW2009:Net.Management|})"),
            ("[Gateway]", "static class Net { public const string Management = \"10.20.0.0/24\"; }\n\n[Gateway]")),
        "GW2009");

    [Fact]
    public Task Overlap_in_sibling_host_groups_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".Site("Infra-Site", "All Hosts\\Datacenter", site => site""", """.Site("Infra-Site", "All Hosts\\Management", site => site"""),
            (""".Subnet("192.168.20.0/24")""", """.Subnet("10.20.128.0/24")""")),
        "GW2009");
}
