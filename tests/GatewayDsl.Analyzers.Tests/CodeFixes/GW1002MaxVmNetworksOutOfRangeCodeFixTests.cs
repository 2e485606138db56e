using System.Linq;
using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using GatewayDsl.CodeFixes.NetworkService;
using Xunit;
using Verify = GatewayDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<GatewayDsl.CodeFixes.NetworkService.MaxVmNetworksOutOfRangeCodeFix>;

namespace GatewayDsl.Analyzers.Tests.CodeFixes;

/// <summary>GW1002's fix: set MaxVmNetworks to the allowed maximum.</summary>
public sealed class GW1002MaxVmNetworksOutOfRangeCodeFixTests
{
    private const string Key = MaxVmNetworksOutOfRangeCodeFix.EquivalenceKey;

    [Fact]
    public Task Count_above_100_is_set_to_100() => Verify.VerifyAsync(
        SampleSource.NonForwarding((".MaxVmNetworks(50)", ".MaxVmNetworks({|GW1002:200|})")),
        SampleSource.NonForwarding((".MaxVmNetworks(50)", ".MaxVmNetworks(100)")),
        Key);

    [Fact]
    public Task Count_below_1_is_set_to_100_too() => Verify.VerifyAsync(
        SampleSource.NonForwarding((".MaxVmNetworks(50)", ".MaxVmNetworks(count: {|GW1002:-3|})")),
        SampleSource.NonForwarding((".MaxVmNetworks(50)", ".MaxVmNetworks(count: 100)")),
        Key);

    [Fact]
    public Task Forwarding_gateway_count_is_set_to_1() => Verify.VerifyAsync(
        SampleSource.Forwarding((".MaxVmNetworks(1)", ".MaxVmNetworks({|GW1002:5|})")),
        SampleSource.Forwarding(),
        Key);

    [Fact]
    public async Task Title_names_the_value()
    {
        var actions = await Verify.ActionsAsync(SampleSource.NonForwarding((".MaxVmNetworks(50)", ".MaxVmNetworks(500)")));

        var action = Assert.Single(actions);
        Assert.Equal("Set MaxVmNetworks to 100", action.Title);
        Assert.Equal(Key, action.EquivalenceKey);
    }

    [Fact]
    public Task Fix_all_sets_each_definition_to_its_own_allowed_count() => Verify.VerifyFixAllAsync(
        TwoDefinitions("{|GW1002:200|}", "{|GW1002:7|}"),
        TwoDefinitions("100", "1"),
        Key,
        diagnostics: 2,
        "GW1002");

    [Fact]
    public async Task Valid_count_offers_nothing() =>
        Assert.Empty(await Verify.ActionsAsync(SampleSource.NonForwarding()));

    private static string TwoDefinitions(string nonForwardingCount, string forwardingCount) => $$"""
        using GatewayDsl;

        [Gateway]
        public static class Edge
        {
            public static GatewayDefinition Define() => Gateway.Named("EDGE")
                .MaxVmNetworks({{nonForwardingCount}});
        }

        [Gateway]
        public static class Forwarder
        {
            public static GatewayDefinition Define() => Gateway.Named("FWD")
                .DirectRoutingMode()
                .MaxVmNetworks({{forwardingCount}});
        }
        """;
}
