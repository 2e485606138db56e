using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.Identity;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Identity;

/// <summary>GW3006: two different Run As accounts, domain join (DomainUserRAA) and administrator (R40, R42).</summary>
public sealed class GW3006RunAsAccountsMissingOrSameTests
{
    private const string Id = "GW3006";

    [Fact]
    public void Missing_domain_join_account_Triggers_on_the_root_call()
    {
        var definition = Gateway.Named("CONTOSO-GW01").InDomain("contoso.com").AdministratorAccount("Gateway Admin");

        var v = ViolationAssert.ReportsOnce(definition, Id);
        Assert.StartsWith("The definition has no DomainJoinAccount(...)", v.Message);
        Assert.Contains("DomainUserRAA", v.Message);
        Assert.Contains("DomainJoinAccount(\"Gateway Domain Join\")", v.Message);
        Assert.Equal("Named(\"CONTOSO-GW01\")", v.Location);
        Assert.Equal(GatewaySeverity.Error, v.Severity);
    }

    [Fact]
    public void Missing_administrator_account_Triggers_on_the_root_call()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO-GW01").DomainJoinAccount("Gateway Domain Join"), Id);
        Assert.StartsWith("The definition has no AdministratorAccount(...)", v.Message);
        Assert.Equal("Named(\"CONTOSO-GW01\")", v.Location);
    }

    [Fact]
    public void Both_missing_Trigger_once_each()
    {
        var violations = ViolationAssert.Reports(Gateway.Named("CONTOSO-GW01"), Id);

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Message.Contains("no DomainJoinAccount(...)"));
        Assert.Contains(violations, v => v.Message.Contains("no AdministratorAccount(...)"));
        Assert.All(violations, v => Assert.Equal("Named(\"CONTOSO-GW01\")", v.Location));
    }

    [Fact]
    public void Null_domain_join_account_Triggers_on_its_argument()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().DomainJoinAccount(null!), Id);
        Assert.StartsWith("DomainJoinAccount names no account ('')", v.Message);
        Assert.Equal("DomainJoinAccount(runAsAccount)", v.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_administrator_account_Triggers_on_its_argument(string account)
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().AdministratorAccount(account), Id);
        Assert.StartsWith("AdministratorAccount names no account ('" + account + "')", v.Message);
        Assert.Equal("AdministratorAccount(runAsAccount)", v.Location);
    }

    [Fact]
    public void Same_account_Triggers_on_the_administrator_account()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().AdministratorAccount("Gateway Domain Join"), Id);
        Assert.StartsWith(
            "The administrator Run As account 'Gateway Domain Join' is the same account as the domain-join account 'Gateway Domain Join' (DomainJoinAccount).",
            v.Message);
        Assert.Equal("AdministratorAccount(runAsAccount)", v.Location);
    }

    [Fact]
    public void Same_account_in_another_case_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().AdministratorAccount("GATEWAY DOMAIN JOIN"), Id);
        Assert.Contains("'GATEWAY DOMAIN JOIN'", v.Message);
        Assert.Contains("'Gateway Domain Join'", v.Message);
    }

    [Theory]
    [InlineData("Gateway Admin")]
    [InlineData("Gateway Domain Join 2")]
    [InlineData("Gateway Domain Join ")] // a different name in VMM: not trimmed
    public void Different_accounts_DoNotTrigger(string administrator) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().AdministratorAccount(administrator), Id);

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Same_account_adds_the_domain_join_account_as_additional_location()
    {
        var spec = new GatewaySpec
        {
            RootStepId = 1,
            DomainJoinAccount = new Setting<string?>("Gateway RAA", 5, "runAsAccount"),
            AdministratorAccount = new Setting<string?>("gateway raa", 6, "runAsAccount"),
        };

        var v = Assert.Single(new RunAsAccountsMissingOrSameRule().Check(spec));
        Assert.Equal(new SourceRef(6, "runAsAccount"), v.Location);
        Assert.Equal(new[] { new SourceRef(5, "runAsAccount") }, v.AdditionalLocations);
    }

    [Fact]
    public void Missing_account_points_at_the_root_step()
    {
        var spec = new GatewaySpec { RootStepId = 7, DomainJoinAccount = new Setting<string?>("Gateway RAA", 8, "runAsAccount") };

        var v = Assert.Single(new RunAsAccountsMissingOrSameRule().Check(spec));
        Assert.Equal(new SourceRef(7), v.Location);
        Assert.Empty(v.AdditionalLocations);
    }

    [Fact]
    public void Unknown_accounts_DoNotTrigger()
    {
        var spec = new GatewaySpec
        {
            RootStepId = 1,
            DomainJoinAccount = new Setting<string?>(null, 5, "runAsAccount", IsKnown: false),
            AdministratorAccount = new Setting<string?>(null, 6, "runAsAccount", IsKnown: false),
        };

        Assert.Empty(new RunAsAccountsMissingOrSameRule().Check(spec));
    }
}
