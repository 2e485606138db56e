using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Usage;

/// <summary>
/// GW0004 at build time: a missing root part is reported on the <c>Gateway.Named(...)</c> call (from <c>Named</c> to
/// its closing parenthesis), a missing nested part on the whole call of its enclosing scope.
/// </summary>
public sealed class GW0004RequiredPartMissingTests
{
    [Fact]
    public Task Missing_root_part_Triggers_on_the_Named_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".GatewayVm("GatewayVM1.contoso.com")""", string.Empty),
            ("""Gateway.Named("CONTOSO-GW01")""", """Gateway.{|GW0004:Named("CONTOSO-GW01")|}""")),
        "GW0004");

    [Fact]
    public Task Missing_root_part_with_a_constant_name_Triggers_on_the_Named_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".BackendSwitch("VirtualSwitch2")""", string.Empty),
            ("""Gateway.Named("CONTOSO-FWD01")""", """Gateway.{|GW0004:Named($"{Names.Prefix}-FWD01")|}"""),
            ("[Gateway]", "static class Names { public const string Prefix = \"CONTOSO\"; }\n\n[Gateway]")),
        "GW0004");

    [Fact]
    public Task Missing_library_disk_Triggers_on_the_whole_Library_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".Library(", ".{|GW0004:Library("),
            (""".CsvDisk("Gateway-CSV.vhdx")""", string.Empty),
            (""".QuorumDisk("Gateway-Quorum.vhdx"))""", """.QuorumDisk("Gateway-Quorum.vhdx"))|}""")),
        "GW0004");

    [Fact]
    public Task Empty_collection_of_host_groups_Triggers_on_the_whole_NetworkService_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (".NetworkService(", ".{|GW0004:NetworkService("),
            (""".HostGroups("All Hosts\\Datacenter")""", ".HostGroups([])"),
            (""".BackEnd("NV-Site"))""", """.BackEnd("NV-Site"))|}""")),
        "GW0004");

    [Fact]
    public Task Null_host_groups_array_Triggers_on_the_whole_NetworkService_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (".NetworkService(", ".{|GW0004:NetworkService("),
            (""".HostGroups("All Hosts\\Datacenter")""", ".HostGroups(null!)"),
            (""".BackEnd("NV-Site"))""", """.BackEnd("NV-Site"))|}""")),
        "GW0004");

    [Fact]
    public Task Part_given_through_a_constant_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".GatewayVm("GatewayVM1.contoso.com")""", ".GatewayVm(Names.GatewayVm)"),
            ("[Gateway]", "static class Names { public const string GatewayVm = \"GatewayVM1.contoso.com\"; }\n\n[Gateway]")),
        "GW0004");

    [Fact]
    public Task Complete_samples_DoNotTrigger() => RuleCase.VerifyAsync(SampleSource.Forwarding(), "GW0004");
}
