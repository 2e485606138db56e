using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.NetworkService;

/// <summary>GW1002 at build time: reported on the <c>count</c> argument of <c>MaxVmNetworks</c>.</summary>
public sealed class GW1002MaxVmNetworksOutOfRangeTests
{
    [Fact]
    public Task Non_forwarding_value_above_100_Triggers_on_the_count() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".MaxVmNetworks(50)", ".MaxVmNetworks({|GW1002:101|})")),
        "GW1002");

    [Fact]
    public Task Negative_named_argument_Triggers_on_the_value() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".MaxVmNetworks(50)", ".MaxVmNetworks(count: {|GW1002:-1|})")),
        "GW1002");

    [Fact]
    public Task Constant_expression_Triggers_on_the_whole_expression() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".MaxVmNetworks(50)", ".MaxVmNetworks({|GW1002:Limits.Maximum + 1|})"),
            ("[Gateway]", "static class Limits { public const int Maximum = 100; }\n\n[Gateway]")),
        "GW1002");

    [Fact]
    public Task Forwarding_value_other_than_1_Triggers_on_the_count() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((".MaxVmNetworks(1)", ".MaxVmNetworks({|GW1002:2|})")),
        "GW1002");

    [Fact]
    public Task Values_at_the_limits_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".MaxVmNetworks(50)", ".MaxVmNetworks(Limits.Maximum)"),
            ("[Gateway]", "static class Limits { public const int Maximum = 100; }\n\n[Gateway]")),
        "GW1002");
}
