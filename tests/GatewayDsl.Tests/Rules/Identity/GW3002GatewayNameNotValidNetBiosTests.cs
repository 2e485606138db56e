using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Identity;

/// <summary>GW3002: the gateway name is a valid NetBIOS computer name (R52, vmm-reference c.1).</summary>
public sealed class GW3002GatewayNameNotValidNetBiosTests
{
    private const string Id = "GW3002";

    [Fact]
    public void Forbidden_character_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO*GW"), Id);

        Assert.StartsWith("Gateway name 'CONTOSO*GW' is not a valid NetBIOS computer name.", v.Message);
        Assert.Contains("forbidden character '*' at position 8", v.Message);
        Assert.Contains("e.g. 'CONTOSO-GW01'", v.Message);
        Assert.Equal("Named(name)", v.Location);
        Assert.Equal(GatewaySeverity.Error, v.Severity);
    }

    [Theory]
    [InlineData("GW\\01")]
    [InlineData("GW/01")]
    [InlineData("GW:01")]
    [InlineData("GW*01")]
    [InlineData("GW?01")]
    [InlineData("GW\"01")]
    [InlineData("GW<01")]
    [InlineData("GW>01")]
    [InlineData("GW|01")]
    public void Each_forbidden_character_Triggers(string name) => ViolationAssert.ReportsOnce(Gateway.Named(name), Id);

    [Fact]
    public void All_digits_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("12345"), Id);
        Assert.Contains("'12345' is all digits", v.Message);
    }

    [Fact]
    public void Leading_period_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named(".CONTOSO"), Id);
        Assert.Contains("starts with a period", v.Message);
    }

    [Theory]
    [InlineData("SYSTEM")]
    [InlineData("system")]
    [InlineData("Network Service")]
    [InlineData("DOMAIN")]
    public void Reserved_word_Triggers(string name)
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named(name), Id);
        Assert.Contains("reserved word", v.Message);
        Assert.Contains("'" + name + "'", v.Message);
    }

    [Fact]
    public void Empty_name_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named(string.Empty), Id);
        Assert.Contains("Gateway name ''", v.Message);
        Assert.Contains("empty", v.Message);
    }

    [Fact]
    public void Null_name_Triggers_as_empty()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named(null!), Id);
        Assert.Contains("empty", v.Message);
    }

    [Fact]
    public void Blank_name_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("   "), Id);
        Assert.Contains("whitespace", v.Message);
    }

    [Fact]
    public void Control_character_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("GW\t01"), Id);
        Assert.Contains("U+0009", v.Message);
    }

    [Theory]
    [InlineData("CONTOSO-GW01")]
    [InlineData("CONTOSO_GW01")] // DNS-incompatible only: GW3003
    [InlineData("CONTOSO.GW")] // a period inside is allowed (but discouraged): GW3003
    [InlineData("1234A")]
    [InlineData("SYSTEMS")]
    [InlineData("CONTOSO-EDGE-GW-01")] // too long only: GW3001
    public void Valid_netbios_name_DoesNotTrigger(string name) => ViolationAssert.DoesNotReport(Gateway.Named(name), Id);

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }
}
