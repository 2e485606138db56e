using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.NetworkService;

/// <summary>GW1003 at build time: reported on the argument that holds the unsafe connection-string value.</summary>
public sealed class GW1003ConnectionStringValueUnsafeTests
{
    [Fact]
    public Task Semicolon_in_the_backend_switch_Triggers_on_the_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".BackendSwitch("VirtualSwitch1")""", """.BackendSwitch({|GW1003:"Virtual;Switch1"|})""")),
        "GW1003");

    [Fact]
    public Task Unsafe_host_cluster_name_Triggers_on_the_OnHostCluster_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".OnHostCluster("GatewayHost1.contoso.com",""", """.OnHostCluster({|GW1003:"GatewayHost1.contoso.com;GatewayVM=evil"|},""")),
        "GW1003");

    [Fact]
    public Task Interpolated_constant_with_a_trailing_space_Triggers_on_the_interpolation() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".GatewayVm("GatewayVM1.contoso.com")""", """.GatewayVm({|GW1003:$"{Names.GatewayVm}.{Names.Domain} "|})"""),
            ("[Gateway]", "static class Names { public const string GatewayVm = \"GatewayVM1\"; public const string Domain = \"contoso.com\"; }\n\n[Gateway]")),
        "GW1003");

    [Fact]
    public Task Control_character_in_the_front_end_address_Triggers_on_the_address() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".FrontEndServerAddress("131.107.20.5")""", """.FrontEndServerAddress({|GW1003:"131.107.20.5\t"|})""")),
        "GW1003");

    [Fact]
    public Task Empty_backend_switch_Triggers_on_the_name() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".BackendSwitch("VirtualSwitch2")""", """.BackendSwitch({|GW1003:""|})""")),
        "GW1003");

    [Fact]
    public Task Parenthesized_value_Triggers_on_the_whole_argument() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".BackendSwitch("VirtualSwitch1")""", """.BackendSwitch({|GW1003:("Virtual;Switch1")|})""")),
        "GW1003");

    [Fact]
    public Task Inner_spaces_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".BackendSwitch("VirtualSwitch1")""", """.BackendSwitch("Virtual Switch 1")""")),
        "GW1003");
}
