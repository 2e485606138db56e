using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.NetworkService;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.NetworkService;

public sealed class GW1009NetworkServiceRunAsNotDomainJoinTests
{
    private const string Id = "GW1009";

    [Fact]
    public void NonForwarding_baseline_without_RunAsAccount_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Theory]
    [InlineData("Gateway Domain Join")]
    [InlineData("GATEWAY DOMAIN JOIN")]
    [InlineData("gateway domain join")]
    public void Run_as_account_equal_to_the_domain_join_account_DoesNotTrigger(string account) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(networkService: ns => ns.RunAsAccount(account)), Id);

    [Fact]
    public void Administrator_account_as_network_service_credentials_Triggers()
    {
        var violation = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(networkService: ns => ns.RunAsAccount("Gateway Admin")), Id);

        Assert.StartsWith("The network service's Run As account 'Gateway Admin' is not the domain-join account 'Gateway Domain Join' (DomainUserRAA);", violation.Message);
        Assert.Contains("Use RunAsAccount(\"Gateway Domain Join\")", violation.Message);
        Assert.Equal("NetworkService(\"Contoso Gateway\") › RunAsAccount(name)", violation.Location);
        Assert.Equal(GatewaySeverity.Error, violation.Severity);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" Gateway Domain Join")]
    public void Null_empty_or_padded_account_Triggers(string? account)
    {
        var violation = ViolationAssert.ReportsOnce(TestGateways.NonForwarding(networkService: ns => ns.RunAsAccount(account!)), Id);

        Assert.Contains($"Run As account '{account}' is not the domain-join account", violation.Message);
    }

    [Fact]
    public void Without_a_domain_join_account_DoesNotTrigger_because_GW3006_reports_it()
    {
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01").NetworkService("Contoso Gateway", ns => ns.RunAsAccount("Gateway Admin")), Id);
        ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01").DomainJoinAccount(null!).NetworkService("Contoso Gateway", ns => ns.RunAsAccount("Gateway Admin")), Id);
    }

    [Fact]
    public void Domain_join_account_given_after_the_network_service_is_still_compared() =>
        ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO-GW01").NetworkService("Contoso Gateway", ns => ns.RunAsAccount("Gateway Admin")).DomainJoinAccount("Gateway Domain Join"), Id);

    [Fact]
    public void Unknown_accounts_DoNotTrigger()
    {
        var service = new NetworkServiceSpec(2, new Setting<string?>("Svc", 2, "name"), null, default, null, null, new Setting<string?>(null, 3, "name", IsKnown: false));
        var unknownRunAs = new GatewaySpec { RootStepId = 1, NetworkService = service, DomainJoinAccount = new Setting<string?>("Gateway Domain Join", 4, "runAsAccount") };
        var unknownDomainJoin = unknownRunAs with
        {
            NetworkService = service with { RunAsAccount = new Setting<string?>("Gateway Admin", 3, "name") },
            DomainJoinAccount = new Setting<string?>(null, 4, "runAsAccount", IsKnown: false),
        };

        Assert.Empty(new NetworkServiceRunAsNotDomainJoinRule().Check(unknownRunAs));
        Assert.Empty(new NetworkServiceRunAsNotDomainJoinRule().Check(unknownDomainJoin));
    }
}
