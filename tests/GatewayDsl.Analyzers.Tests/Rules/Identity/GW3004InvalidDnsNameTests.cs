using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Identity;

/// <summary>
/// GW3004 at build time: reported on the offending argument (InDomain, VmmServerInDomain, OnHostCluster, GatewayVm,
/// ScaleOutFileServer's server) or on the offending item of Nodes.
/// </summary>
public sealed class GW3004InvalidDnsNameTests
{
    private const string Nodes = ".Nodes(\"HV01.contoso.com\", \"HV02.contoso.com\")";

    [Fact]
    public Task Domain_with_an_empty_label_Triggers_on_the_domain() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".InDomain(\"contoso.com\")", ".InDomain({|GW3004:\"contoso..com\"|})")),
        "GW3004");

    [Fact]
    public Task Second_node_Triggers_on_its_params_item() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Nodes, ".Nodes(\"HV01.contoso.com\", {|GW3004:\"HV02..contoso.com\"|})")),
        "GW3004");

    [Fact]
    public Task Node_from_a_constant_in_a_collection_expression_Triggers_on_its_item() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Nodes, ".Nodes([Hosts.First, {|GW3004:Hosts.Second|}])"),
            ("[Gateway]", "static class Hosts { public const string First = \"HV01.contoso.com\"; public const string Second = \"HV 02.contoso.com\"; }\n\n[Gateway]")),
        "GW3004");

    [Fact]
    public Task Node_in_an_explicit_array_Triggers_on_its_element() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Nodes, ".Nodes(new[] { {|GW3004:\"-HV01.contoso.com\"|}, \"HV02.contoso.com\" })")),
        "GW3004");

    [Fact]
    public Task Several_names_Trigger_once_each_on_their_own_arguments() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".VmmServerInDomain(\"fabric.fabrikam.com\")", ".VmmServerInDomain({|GW3004:\"fabric.fabrikam.com-\"|})"),
            (".OnHostCluster(\"GatewayHost1.contoso.com\"", ".OnHostCluster({|GW3004:\"Gateway Host1.contoso.com\"|}"),
            (".GatewayVm(\"GatewayVM1.contoso.com\")", ".GatewayVm({|GW3004:$\"{Vm}..contoso.com\"|})"),
            (".ScaleOutFileServer(\"sofs01.contoso.com\", \"GatewayShare\")", ".ScaleOutFileServer({|GW3004:\"sofs01.contoso.com/share\"|}, \"GatewayShare\")"),
            ("public static GatewayDefinition Define()", "const string Vm = \"GatewayVM1\";\n\n    public static GatewayDefinition Define()")),
        "GW3004");

    [Fact]
    public Task Absolute_and_single_label_names_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".InDomain(\"contoso.com\")", ".InDomain(\"contoso.com.\")"),
            (".GatewayVm(\"GatewayVM1.contoso.com\")", ".GatewayVm(\"GatewayVM1\")")),
        "GW3004");

    [Fact]
    public Task Valid_names_DoNotTrigger() => RuleCase.VerifyAsync(SampleSource.Forwarding(), "GW3004");
}
