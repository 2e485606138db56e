using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using GatewayDsl.CodeFixes.NetworkService;
using Xunit;
using Verify = GatewayDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<GatewayDsl.CodeFixes.NetworkService.DirectRoutingNeedsFrontEndAddressCodeFix>;

namespace GatewayDsl.Analyzers.Tests.CodeFixes;

/// <summary>GW1001's fix: add FrontEndServerAddress(...) after DirectRoutingMode(), with a free address of the front-end pool.</summary>
public sealed class GW1001DirectRoutingNeedsFrontEndAddressCodeFixTests
{
    private const string Key = DirectRoutingNeedsFrontEndAddressCodeFix.EquivalenceKey;
    private const string FrontEnd = "\n        .FrontEndServerAddress(\"131.107.20.5\")";
    private const string ExternalPool = "gateway: \"131.107.20.1\", metric: 10)))";

    [Fact]
    public Task Address_goes_on_its_own_line_after_DirectRoutingMode() => Verify.VerifyAsync(
        SampleSource.Forwarding((FrontEnd, string.Empty), (".DirectRoutingMode()", ".{|GW1001:DirectRoutingMode()|}")),
        SampleSource.Forwarding((FrontEnd, "\n        .FrontEndServerAddress(\"131.107.20.10\")")),
        Key);

    [Fact]
    public Task Reserved_addresses_VIPs_and_the_gateway_are_skipped() => Verify.VerifyAsync(
        SampleSource.Forwarding(
            (FrontEnd, string.Empty),
            (".DirectRoutingMode()", ".{|GW1001:DirectRoutingMode()|}"),
            (ExternalPool, "gateway: \"131.107.20.12\", metric: 10, pool => pool.Reserve(\"131.107.20.10-131.107.20.11\").Vips(\"131.107.20.13\"))))")),
        SampleSource.Forwarding(
            (FrontEnd, "\n        .FrontEndServerAddress(\"131.107.20.14\")"),
            (ExternalPool, "gateway: \"131.107.20.12\", metric: 10, pool => pool.Reserve(\"131.107.20.10-131.107.20.11\").Vips(\"131.107.20.13\"))))")),
        Key);

    [Fact]
    public Task One_line_chain_stays_on_one_line() => Verify.VerifyAsync(
        OneLine(".{|GW1001:DirectRoutingMode()|}"),
        OneLine(".DirectRoutingMode().FrontEndServerAddress(\"131.107.30.10\")"),
        Key,
        "GW1001");

    [Fact]
    public Task Site_named_by_the_network_service_is_preferred() => Verify.VerifyAsync(
        TwoSites(".{|GW1001:DirectRoutingMode()|}"),
        TwoSites(".DirectRoutingMode()\n        .FrontEndServerAddress(\"131.107.40.10\")"),
        Key,
        "GW1001");

    [Fact]
    public async Task Title_names_the_address()
    {
        var actions = await Verify.ActionsAsync(SampleSource.Forwarding((FrontEnd, string.Empty)));

        var action = Assert.Single(actions);
        Assert.Equal("Add FrontEndServerAddress(\"131.107.20.10\") from the front-end site's pool", action.Title);
        Assert.Equal(Key, action.EquivalenceKey);
    }

    [Fact]
    public async Task No_fix_when_the_pool_has_no_free_address() =>
        Assert.Empty(await Verify.ActionsAsync(SampleSource.Forwarding(
            (FrontEnd, string.Empty),
            (ExternalPool, "gateway: \"131.107.20.1\", metric: 10, pool => pool.Reserve(\"131.107.20.10-131.107.20.98\").Vips(\"131.107.20.99\"))))"))));

    [Fact]
    public void No_fix_all_the_address_is_a_proposal() => Assert.Null(new DirectRoutingNeedsFrontEndAddressCodeFix().GetFixAllProvider());

    private static string OneLine(string directRouting) => DefinitionSource.Wrap(
        $"Gateway.Named(\"FWD\"){directRouting}.External(\"External\", n => n.Site(\"External-Site\", \"All Hosts\", s => s.Subnet(\"131.107.30.0/24\").StaticPool(\"131.107.30.10\", \"131.107.30.99\", \"131.107.30.1\", 10)))");

    private static string TwoSites(string directRouting) => DefinitionSource.Wrap($$"""
        Gateway.Named("FWD")
                {{directRouting}}
                .External("External", n => n
                    .Site("Site-A", "All Hosts", s => s.Subnet("131.107.30.0/24").StaticPool("131.107.30.10", "131.107.30.99", "131.107.30.1", 10))
                    .Site("Site-B", "All Hosts", s => s.Subnet("131.107.40.0/24").StaticPool("131.107.40.10", "131.107.40.99", "131.107.40.1", 10)))
                .NetworkService("Forwarding", ns => ns.FrontEnd("Site-B"))
        """);
}
