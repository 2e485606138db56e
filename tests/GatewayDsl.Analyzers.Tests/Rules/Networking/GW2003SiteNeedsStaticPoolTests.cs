using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>
/// GW2003 at build time: a site with neither pool nor DHCP is reported on the whole <c>Site(...)</c> call, DHCP where
/// it is not allowed (or beside a pool) on the <c>UsesDhcp()</c> call.
/// </summary>
public sealed class GW2003SiteNeedsStaticPoolTests
{
    [Fact]
    public Task External_site_without_pool_Triggers_on_the_whole_Site_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".Site("External-Site", """, """.{|GW2003:Site("External-Site", """),
            (""".StaticPool("131.107.20.10", "131.107.20.99", gateway: "131.107.20.1", metric: 10)))""", ")|})")),
        "GW2003");

    [Fact]
    public Task External_site_using_dhcp_Triggers_on_the_UsesDhcp_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".StaticPool("131.107.20.10", "131.107.20.99", gateway: "131.107.20.1", metric: 10)))""", ".{|GW2003:UsesDhcp()|}))")),
        "GW2003");

    [Fact]
    public Task Infrastructure_site_with_pool_and_dhcp_Triggers_on_the_UsesDhcp_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".DnsServers("192.168.10.5"))))""", """.DnsServers("192.168.10.5")).{|GW2003:UsesDhcp()|}))""")),
        "GW2003");

    [Fact]
    public Task Site_named_by_constants_without_pool_Triggers_on_the_whole_Site_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".Site("External-Site", "All Hosts\\Datacenter", site => site""", """.{|GW2003:Site(Sites.External, Sites.HostGroup, site => site"""),
            (""".StaticPool("131.107.20.10", "131.107.20.99", gateway: "131.107.20.1", metric: 10)))""", ")|})"),
            ("[Gateway]", "static class Sites { public const string External = \"External-Site\"; public const string HostGroup = @\"All Hosts\\Datacenter\"; }\n\n[Gateway]")),
        "GW2003");

    [Fact]
    public Task Infrastructure_site_using_dhcp_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.Forwarding(), "GW2003");
}
