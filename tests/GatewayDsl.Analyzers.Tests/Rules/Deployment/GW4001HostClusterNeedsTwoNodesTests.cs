using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Deployment;

/// <summary>
/// GW4001 at build time: a wrong count is reported on the whole Nodes argument (all params items, or the array), a
/// repeated node on the repeating item.
/// </summary>
public sealed class GW4001HostClusterNeedsTwoNodesTests
{
    private const string Nodes = ".Nodes(\"HV01.contoso.com\", \"HV02.contoso.com\")";

    [Fact]
    public Task Three_nodes_Trigger_on_all_params_items() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Nodes, ".Nodes({|GW4001:\"HV01.contoso.com\", \"HV02.contoso.com\", \"HV05.contoso.com\"|})")),
        "GW4001");

    [Fact]
    public Task One_node_Triggers_on_the_only_item() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Nodes, ".Nodes({|GW4001:\"HV01.contoso.com\"|})")),
        "GW4001");

    [Fact]
    public Task Three_nodes_in_a_collection_expression_Trigger_on_the_collection() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Nodes, ".Nodes({|GW4001:[\"HV01.contoso.com\", \"HV02.contoso.com\", \"HV05.contoso.com\"]|})")),
        "GW4001");

    [Fact]
    public Task No_nodes_Triggers_on_the_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Nodes, ".{|GW4001:Nodes()|}")),
        "GW4001");

    [Fact]
    public Task Repeated_node_from_a_constant_Triggers_on_the_repeat() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Nodes, ".Nodes(Hosts.First, {|GW4001:Hosts.FirstAgain|})"),
            ("[Gateway]", "static class Hosts { public const string First = \"HV01.contoso.com\"; public const string FirstAgain = \"hv01.CONTOSO.com.\"; }\n\n[Gateway]")),
        "GW4001");

    [Fact]
    public Task Two_different_nodes_from_constants_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Nodes, ".Nodes([Hosts.First, Hosts.Second])"),
            ("[Gateway]", "static class Hosts { public const string First = \"HV01.contoso.com\"; public const string Second = \"HV02.contoso.com\"; }\n\n[Gateway]")),
        "GW4001");

    [Fact]
    public Task Two_nodes_DoNotTrigger() => RuleCase.VerifyAsync(SampleSource.Forwarding(), "GW4001");
}
