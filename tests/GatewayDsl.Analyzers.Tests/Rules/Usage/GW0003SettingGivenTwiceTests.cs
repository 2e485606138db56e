using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Usage;

/// <summary>
/// GW0003 at build time: reported by the reducer on the earlier of two calls of a single-valued setting, on the whole
/// call (from the method name to its closing parenthesis).
/// </summary>
public sealed class GW0003SettingGivenTwiceTests
{
    [Fact]
    public Task Root_setting_given_twice_Triggers_on_the_earlier_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".GatewayVm("GatewayVM1.contoso.com")""", """.{|GW0003:GatewayVm("GatewayVM9.contoso.com")|}.GatewayVm("GatewayVM1.contoso.com")""")),
        "GW0003");

    [Fact]
    public Task Nested_setting_given_twice_Triggers_on_the_earlier_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".NetworkAdapters(3)", ".{|GW0003:NetworkAdapters(2)|}\n            .NetworkAdapters(3)")),
        "GW0003");

    [Fact]
    public Task Setting_from_a_constant_given_twice_Triggers_on_the_earlier_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".MaxVmNetworks(50)", ".{|GW0003:MaxVmNetworks(Limits.VmNetworks)|}\n        .MaxVmNetworks(50)"),
            ("[Gateway]", "static class Limits { public const int VmNetworks = 40; }\n\n[Gateway]")),
        "GW0003");

    [Fact]
    public Task Scope_given_twice_Triggers_on_the_whole_earlier_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((
            ".ServiceTemplate(GatewayTemplate.TwoNic, template => template.EvaluationDeployment())",
            ".{|GW0003:ServiceTemplate(GatewayTemplate.TwoNic, template => template.EvaluationDeployment())|}\n"
            + "        .ServiceTemplate(GatewayTemplate.TwoNic, template => template.EvaluationDeployment())")),
        "GW0003");

    [Fact]
    public Task Three_calls_Trigger_on_each_overridden_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((
            ".DirectRoutingMode()",
            ".{|GW0003:DirectRoutingMode(true)|}\n        .{|GW0003:DirectRoutingMode(enabled: true)|}\n        .DirectRoutingMode()")),
        "GW0003");

    [Fact]
    public Task List_settings_given_several_times_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".Reserve("192.168.10.50")""", """.Reserve("192.168.10.50").Reserve("192.168.10.51")"""),
            (""".DnsServers("192.168.10.5")""", """.DnsServers("192.168.10.5").DnsServers("192.168.10.6")"""),
            (""".HostGroups("All Hosts\\Edge")""", """.HostGroups("All Hosts\\Edge").HostGroups("All Hosts\\Edge\\Rack2")""")),
        "GW0003");
}
