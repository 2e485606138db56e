using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.NetworkService;

/// <summary>
/// GW1007 at build time: reported on the <c>paths</c> argument of the first <c>HostGroups</c> call, i.e. on all its
/// items (from the first to the last), or on the collection written in their place.
/// </summary>
public sealed class GW1007NetworkServiceHostGroupsIncompleteTests
{
    [Fact]
    public Task Host_group_that_does_not_cover_the_sites_Triggers_on_the_paths() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".HostGroups("All Hosts\\Edge")""", """.HostGroups({|GW1007:"All Hosts\\Other"|})""")),
        "GW1007");

    [Fact]
    public Task Several_params_items_Trigger_on_all_items() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".HostGroups("All Hosts\\Edge")""", """.HostGroups({|GW1007:"All Hosts\\Other", "All Hosts\\Backend"|})""")),
        "GW1007");

    [Fact]
    public Task Collection_expression_Triggers_on_the_collection() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((""".HostGroups("All Hosts\\Datacenter")""", """.HostGroups({|GW1007:["All Hosts\\Edge"]|})""")),
        "GW1007");

    [Fact]
    public Task Host_group_from_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".HostGroups("All Hosts\\Edge")""", ".HostGroups({|GW1007:Groups.Edge + Groups.Rack|})"),
            ("[Gateway]", "static class Groups { public const string Edge = @\"All Hosts\\Edge\"; public const string Rack = @\"\\Rack2\"; }\n\n[Gateway]")),
        "GW1007");

    [Fact]
    public Task Parent_host_group_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".HostGroups("All Hosts\\Edge")""", """.HostGroups("All Hosts")""")),
        "GW1007");
}
