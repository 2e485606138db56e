using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>
/// GW2012 at build time: an uncovered network is reported on the whole <c>LogicalSwitch(...)</c> call, an undefined
/// site on its item of the uplink profile's <c>sites</c>.
/// </summary>
public sealed class GW2012LogicalSwitchMissingNetworkSitesTests
{
    [Fact]
    public Task Uplinks_missing_the_Infrastructure_site_Trigger_on_the_whole_LogicalSwitch_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".LogicalSwitch(", ".{|GW2012:LogicalSwitch("),
            (""", "External-Site", "Infra-Site"))""", """, "External-Site"))|}""")),
        "GW2012");

    [Fact]
    public Task Misspelt_site_Triggers_on_the_item_and_on_the_switch() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".LogicalSwitch(", ".{|GW2012:LogicalSwitch("),
            (""", "External-Site", "Infra-Site"))""", """, "External-Site", {|GW2012:"Infra-Sit"|}))|}""")),
        "GW2012");

    [Fact]
    public Task Extra_site_in_a_collection_expression_Triggers_on_that_item() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""", "NV-Site", "External-Site", "Infra-Site")""", """, ["NV-Site", "External-Site", "Infra-Site", {|GW2012:"Edge-Site"|}])""")),
        "GW2012");

    [Fact]
    public Task Undefined_site_from_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""", "Infra-Site"))""", """, "Infra-Site", {|GW2012:Sites.Edge|}))"""),
            ("[Gateway]", "static class Sites { public const string Edge = \"Edge-Site\"; }\n\n[Gateway]")),
        "GW2012");

    [Fact]
    public Task Site_names_in_another_case_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""", "NV-Site", "External-Site", "Infra-Site")""", """, "nv-site", "EXTERNAL-SITE", "infra-site")""")),
        "GW2012");
}
