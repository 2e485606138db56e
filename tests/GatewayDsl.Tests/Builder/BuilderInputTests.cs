using System;
using System.Linq;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Builder;

/// <summary>Bad input to the runtime builder gives violations or an ArgumentException naming the parameter, never a crash.</summary>
public sealed class BuilderInputTests
{
    [Fact]
    public void A_null_lambda_is_recorded_and_reported_not_thrown()
    {
        var violations = Gateway.Named("GW01").OnHostCluster("c.contoso.com", null!).Validate();

        Assert.Contains(violations, v => v.RuleId == "GW0004" && v.Message.Contains("Nodes"));
    }

    [Fact]
    public void A_null_params_array_is_recorded_and_reported_not_thrown()
    {
        var violations = TestGateways.NonForwarding(cluster: c => c.Nodes(null!)).Validate();

        Assert.Contains(violations, v => v.RuleId == "GW4001");
    }

    [Fact]
    public void A_null_secret_counts_as_no_product_key()
    {
        var violations = TestGateways.NonForwarding(includeProductKey: false, template: t => t.ProductKey(null!)).Validate();

        Assert.Contains(violations, v => v.RuleId == "GW4005");
    }

    [Fact]
    public void Null_and_empty_strings_everywhere_validate_without_throwing()
    {
        var definition = Gateway.Named(null!)
            .InDomain(null!)
            .OnHostCluster(null!, c => c.Nodes(null!, string.Empty).HostGroup(null!))
            .GatewayVm(string.Empty)
            .BackendSwitch(null!)
            .FrontEndServerAddress(null!)
            .External(null!, n => n.Site(null!, null!, s => s.Subnet(null!).StaticPool(null!, null!, null!, -1, p => p.Reserve(null!, string.Empty))))
            .NetworkService(null!, ns => ns.FrontEnd(null!).HostGroups(null!, null!))
            .VmNetwork(null!, v => v.SiteToSiteVpn(null!, vpn => vpn.RemoteSubnets((string)null!).Bgp(-5, b => b.Peer(null!, -1))));

        var violations = definition.Validate();

        Assert.NotNull(definition.GetConnectionString());
        Assert.All(violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Message)));
    }

    [Fact]
    public void Undefined_enum_values_validate_without_throwing()
    {
        var definition = TestGateways.NonForwarding(template: t => t.DisableIntegrationService((GatewayIntegrationService)42));

        var violations = definition.Validate();

        Assert.NotNull(violations);
    }

    [Fact]
    public void Violations_render_as_compiler_style_lines_with_a_location_path()
    {
        var violation = TestGateways.NonForwarding().BackendSwitch("Second").Validate().Single(v => v.RuleId == "GW0003");

        Assert.Equal(GatewaySeverity.Warning, violation.Severity);
        Assert.Equal("BackendSwitch(...)", violation.Location);
        Assert.StartsWith("warning GW0003: ", violation.ToString());
        Assert.EndsWith(".md", violation.HelpLink);
    }

    [Fact]
    public void A_literal_secret_never_shows_its_value()
    {
        Assert.Equal("Secret.Literal(***)", Secret.Literal("ABCDE-12345").ToString());
        Assert.Equal("Secret.FromEnvironment(\"KEY\")", Secret.FromEnvironment("KEY").ToString());
    }

    [Fact]
    public void Violations_carry_their_additional_locations()
    {
        var gw2004 = Gateway.Named("GW01")
            .External("External", n => n.Site("E", "All Hosts", s => s.Subnet("131.107.10.0/24").StaticPool("131.107.10.10", "131.107.10.20", "131.107.10.1", 10)))
            .Infrastructure("Infrastructure", n => n.Site("I", "All Hosts", s => s.Subnet("192.168.1.0/24").StaticPool("192.168.1.10", "192.168.1.20", "192.168.1.1", 5)))
            .Validate()
            .Single(v => v.RuleId == "GW2004");

        Assert.Contains("StaticPool(metric)", gw2004.Location);
        Assert.Contains(gw2004.AdditionalLocations, l => l.StartsWith("External(\"External\")", StringComparison.Ordinal) && l.EndsWith("StaticPool(metric)", StringComparison.Ordinal));
    }
}
