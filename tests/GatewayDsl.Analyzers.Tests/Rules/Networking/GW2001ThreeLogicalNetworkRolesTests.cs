using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>
/// GW2001 at build time: a missing role is reported on the <c>Gateway.Named(...)</c> call, a second network of a role
/// and a network without sites on the whole call of that network.
/// </summary>
public sealed class GW2001ThreeLogicalNetworkRolesTests
{
    [Fact]
    public Task Infrastructure_declared_as_a_second_External_Triggers_on_the_second_call_and_the_root() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            ("""Gateway.Named("CONTOSO-FWD01")""", """Gateway.{|GW2001:Named("CONTOSO-FWD01")|}"""),
            (""".Infrastructure("Infrastructure", network => network""", """.{|GW2001:External("Infrastructure", network => network"""),
            (".UsesDhcp()))", ".UsesDhcp()))|}")),
        "GW2001");

    [Fact]
    public Task Network_without_sites_Triggers_on_its_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".Infrastructure("Infrastructure", network => network""", """.{|GW2001:Infrastructure("Infrastructure", network => { }"""),
            (""".Site("Infra-Site", "All Hosts\\Datacenter", site => site""", string.Empty),
            (""".Subnet("192.168.20.0/24")""", string.Empty),
            (".UsesDhcp()))", ")|}")),
        "GW2001");

    [Fact]
    public Task Second_network_named_by_a_constant_Triggers_on_its_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".External("External", network => network""", """.{|GW2001:NetworkVirtualization(Names.Second, network => network.Site("NV-Site-2", "All Hosts\\Edge", site => site.Subnet("10.11.0.0/16").StaticPool("10.11.0.10", "10.11.0.200", "10.11.0.1", 10)))|}"""
                + "\n        " + """.External("External", network => network"""),
            ("[Gateway]", "static class Names { public const string Second = \"Network Virtualization 2\"; }\n\n[Gateway]")),
        "GW2001");

    [Fact]
    public Task Roles_in_another_order_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".Infrastructure("Infrastructure", network => network""", """.Infrastructure(Names.Infrastructure, network => network"""),
            ("[Gateway]", "static class Names { public const string Infrastructure = \"Management\"; }\n\n[Gateway]")),
        "GW2001");
}
