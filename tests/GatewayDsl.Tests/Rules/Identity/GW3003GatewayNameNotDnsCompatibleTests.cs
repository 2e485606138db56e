using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Identity;

/// <summary>GW3003: the gateway name is DNS-compatible (vmm-reference c.1); silent when GW3002 already reports the name.</summary>
public sealed class GW3003GatewayNameNotDnsCompatibleTests
{
    private const string Id = "GW3003";

    [Fact]
    public void Underscore_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO_GW01"), Id);

        Assert.StartsWith("Gateway name 'CONTOSO_GW01' is not DNS-compatible", v.Message);
        Assert.Contains("'_' at position 8", v.Message);
        Assert.Contains("e.g. 'CONTOSO-GW01'", v.Message);
        Assert.Equal("Named(name)", v.Location);
        Assert.Equal(GatewaySeverity.Warning, v.Severity);
    }

    [Fact]
    public void Non_ascii_character_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("CONTOSÖ-GW"), Id);
        Assert.Contains("non-ASCII character 'Ö' (U+00D6) at position 7", v.Message);
    }

    [Theory]
    [InlineData("CONTOSO.GW", "'.' at position 8")]
    [InlineData("CONTOSO GW", "' ' (space) at position 8")]
    [InlineData("-CONTOSO", "starts with '-'")]
    [InlineData("CONTOSO-", "ends with '-'")]
    [InlineData("G", "only 1 character")]
    [InlineData("GATEWAY", "RFC 952")]
    [InlineData("gw", "RFC 952")]
    [InlineData("TAC", "RFC 952")]
    public void Dns_incompatible_but_valid_netbios_name_Triggers(string name, string expected)
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named(name), Id);
        Assert.Contains(expected, v.Message);
        ViolationAssert.DoesNotReport(Gateway.Named(name), "GW3002");
    }

    [Theory]
    [InlineData("CONTOSO*GW")] // forbidden character, also not DNS: GW3002 only
    [InlineData(".GW01")] // leading period: GW3002 only
    [InlineData("")] // empty: GW3002 only
    [InlineData("   ")]
    [InlineData("GW\t01")]
    public void Name_that_GW3002_reports_DoesNotTrigger(string name)
    {
        ViolationAssert.ReportsOnce(Gateway.Named(name), "GW3002");
        ViolationAssert.DoesNotReport(Gateway.Named(name), Id);
    }

    [Fact]
    public void Null_name_DoesNotTrigger() => ViolationAssert.DoesNotReport(Gateway.Named(null!), Id);

    [Theory]
    [InlineData("CONTOSO-GW01")]
    [InlineData("gw01")]
    [InlineData("1234A")]
    [InlineData("A1")]
    [InlineData("GATEWAYS")]
    public void Dns_compatible_name_DoesNotTrigger(string name) => ViolationAssert.DoesNotReport(Gateway.Named(name), Id);

    [Fact]
    public void Long_name_with_underscore_Triggers_with_GW3001()
    {
        var definition = Gateway.Named("CONTOSO_EDGE_GW_01");
        ViolationAssert.ReportsOnce(definition, Id);
        ViolationAssert.ReportsOnce(definition, "GW3001");
    }

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }
}
