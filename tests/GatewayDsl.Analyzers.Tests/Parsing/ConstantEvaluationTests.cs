using System.Linq;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using GatewayDsl.Core.Steps;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Parsing;

/// <summary>The values the parser computes at build time, compared with what the run-time builder records.</summary>
public sealed class ConstantEvaluationTests
{
    private static Step Root(string chain, string members = "", params string[] otherFiles)
    {
        var parsed = ParserHarness.Parse(new[] { DefinitionSource.Wrap(chain, members) }.Concat(otherFiles).ToArray());
        Assert.Empty(parsed.Problems);
        return parsed.Steps[parsed.Steps.Count - 1];
    }

    [Fact]
    public void Literals_are_read()
    {
        var step = Root("""Gateway.Named("GW01").MaxVmNetworks(40)""");
        Assert.Equal("MaxVmNetworks", step.Method);
        Assert.Equal(StepValue.Of(40L), step.Get("count"));
    }

    [Fact]
    public void Const_field_from_another_class_in_another_file_is_read()
    {
        var names = "public static class Names { public const string Domain = \"contoso.com\"; }";
        var step = Root("Gateway.Named(\"GW01\").InDomain(Names.Domain)", otherFiles: names);
        Assert.Equal(StepValue.Of("contoso.com"), step.Get("fqdn"));
    }

    [Fact]
    public void Constant_interpolated_string_is_read()
    {
        var step = Root("Gateway.Named(\"GW01\").GatewayVm($\"{Prefix}VM1.contoso.com\")", "    const string Prefix = \"Gateway\";\n");
        Assert.Equal(StepValue.Of("GatewayVM1.contoso.com"), step.Get("name"));
    }

    [Fact]
    public void Nameof_is_read()
    {
        var step = Root("Gateway.Named(\"GW01\").BackendSwitch(nameof(VirtualSwitch1))", "    const int VirtualSwitch1 = 1;\n");
        Assert.Equal(StepValue.Of("VirtualSwitch1"), step.Get("name"));
    }

    [Fact]
    public void Enum_members_are_read_by_name_also_through_nullable_conversions()
    {
        var step = Root("Gateway.Named(\"GW01\").ServiceTemplate(GatewayTemplate.ThreeNic, t => t.DisableIntegrationService(GatewayIntegrationService.Heartbeat))");
        Assert.Equal(StepValue.EnumMember("ThreeNic"), step.Get("template"));

        var vpn = Root("Gateway.Named(\"GW01\").VmNetwork(\"A\", v => v.SiteToSiteVpn(\"1.2.3.4\", s => s.IPsec(encryption: VpnEncryptionMethod.AES256)))");
        var ipsec = vpn.Get("configure").Steps[0].Get("configure").Steps[0];
        Assert.Equal(StepValue.EnumMember("AES256"), ipsec.Get("encryption"));
        Assert.Equal(StepValue.Null, ipsec.Get("integrity"));
    }

    [Fact]
    public void Params_arrays_and_collection_expressions_are_read()
    {
        var viaParams = Root("Gateway.Named(\"GW01\").NetworkService(\"S\", s => s.HostGroups(\"All Hosts\", Groups.Edge))", otherFiles: "static class Groups { public const string Edge = \"All Hosts\\\\Edge\"; }");
        var expected = StepValue.ArrayOf(new[] { "All Hosts", "All Hosts\\Edge" });
        Assert.Equal(expected, viaParams.Get("configure").Steps[0].Get("paths"));

        var viaArray = Root("Gateway.Named(\"GW01\").NetworkService(\"S\", s => s.HostGroups(new[] { \"All Hosts\", \"All Hosts\\\\Edge\" }))");
        Assert.Equal(expected, viaArray.Get("configure").Steps[0].Get("paths"));

        var viaCollection = Root("Gateway.Named(\"GW01\").NetworkService(\"S\", s => s.HostGroups([\"All Hosts\", \"All Hosts\\\\Edge\"]))");
        Assert.Equal(expected, viaCollection.Get("configure").Steps[0].Get("paths"));
    }

    [Fact]
    public void Default_parameter_values_are_recorded_like_the_runtime_builder_does()
    {
        var step = Root("Gateway.Named(\"GW01\").DirectRoutingMode()");
        Assert.Equal(StepValue.Of(true), step.Get("enabled"));

        var site = Root("Gateway.Named(\"GW01\").External(\"E\", n => n.Site(\"S\", \"All Hosts\", s => s.Subnet(\"10.0.0.0/24\")))");
        var subnet = site.Get("configure").Steps[0].Get("configure").Steps[0];
        Assert.Equal(StepValue.Of(0L), subnet.Get("vlan"));
    }

    [Fact]
    public void Const_locals_and_conversions_to_long_are_read()
    {
        var parsed = ParserHarness.Parse("""
            using GatewayDsl;
            [Gateway]
            public static partial class Contoso
            {
                public static GatewayDefinition Define()
                {
                    const int Asn = 65010;
                    return Gateway.Named("GW01").VmNetwork("A", v => v.SiteToSiteVpn("1.2.3.4", s => s.Bgp(Asn)));
                }
            }
            """);
        Assert.Empty(parsed.Problems);
        var bgp = parsed.Steps[1].Get("configure").Steps[0].Get("configure").Steps[0];
        Assert.Equal(StepValue.Of(65010L), bgp.Get("localAsn"));
    }

    [Fact]
    public void Secret_factories_become_call_values()
    {
        var step = Root("Gateway.Named(\"GW01\").ServiceTemplate(GatewayTemplate.TwoNic, t => t.ProductKey(Secret.FromEnvironment(\"KEY\")))");
        var key = step.Get("configure").Steps[0].Get("key");
        Assert.Equal(StepValueKind.Call, key.Kind);
        Assert.Equal("FromEnvironment", key.CallStep!.Method);
        Assert.Equal(StepValue.Of("KEY"), key.CallStep.Get("variable"));
    }

    [Fact]
    public void Step_ids_follow_call_order_with_nested_calls_after_their_parent()
    {
        var parsed = ParserHarness.Parse(DefinitionSource.Wrap(
            "Gateway.Named(\"GW01\").OnHostCluster(\"c\", c => c.Nodes(\"a\", \"b\").NetworkAdapters(2)).GatewayVm(\"vm\")"));
        Assert.Equal(new[] { 1, 2, 5 }, parsed.Steps.Select(s => s.Id));
        Assert.Equal(new[] { 3, 4 }, parsed.Steps[1].Get("configure").Steps.Select(s => s.Id));
    }
}
