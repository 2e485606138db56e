using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>
/// GW2005 at build time: a wrong address is reported on the <c>address</c> argument of
/// <c>VmClusterStaticIpAddress</c>, a missing one on the whole <c>ServiceTemplate(...)</c> call.
/// </summary>
public sealed class GW2005ClusterAddressReservedInInfrastructurePoolTests
{
    [Fact]
    public Task Address_in_range_but_not_reserved_Triggers_on_the_address() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".VmClusterStaticIpAddress("192.168.10.50")""", """.VmClusterStaticIpAddress({|GW2005:"192.168.10.60"|})""")),
        "GW2005");

    [Fact]
    public Task Address_outside_the_pool_range_Triggers_on_the_address() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".VmClusterStaticIpAddress("192.168.10.50")""", """.VmClusterStaticIpAddress(address: {|GW2005:"192.168.10.200"|})""")),
        "GW2005");

    [Fact]
    public Task Interpolated_constant_address_Triggers_on_the_interpolation() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".VmClusterStaticIpAddress("192.168.10.50")""", """.VmClusterStaticIpAddress({|GW2005:$"{Net.Infrastructure}.51"|})"""),
            ("[Gateway]", "static class Net { public const string Infrastructure = \"192.168.10\"; }\n\n[Gateway]")),
        "GW2005");

    [Fact]
    public Task Missing_address_Triggers_on_the_whole_ServiceTemplate_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".ServiceTemplate(", ".{|GW2005:ServiceTemplate("),
            ("""Secret.FromEnvironment("GATEWAY_PRODUCT_KEY"))""", """Secret.FromEnvironment("GATEWAY_PRODUCT_KEY")))|}"""),
            (""".VmClusterStaticIpAddress("192.168.10.50"))""", string.Empty)),
        "GW2005");

    [Fact]
    public Task Address_in_a_reserved_range_from_a_constant_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".Reserve("192.168.10.50")""", ".Reserve(Net.Reserved)"),
            ("[Gateway]", "static class Net { public const string Reserved = \"192.168.10.40-192.168.10.55\"; }\n\n[Gateway]")),
        "GW2005");
}
