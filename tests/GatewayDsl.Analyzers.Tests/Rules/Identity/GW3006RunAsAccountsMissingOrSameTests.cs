using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Identity;

/// <summary>
/// GW3006 at build time: a missing account is reported on the root call (<c>Named(...)</c>), a blank or repeated one on
/// its argument.
/// </summary>
public sealed class GW3006RunAsAccountsMissingOrSameTests
{
    private const string Root = "Gateway.Named(\"CONTOSO-GW01\")";
    private const string Administrator = ".AdministratorAccount(\"Gateway Admin\")";

    [Fact]
    public Task Same_account_Triggers_on_the_administrator_account() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Administrator, ".AdministratorAccount({|GW3006:\"GATEWAY DOMAIN JOIN\"|})")),
        "GW3006");

    [Fact]
    public Task Same_account_from_a_constant_of_another_class_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".DomainJoinAccount(\"Gateway Domain Join\")", ".DomainJoinAccount(Accounts.DomainJoin)"),
            (Administrator, ".AdministratorAccount({|GW3006:Accounts.DomainJoin|})"),
            ("[Gateway]", "static class Accounts { public const string DomainJoin = \"Gateway Domain Join\"; }\n\n[Gateway]")),
        "GW3006");

    [Fact]
    public Task Blank_administrator_account_Triggers_on_its_argument() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Administrator, ".AdministratorAccount(runAsAccount: {|GW3006:\"   \"|})")),
        "GW3006");

    [Fact]
    public Task Missing_domain_join_account_Triggers_on_the_root_call() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            ("Gateway.Named(\"CONTOSO-FWD01\")", "Gateway.{|GW3006:Named(\"CONTOSO-FWD01\")|}"),
            (".DomainJoinAccount(\"Gateway Domain Join\")", string.Empty)),
        "GW3006");

    [Fact]
    public Task Both_accounts_missing_Trigger_twice_on_the_root_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Root, "Gateway.{|GW3006:{|GW3006:Named(\"CONTOSO-GW01\")|}|}"),
            (".DomainJoinAccount(\"Gateway Domain Join\")", string.Empty),
            (Administrator, string.Empty)),
        "GW3006");

    [Fact]
    public Task Account_names_that_differ_by_a_trailing_space_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Administrator, ".AdministratorAccount(\"Gateway Domain Join \")")),
        "GW3006");

    [Fact]
    public Task Two_different_accounts_DoNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW3006");
}
