using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Connectivity;

/// <summary>GW5001 at build time: reported on each VmNetwork call past the first of a forwarding gateway (the whole call).</summary>
public sealed class GW5001ForwardingGatewayServesOneVmNetworkTests
{
    private const string LastNetwork = ".DirectRouting());";

    [Fact]
    public Task Second_vm_network_Triggers_on_its_VmNetwork_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((LastNetwork, ".DirectRouting())\n        .{|GW5001:VmNetwork(\"Second-Bridge\", vmNetwork => vmNetwork.Subnet(\"10.60.0.0/24\").DirectRouting())|};")),
        "GW5001");

    [Fact]
    public Task Multi_line_second_vm_network_Triggers_on_the_whole_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((LastNetwork, ".DirectRouting())\n"
            + "        .{|GW5001:VmNetwork(\"Second-Bridge\", vmNetwork => vmNetwork\n"
            + "            .Subnet(\"10.60.0.0/24\")\n"
            + "            .DirectRouting())|};")),
        "GW5001");

    [Fact]
    public Task Forwarding_mode_from_a_constant_Triggers_on_each_extra_network() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (".DirectRoutingMode()", ".DirectRoutingMode(enabled: Modes.Forwarding)"),
            (LastNetwork, ".DirectRouting())\n"
                + "        .{|GW5001:VmNetwork(\"Second-Bridge\", vmNetwork => vmNetwork.DirectRouting())|}\n"
                + "        .{|GW5001:VmNetwork(\"Third-Bridge\", vmNetwork => vmNetwork.DirectRouting())|};"),
            ("[Gateway]", "static class Modes { public const bool Forwarding = true; }\n\n[Gateway]")),
        "GW5001");

    [Fact]
    public Task Two_vm_networks_without_direct_routing_mode_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (".DirectRoutingMode()", ".DirectRoutingMode(false)"),
            (LastNetwork, ".DirectRouting())\n        .VmNetwork(\"Second-Bridge\", vmNetwork => vmNetwork.DirectRouting());")),
        "GW5001");

    [Fact]
    public Task One_vm_network_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.Forwarding(), "GW5001");
}
