using System.Linq;
using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using GatewayDsl.CodeFixes.Networking;
using Xunit;
using Verify = GatewayDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<GatewayDsl.CodeFixes.Networking.ClusterAddressReservedInInfrastructurePoolCodeFix>;

namespace GatewayDsl.Analyzers.Tests.CodeFixes;

/// <summary>GW2005's fixes: reserve the address in its pool, or use the address the pool reserves.</summary>
public sealed class GW2005ClusterAddressReservedInInfrastructurePoolCodeFixTests
{
    private const string ReserveKey = ClusterAddressReservedInInfrastructurePoolCodeFix.ReserveKey;
    private const string UseReservedKey = ClusterAddressReservedInInfrastructurePoolCodeFix.UseReservedKey;
    private const string ClusterAddress = ".VmClusterStaticIpAddress(\"192.168.10.50\")";
    private const string InfrastructurePool = """
        .DnsServers("192.168.10.5"))))
        """;

    [Fact]
    public Task Unreserved_address_is_reserved_in_its_pool() => Verify.VerifyAsync(
        SampleSource.NonForwarding((ClusterAddress, ".VmClusterStaticIpAddress({|GW2005:\"192.168.10.60\"|})")),
        SampleSource.NonForwarding(
            (ClusterAddress, ".VmClusterStaticIpAddress(\"192.168.10.60\")"),
            (InfrastructurePool, ".DnsServers(\"192.168.10.5\")\n                    .Reserve(\"192.168.10.60\"))))")),
        ReserveKey);

    [Fact]
    public Task Unreserved_address_is_replaced_by_the_reserved_one() => Verify.VerifyAsync(
        SampleSource.NonForwarding((ClusterAddress, ".VmClusterStaticIpAddress({|GW2005:\"192.168.10.60\"|})")),
        SampleSource.NonForwarding(),
        UseReservedKey);

    [Fact]
    public Task Address_outside_every_pool_is_replaced_by_the_reserved_one() => Verify.VerifyAsync(
        SampleSource.NonForwarding((ClusterAddress, ".VmClusterStaticIpAddress(address: {|GW2005:\"192.168.10.200\"|})")),
        SampleSource.NonForwarding((ClusterAddress, ".VmClusterStaticIpAddress(address: \"192.168.10.50\")")),
        UseReservedKey);

    [Fact]
    public Task Missing_setting_is_added_with_the_reserved_address() => Verify.VerifyAsync(
        SampleSource.NonForwarding(
            ("\n            " + ClusterAddress, string.Empty),
            (".ServiceTemplate(GatewayTemplate.ThreeNic, template => template", ".{|GW2005:ServiceTemplate(GatewayTemplate.ThreeNic, template => template"),
            (".ProductKey(Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")))", ".ProductKey(Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")))|}")),
        SampleSource.NonForwarding(),
        UseReservedKey);

    [Fact]
    public Task Pool_without_a_lambda_gets_one() => Verify.VerifyAsync(
        Definition(pool: string.Empty, address: "{|GW2005:\"192.168.10.60\"|}"),
        Definition(pool: ", configure: pool => pool.Reserve(\"192.168.10.60\")", address: "\"192.168.10.60\""),
        ReserveKey,
        "GW2005");

    [Fact]
    public async Task Titles_and_keys_of_both_alternatives()
    {
        var actions = await Verify.ActionsAsync(SampleSource.NonForwarding((ClusterAddress, ".VmClusterStaticIpAddress(\"192.168.10.60\")")));

        Assert.Equal(
            ["Reserve '192.168.10.60' in the Infrastructure pool", "Use the reserved address '192.168.10.50' as VmClusterStaticIpAddress"],
            actions.Select(a => a.Title));
        Assert.Equal([ReserveKey, UseReservedKey], actions.Select(a => a.EquivalenceKey));
    }

    [Fact]
    public async Task Only_reserving_is_offered_when_the_pool_reserves_nothing()
    {
        var actions = await Verify.ActionsAsync(Definition(pool: string.Empty, address: "\"192.168.10.60\""));

        Assert.Equal(ReserveKey, Assert.Single(actions).EquivalenceKey);
    }

    [Fact]
    public void No_fix_all_the_two_alternatives_are_a_decision() =>
        Assert.Null(new ClusterAddressReservedInInfrastructurePoolCodeFix().GetFixAllProvider());

    private static string Definition(string pool, string address) => DefinitionSource.Wrap($$"""
        Gateway.Named("EDGE")
                .Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts", s => s
                    .Subnet("192.168.10.0/24")
                    .StaticPool("192.168.10.10", "192.168.10.99", gateway: "192.168.10.1", metric: 20{{pool}})))
                .ServiceTemplate(GatewayTemplate.ThreeNic, t => t.VmClusterStaticIpAddress({{address}}))
        """);
}
