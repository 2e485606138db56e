using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.NetworkService;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.NetworkService;

public sealed class GW1004InvalidServerAddressTests
{
    private const string Id = "GW1004";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Theory]
    [InlineData("131.107.20", "has 3 dot-separated parts")]
    [InlineData("131.107.20.256", "131.107.20.256")]
    [InlineData("131.107.20.5/24", "131.107.20.5/24")]
    [InlineData("131.107.20.5:443", "IPv6")]
    [InlineData("gateway.contoso.com", "gateway.contoso.com")]
    [InlineData("010.1.2.3", "010.1.2.3")]
    public void Invalid_front_end_address_Triggers(string address, string expected)
    {
        var violation = ViolationAssert.ReportsOnce(TestGateways.Forwarding().FrontEndServerAddress(address), Id);

        Assert.StartsWith($"FrontEndServerAddress: '{address}' is not a valid", violation.Message);
        Assert.Contains(expected, violation.Message);
        Assert.Contains("plain IPv4 or IPv6 address", violation.Message);
        Assert.Equal("FrontEndServerAddress(address)", violation.Location);
        Assert.Equal(GatewaySeverity.Error, violation.Severity);
    }

    [Fact]
    public void Invalid_vpn_server_address_Triggers()
    {
        var violation = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().VpnServerAddress("vpn.contoso.com"), Id);

        Assert.StartsWith("VPNServerAddress: 'vpn.contoso.com' is not a valid", violation.Message);
        Assert.Equal("VpnServerAddress(address)", violation.Location);
    }

    [Fact]
    public void Both_addresses_invalid_Trigger_once_each()
    {
        var definition = TestGateways.Forwarding().FrontEndServerAddress("131.107.20").VpnServerAddress("131.107.20.x");

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Location == "FrontEndServerAddress(address)");
        Assert.Contains(violations, v => v.Location == "VpnServerAddress(address)");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Null_or_empty_address_Triggers_as_empty(string? address)
    {
        var violation = ViolationAssert.ReportsOnce(TestGateways.NonForwarding().VpnServerAddress(address!), Id);

        Assert.StartsWith("VPNServerAddress is empty.", violation.Message);
    }

    [Theory]
    [InlineData("131.107.20.5")]
    [InlineData("0.0.0.0")]
    [InlineData("2001:db8::5")]
    [InlineData("::ffff:131.107.20.5")]
    public void Valid_address_DoesNotTrigger(string address)
    {
        ViolationAssert.DoesNotReport(TestGateways.Forwarding().FrontEndServerAddress(address), Id);
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding().VpnServerAddress(address), Id);
    }

    [Theory]
    [InlineData(" 131.107.20.5")]
    [InlineData("131.107.20.5;")]
    [InlineData("131.107.20.5\t")]
    public void Address_that_GW1003_reports_DoesNotTrigger(string address)
    {
        var definition = TestGateways.Forwarding().FrontEndServerAddress(address);

        ViolationAssert.DoesNotReport(definition, Id);
        ViolationAssert.ReportsOnce(definition, "GW1003");
    }

    [Fact]
    public void Unknown_addresses_DoNotTrigger()
    {
        var spec = new GatewaySpec
        {
            RootStepId = 1,
            FrontEndServerAddress = new Setting<string?>(null, 2, "address", IsKnown: false),
            VpnServerAddress = new Setting<string?>(null, 3, "address", IsKnown: false),
        };

        Assert.Empty(new InvalidServerAddressRule().Check(spec));
    }
}
