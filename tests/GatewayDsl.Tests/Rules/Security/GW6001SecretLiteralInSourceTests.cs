using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Security;

/// <summary>GW6001: product keys and pre-shared keys are not written as literals in source (R51, R15; CONVENTIONS §5).</summary>
public sealed class GW6001SecretLiteralInSourceTests
{
    private const string Id = "GW6001";

    /// <summary>A value that must never show up anywhere in what Validate() returns.</summary>
    private const string Sentinel = "SENTINEL-7Q2X-SECRET-VALUE";

    [Fact]
    public void Literal_product_key_Triggers()
    {
        var definition = TestGateways.NonForwarding(template: t => t.ProductKey(Secret.Literal(Sentinel)), includeProductKey: false);

        var v = ViolationAssert.ReportsOnce(definition, Id);
        Assert.Equal(
            "The product key (ProductKey) is written in source with Secret.Literal(...); take it from Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\") "
            + "or Secret.FromParameter(\"ProductKey\"); artifacts only reference it.",
            v.Message);
        Assert.EndsWith("ProductKey() › Literal(...)", v.Location);
        Assert.Equal(GatewaySeverity.Warning, v.Severity);
    }

    [Fact]
    public void Literal_pre_shared_key_Triggers()
    {
        var definition = TestGateways.NonForwarding(vpn: s => s.PreSharedKey("Tenant-A PSK", Secret.Literal(Sentinel)));

        var v = ViolationAssert.ReportsOnce(definition, Id);
        Assert.StartsWith("The pre-shared key (PreSharedKey) of VM network 'Tenant-A' is written in source with Secret.Literal(...)", v.Message);
        Assert.Contains("Secret.FromEnvironment(\"TENANT_A_PSK\") or Secret.FromParameter(\"TenantAPsk\")", v.Message);
        Assert.EndsWith("PreSharedKey(\"Tenant-A PSK\") › Literal(...)", v.Location);
    }

    [Fact]
    public void Literal_value_never_appears_in_any_violation()
    {
        // Every rule's output, not only GW6001's: the value must not leak through any message or location.
        var definition = TestGateways.NonForwarding(
                template: t => t.ProductKey(Secret.Literal(Sentinel)),
                vpn: s => s.PreSharedKey("Tenant-A PSK", Secret.Literal(Sentinel)),
                includeProductKey: false)
            .VmNetwork("Tenant-C", v => v.SiteToSiteVpn("157.56.20.11", s => s.RemoteSubnets("172.16.2.0/24").PreSharedKey("Tenant-C PSK", Secret.Literal(Sentinel))));

        var violations = definition.Validate();

        Assert.Equal(3, violations.Count(v => v.RuleId == Id));
        Assert.All(violations, AssertNoSentinel);
    }

    [Fact]
    public void Null_or_empty_literal_Triggers_without_exception()
    {
        Assert.Equal(1, TestGateways.NonForwarding(template: t => t.ProductKey(Secret.Literal(null!)), includeProductKey: false).Validate().Count(v => v.RuleId == Id));
        Assert.Equal(1, TestGateways.NonForwarding(template: t => t.ProductKey(Secret.Literal(string.Empty)), includeProductKey: false).Validate().Count(v => v.RuleId == Id));
    }

    [Fact]
    public void Both_literals_Trigger_once_each_in_definition_order()
    {
        var definition = TestGateways.NonForwarding(
            template: t => t.ProductKey(Secret.Literal(Sentinel)),
            vpn: s => s.PreSharedKey("Tenant-A PSK", Secret.Literal(Sentinel)),
            includeProductKey: false);

        IReadOnlyList<GatewayViolation> violations = ViolationAssert.Reports(definition, Id);
        Assert.Equal(2, violations.Count);
        Assert.StartsWith("The product key", violations[0].Message);
        Assert.StartsWith("The pre-shared key", violations[1].Message);
    }

    [Fact]
    public void Vm_network_name_without_letters_gives_a_generic_suggestion()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .VmNetwork("---", v => v.SiteToSiteVpn("157.56.20.10", s => s.PreSharedKey("PSK", Secret.Literal(Sentinel))));

        var v = ViolationAssert.ReportsOnce(definition, Id);
        Assert.Contains("Secret.FromEnvironment(\"TENANT_PSK\") or Secret.FromParameter(\"TenantPsk\")", v.Message);
        AssertNoSentinel(v);
    }

    [Fact]
    public void Null_vm_network_name_Triggers_without_exception()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .VmNetwork(null!, v => v.SiteToSiteVpn("157.56.20.10", s => s.PreSharedKey("PSK", Secret.Literal(Sentinel))));

        var v = ViolationAssert.ReportsOnce(definition, Id);
        Assert.Contains("VM network '?'", v.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Referenced_secrets_DoNotTrigger(bool fromEnvironment)
    {
        var secret = fromEnvironment ? Secret.FromEnvironment("TENANT_A_PSK") : Secret.FromParameter("TenantAPsk");
        var product = fromEnvironment ? Secret.FromEnvironment("GATEWAY_PRODUCT_KEY") : Secret.FromParameter("ProductKey");
        var definition = TestGateways.NonForwarding(
            template: t => t.ProductKey(product),
            vpn: s => s.PreSharedKey("Tenant-A PSK", secret),
            includeProductKey: false);

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Pre_shared_key_run_as_account_only_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(vpn: s => s.PreSharedKey("Tenant-A PSK")), Id);

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    private static void AssertNoSentinel(GatewayViolation v)
    {
        Assert.DoesNotContain(Sentinel, v.Message);
        Assert.DoesNotContain(Sentinel, v.Location);
        Assert.DoesNotContain(Sentinel, v.ToString());
    }
}
