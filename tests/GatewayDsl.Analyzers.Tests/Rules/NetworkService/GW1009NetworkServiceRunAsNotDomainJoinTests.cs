using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.NetworkService;

/// <summary>GW1009 at build time: reported on the <c>name</c> argument of the network service's <c>RunAsAccount</c>.</summary>
public sealed class GW1009NetworkServiceRunAsNotDomainJoinTests
{
    [Fact]
    public Task Administrator_account_Triggers_on_the_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".FrontEnd("External-Site")""", """.RunAsAccount({|GW1009:"Gateway Admin"|}).FrontEnd("External-Site")""")),
        "GW1009");

    [Fact]
    public Task Account_from_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            (""".FrontEnd("External-Site")""", """.RunAsAccount({|GW1009:Accounts.Admin|}).FrontEnd("External-Site")"""),
            ("[Gateway]", "static class Accounts { public const string Admin = \"Gateway Admin\"; }\n\n[Gateway]")),
        "GW1009");

    [Fact]
    public Task Padded_account_Triggers_on_the_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".FrontEnd("External-Site")""", """.RunAsAccount(name: {|GW1009:" Gateway Domain Join"|}).FrontEnd("External-Site")""")),
        "GW1009");

    [Fact]
    public Task Domain_join_account_in_another_case_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((""".FrontEnd("External-Site")""", """.RunAsAccount("GATEWAY DOMAIN JOIN").FrontEnd("External-Site")""")),
        "GW1009");
}
