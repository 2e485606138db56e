using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Identity;

/// <summary>GW3008: the AD domain name has two or more labels and at most 64 characters (vmm-reference c.2).</summary>
public sealed class GW3008DomainNameSingleLabelOrTooLongTests
{
    private const string Id = "GW3008";

    // 60 + ".com" = 64 characters, the most an AD domain name should have; one more is too long.
    private static readonly string Domain64 = new string('c', 60) + ".com";
    private static readonly string Domain65 = new string('c', 61) + ".com";

    [Fact]
    public void Single_label_domain_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().InDomain("contoso"), Id);

        Assert.StartsWith("The domain 'contoso' (InDomain) is a single-label name", v.Message);
        Assert.Contains("'contoso.com'", v.Message);
        Assert.Equal("InDomain(fqdn)", v.Location);
        Assert.Equal(GatewaySeverity.Warning, v.Severity);
    }

    [Fact]
    public void Single_label_absolute_domain_Triggers() =>
        ViolationAssert.ReportsOnce(TestGateways.NonForwarding().InDomain("contoso."), Id);

    [Fact]
    public void Domain_of_65_characters_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().InDomain(Domain65), Id);
        Assert.Contains("'" + Domain65 + "' (InDomain) has 65 characters", v.Message);
        Assert.Contains("at most 64", v.Message);
        Assert.Equal("InDomain(fqdn)", v.Location);
    }

    [Fact]
    public void Domain_of_65_characters_with_trailing_period_Triggers() =>
        ViolationAssert.ReportsOnce(TestGateways.NonForwarding().InDomain(Domain65 + "."), Id);

    [Theory]
    [InlineData("contoso.com")]
    [InlineData("corp.contoso.com.")]
    public void Multi_label_domain_DoesNotTrigger(string domain) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().InDomain(domain), Id);

    [Fact]
    public void Domain_of_64_characters_DoesNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().InDomain(Domain64), Id);
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().InDomain(Domain64 + "."), Id); // the root period is not counted
    }

    [Theory]
    [InlineData("contoso..com")] // GW3004's
    [InlineData("contoso_corp")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_domain_DoesNotTrigger(string? domain) =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().InDomain(domain!), Id);

    [Fact]
    public void Single_label_vmm_server_domain_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().VmmServerInDomain("fabrikam"), Id);

    [Fact]
    public void Missing_domain_DoesNotTrigger() => ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01"), Id);

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }
}
