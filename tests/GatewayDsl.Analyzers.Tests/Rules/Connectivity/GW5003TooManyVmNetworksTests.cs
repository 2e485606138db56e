using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Connectivity;

/// <summary>GW5003 at build time: reported on the VmNetwork call of the first VM network over the limit (the whole call).</summary>
public sealed class GW5003TooManyVmNetworksTests
{
    private const string Max = ".MaxVmNetworks(50)";
    private const string TenantB = ".VmNetwork(\"Tenant-B\"";
    private const string End = "8080)));";

    [Fact]
    public Task Second_vm_network_over_a_limit_of_one_Triggers_on_its_VmNetwork_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Max, ".MaxVmNetworks(1)"),
            (TenantB, ".{|GW5003:VmNetwork(\"Tenant-B\""),
            (End, "8080)))|};")),
        "GW5003");

    [Fact]
    public Task Limit_from_a_constant_of_another_class_Triggers_on_the_first_network_over_it() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Max, ".MaxVmNetworks(Limits.VmNetworks)"),
            (TenantB, ".{|GW5003:VmNetwork(\"Tenant-B\""),
            (End, "8080)))|}\n        .VmNetwork(\"Tenant-C\", vmNetwork => vmNetwork.Subnet(\"10.3.0.0/24\").Nat(nat => nat.ExternalPool(\"External Pool\")));"),
            ("[Gateway]", "static class Limits { public const int VmNetworks = 1; }\n\n[Gateway]")),
        "GW5003");

    [Fact]
    public Task Vm_networks_within_the_limit_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Max, ".MaxVmNetworks(2)")),
        "GW5003");

    [Fact]
    public Task Out_of_range_limit_DoesNotTrigger_and_is_left_to_GW1002() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Max, ".MaxVmNetworks({|GW1002:0|})")),
        "GW5003", "GW1002");

    [Fact]
    public Task Default_limit_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Max, string.Empty)),
        "GW5003");
}
