using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.NetworkService;

/// <summary>
/// GW1008 at build time: a wrong site is reported on the <c>site</c> argument of <c>FrontEnd</c> / <c>BackEnd</c>, a
/// missing connection on the whole <c>NetworkService(...)</c> call.
/// </summary>
public sealed class GW1008NetworkServiceConnectionInvalidTests
{
    [Fact]
    public Task Front_end_site_of_the_Infrastructure_network_Triggers_on_the_site() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".FrontEnd("External-Site")""", """.FrontEnd({|GW1008:"Infra-Site"|})""")),
        "GW1008");

    [Fact]
    public Task Back_end_site_that_does_not_exist_Triggers_on_the_site() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".BackEnd("NV-Site")""", """.BackEnd(site: {|GW1008:"NV-Sitee"|})""")),
        "GW1008");

    [Fact]
    public Task Interpolated_constant_site_of_the_wrong_network_Triggers_on_the_interpolation() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (""".BackEnd("NV-Site")""", """.BackEnd({|GW1008:$"{Sites.External}-Site"|})"""),
            ("[Gateway]", "static class Sites { public const string External = \"External\"; }\n\n[Gateway]")),
        "GW1008");

    [Fact]
    public Task Missing_back_end_connection_Triggers_on_the_whole_NetworkService_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (".NetworkService(", ".{|GW1008:NetworkService("),
            (""".BackEnd("NV-Site"))""", ")|}")),
        "GW1008");

    [Fact]
    public Task Site_names_in_another_case_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".FrontEnd("External-Site")""", """.FrontEnd("external-site")"""),
            (""".BackEnd("NV-Site")""", """.BackEnd("NV-SITE")""")),
        "GW1008");
}
