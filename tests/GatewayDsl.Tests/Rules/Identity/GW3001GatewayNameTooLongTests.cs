using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Identity;

/// <summary>GW3001: the gateway name has at most 15 characters (R52, procedure prerequisite 6).</summary>
public sealed class GW3001GatewayNameTooLongTests
{
    private const string Id = "GW3001";

    [Fact]
    public void Conventions_example_with_18_characters_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO-EDGE-GW-01"), Id);

        Assert.Equal(
            "Gateway name 'CONTOSO-EDGE-GW-01' has 18 characters; NetBIOS names allow at most 15. Shorten it, e.g. 'CONTOSO-EDGE-GW'.",
            v.Message);
        Assert.Equal("Named(name)", v.Location);
        Assert.Equal(GatewaySeverity.Error, v.Severity);
    }

    [Fact]
    public void Sixteen_characters_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO-GATEWAY1"), Id);
        Assert.Contains("'CONTOSO-GATEWAY1' has 16 characters", v.Message);
    }

    [Theory]
    [InlineData("CONTOSO-GATEWAY")] // exactly 15
    [InlineData("GW01")]
    [InlineData("A")]
    [InlineData("")] // empty is GW3002's
    public void At_most_15_characters_DoesNotTrigger(string name) =>
        ViolationAssert.DoesNotReport(Gateway.Named(name), Id);

    [Fact]
    public void Null_name_DoesNotTrigger() => ViolationAssert.DoesNotReport(Gateway.Named(null!), Id);

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Fact]
    public void Suggestion_drops_a_trailing_hyphen_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("CONTOSO-EDGE01-X"), Id);
        Assert.EndsWith("Shorten it, e.g. 'CONTOSO-EDGE01'.", v.Message);
    }

    [Fact]
    public void Suggestion_is_left_out_when_the_shortened_name_is_itself_invalid_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("123456789012345678"), Id);
        Assert.EndsWith("Shorten it.", v.Message);
    }

    [Fact]
    public void Non_ascii_characters_count_as_one_each_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named("GATEWAY-ÉDGE-001"), Id);
        Assert.Contains("has 16 characters", v.Message);
    }

    [Fact]
    public void Non_ascii_15_characters_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(Gateway.Named("GATEWAY-ÉDGE-01"), Id);

    [Fact]
    public void Suggestion_never_splits_a_surrogate_pair_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Gateway.Named(new string('A', 14) + "\U0001F600"), Id);
        Assert.EndsWith("e.g. '" + new string('A', 14) + "'.", v.Message);
    }

    [Fact]
    public void Long_name_with_a_forbidden_character_also_Triggers()
    {
        // Length and characters are independent problems: GW3001 and GW3002 both report.
        var definition = Gateway.Named("CONTOSO*EDGE-GW-01");
        ViolationAssert.ReportsOnce(definition, Id);
        ViolationAssert.ReportsOnce(definition, "GW3002");
    }
}
