using System;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.NetworkService;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.NetworkService;

public sealed class GW1003ConnectionStringValueUnsafeTests
{
    private const string Id = "GW1003";

    /// <summary>Sets one connection-string value on the non-forwarding baseline, by its key.</summary>
    private static readonly Func<string, string, GatewayDefinition> WithValue = (key, value) => key switch
    {
        "VMHost" => TestGateways.NonForwarding().OnHostCluster(value, c => c.Nodes("HV01.contoso.com", "HV02.contoso.com").NetworkAdapters(3).HostGroup("All Hosts\\Edge")),
        "GatewayVM" => TestGateways.NonForwarding().GatewayVm(value),
        "BackendSwitch" => TestGateways.NonForwarding().BackendSwitch(value),
        "FrontEndServerAddress" => TestGateways.NonForwarding().FrontEndServerAddress(value),
        "VPNServerAddress" => TestGateways.NonForwarding().VpnServerAddress(value),
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Theory]
    [InlineData("VMHost", "GatewayHost1.contoso.com;GatewayVM=evil", "OnHostCluster(name)")]
    [InlineData("GatewayVM", "GatewayVM1.contoso.com;", "GatewayVm(name)")]
    [InlineData("BackendSwitch", "Virtual;Switch1", "BackendSwitch(name)")]
    [InlineData("FrontEndServerAddress", "131.107.10.5;", "FrontEndServerAddress(address)")]
    [InlineData("VPNServerAddress", "131.107.10.6;MaxVMNetworksSupported=100", "VpnServerAddress(address)")]
    public void Semicolon_in_any_value_Triggers_at_that_argument(string key, string value, string location)
    {
        var violation = ViolationAssert.ReportsOnce(WithValue(key, value), Id);

        Assert.StartsWith($"The {key}= value '{value}' contains ';' at position {value.IndexOf(';') + 1}", violation.Message);
        Assert.Contains("Remove these characters", violation.Message);
        Assert.EndsWith(location, violation.Location);
        Assert.Equal(GatewaySeverity.Error, violation.Severity);
    }

    [Fact]
    public void Equals_sign_Triggers()
    {
        var violation = ViolationAssert.ReportsOnce(WithValue("BackendSwitch", "Switch=1"), Id);

        Assert.Contains("contains '=' at position 7", violation.Message);
    }

    [Theory]
    [InlineData("Virtual\tSwitch1", "Virtual\\u0009Switch1", "U+0009 at position 8")]
    [InlineData("VirtualSwitch1\n", "VirtualSwitch1\\u000A", "U+000A at position 15")]
    [InlineData("\u0000VirtualSwitch1", "\\u0000VirtualSwitch1", "U+0000 at position 1")]
    public void Control_character_Triggers_and_is_shown_escaped(string value, string shown, string described)
    {
        var violation = ViolationAssert.ReportsOnce(WithValue("BackendSwitch", value), Id);

        Assert.Contains($"'{shown}'", violation.Message);
        Assert.Contains("the control character " + described, violation.Message);
        Assert.DoesNotContain("\t", violation.Message);
        Assert.DoesNotContain("\n", violation.Message);
    }

    [Theory]
    [InlineData("VMHost", " GatewayHost1.contoso.com", "starts with white space", "GatewayHost1.contoso.com")]
    [InlineData("GatewayVM", "GatewayVM1.contoso.com ", "ends with white space", "GatewayVM1.contoso.com")]
    [InlineData("BackendSwitch", " VirtualSwitch1 ", "starts with white space and ends with white space", "VirtualSwitch1")]
    [InlineData("BackendSwitch", "\u00A0VirtualSwitch1", "starts with white space", "VirtualSwitch1")]
    public void Leading_or_trailing_white_space_Triggers_and_proposes_the_trimmed_value(string key, string value, string problem, string trimmed)
    {
        var violation = ViolationAssert.ReportsOnce(WithValue(key, value), Id);

        Assert.Contains($"'{value}' {problem};", violation.Message);
        Assert.Contains($"Use '{trimmed}' instead.", violation.Message);
    }

    [Fact]
    public void Several_problems_are_reported_in_one_violation()
    {
        var violation = ViolationAssert.ReportsOnce(WithValue("BackendSwitch", "Virtual;Switch=1\t "), Id);

        Assert.Contains("contains ';' at position 8, contains '=' at position 15, contains the control character U+0009 at position 17 and ends with white space", violation.Message);
    }

    [Fact]
    public void White_space_only_value_Triggers()
    {
        var violation = ViolationAssert.ReportsOnce(WithValue("BackendSwitch", "   "), Id);

        Assert.Contains("only white space", violation.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Empty_backend_switch_Triggers(string? value)
    {
        var violation = ViolationAssert.ReportsOnce(WithValue("BackendSwitch", value!), Id);

        Assert.StartsWith("The BackendSwitch= value is empty", violation.Message);
        Assert.Equal("BackendSwitch(name)", violation.Location);
    }

    [Theory]
    [InlineData("VMHost")]
    [InlineData("GatewayVM")]
    [InlineData("FrontEndServerAddress")]
    [InlineData("VPNServerAddress")]
    public void Empty_other_values_DoNotTrigger_because_their_own_rules_report_them(string key)
    {
        ViolationAssert.DoesNotReport(WithValue(key, string.Empty), Id);
        ViolationAssert.DoesNotReport(WithValue(key, null!), Id);
    }

    [Theory]
    [InlineData("Virtual Switch 1")]
    [InlineData("VirtualSwitch1")]
    [InlineData("Back-end switch (Edge)")]
    public void Inner_spaces_and_other_characters_DoNotTrigger(string value) =>
        ViolationAssert.DoesNotReport(WithValue("BackendSwitch", value), Id);

    [Fact]
    public void Unsafe_address_is_reported_by_GW1003_only()
    {
        var definition = WithValue("FrontEndServerAddress", " 131.107.10.5");

        ViolationAssert.ReportsOnce(definition, Id);
        ViolationAssert.DoesNotReport(definition, "GW1004");
    }

    [Fact]
    public void Unknown_values_DoNotTrigger()
    {
        var unknown = new Setting<string?>(null, 2, "name", IsKnown: false);
        var spec = new GatewaySpec
        {
            RootStepId = 1,
            HostCluster = new HostClusterSpec(3, unknown, null, null, null),
            GatewayVm = unknown,
            BackendSwitch = unknown,
            FrontEndServerAddress = unknown,
            VpnServerAddress = unknown,
        };

        Assert.Empty(new ConnectionStringValueUnsafeRule().Check(spec));
    }

    [Fact]
    public void Missing_values_DoNotTrigger() => ViolationAssert.DoesNotReport(Gateway.Named("CONTOSO-GW01"), Id);
}
