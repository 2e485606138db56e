using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Reduction;
using GatewayDsl.Core.Rules;
using GatewayDsl.Core.Steps;
using Xunit;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Tests.Reduction;

/// <summary>The reducer alone, fed hand-made steps exactly as the compile-time parser would produce them.</summary>
public sealed class GatewayReducerTests
{
    private static Step Call(int id, string method, params (string Parameter, StepValue Value)[] arguments) =>
        new(id, method, arguments.Select(a => new StepArgument(a.Parameter, a.Value)).ToEquatableArray());

    private static StepValue Scope(params Step[] steps) => StepValue.ScopeOf(steps);

    [Fact]
    public void Root_settings_are_read_with_their_step_and_parameter()
    {
        var result = GatewayReducer.Reduce(new[]
        {
            Call(1, S.Named.Method, (S.Named.Name, StepValue.Of("GW01"))),
            Call(2, S.InDomain.Method, (S.InDomain.Fqdn, StepValue.Of("contoso.com"))),
            Call(3, S.MaxVmNetworks.Method, (S.MaxVmNetworks.Count, StepValue.Of(40L))),
        });

        Assert.Equal("GW01", result.Spec.Name!.Value);
        Assert.Equal(1, result.Spec.RootStepId);
        Assert.Equal(new SourceRef(2, S.InDomain.Fqdn), result.Spec.Domain!.Source);
        Assert.Equal(40, result.Spec.MaxVmNetworks!.Value);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_setting_given_twice_keeps_the_later_value_and_reports_GW0003_on_the_earlier_call()
    {
        var result = GatewayReducer.Reduce(new[]
        {
            Call(1, S.Named.Method, (S.Named.Name, StepValue.Of("GW01"))),
            Call(2, S.BackendSwitch.Method, (S.BackendSwitch.Name, StepValue.Of("Old"))),
            Call(3, S.BackendSwitch.Method, (S.BackendSwitch.Name, StepValue.Of("New"))),
        });

        Assert.Equal("New", result.Spec.BackendSwitch!.Value);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("GW0003", finding.RuleId);
        Assert.Equal(SourceRef.Call(2), finding.Location);
        Assert.Equal(SourceRef.Call(3), Assert.Single(finding.AdditionalLocations));
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void A_pool_belongs_to_the_subnet_declared_last_before_it()
    {
        var site = Call(3, S.Site.Method,
            (S.Site.Name, StepValue.Of("Infra-Site")),
            (S.Site.HostGroup, StepValue.Of("All Hosts")),
            (S.Site.Configure, Scope(
                Call(4, S.Subnet.Method, (S.Subnet.Cidr, StepValue.Of("10.0.0.0/24"))),
                Call(5, S.Subnet.Method, (S.Subnet.Cidr, StepValue.Of("10.0.1.0/24")), (S.Subnet.Vlan, StepValue.Of(7L))),
                Call(6, S.StaticPool.Method,
                    (S.StaticPool.RangeStart, StepValue.Of("10.0.1.10")),
                    (S.StaticPool.RangeEnd, StepValue.Of("10.0.1.20")),
                    (S.StaticPool.Gateway, StepValue.Of("10.0.1.1")),
                    (S.StaticPool.Metric, StepValue.Of(20L)),
                    (S.StaticPool.Configure, StepValue.Null)))));
        var result = GatewayReducer.Reduce(new[]
        {
            Call(1, S.Named.Method, (S.Named.Name, StepValue.Of("GW01"))),
            Call(2, S.LogicalNetwork.Infrastructure, (S.LogicalNetwork.Name, StepValue.Of("Infrastructure")), (S.LogicalNetwork.Configure, Scope(site))),
        });

        var network = Assert.Single(result.Spec.LogicalNetworks);
        Assert.Equal(NetworkRole.Infrastructure, network.Role);
        var reducedSite = Assert.Single(network.Sites);
        Assert.Equal(0, reducedSite.Subnets[0].Vlan.Value);
        Assert.Equal(7, reducedSite.Subnets[1].Vlan.Value);
        var pool = Assert.Single(reducedSite.Pools);
        Assert.Equal("10.0.1.0/24", pool.SubnetCidr!.Value);
        Assert.Equal("Infra-Site Pool", pool.Name.Value);
        Assert.Equal(20, pool.Metric.Value);
    }

    [Fact]
    public void Unknown_values_are_kept_as_unknown_settings_so_rules_can_skip_them()
    {
        var result = GatewayReducer.Reduce(new[]
        {
            Call(1, S.Named.Method, (S.Named.Name, StepValue.Unknown)),
            Call(2, S.MaxVmNetworks.Method, (S.MaxVmNetworks.Count, StepValue.Unknown)),
            Call(3, S.DirectRoutingMode.Method, (S.DirectRoutingMode.Enabled, StepValue.Unknown)),
        });

        Assert.False(result.Spec.Name!.IsKnown);
        Assert.False(result.Spec.MaxVmNetworks!.IsKnown);
        Assert.False(result.Spec.DirectRoutingMode!.IsKnown);
        Assert.False(result.Spec.IsForwarding);
    }

    [Fact]
    public void Methods_the_reducer_does_not_know_are_ignored()
    {
        var result = GatewayReducer.Reduce(new[]
        {
            Call(1, S.Named.Method, (S.Named.Name, StepValue.Of("GW01"))),
            Call(2, "SomeFutureMethod", ("x", StepValue.Of(1L))),
        });

        Assert.Equal("GW01", result.Spec.Name!.Value);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_literal_secret_keeps_no_value_in_the_spec()
    {
        const string sentinel = "SENTINEL-PRODUCT-KEY-12345";
        var literal = Call(5, S.Secret.Literal, (S.Secret.Value, StepValue.Of(sentinel)));
        var template = Call(3, S.ServiceTemplate.Method,
            (S.ServiceTemplate.Template, StepValue.EnumMember("ThreeNic")),
            (S.ServiceTemplate.Configure, Scope(Call(4, S.ProductKey.Method, (S.ProductKey.Key, StepValue.CallOf(literal))))));
        var result = GatewayReducer.Reduce(new[] { Call(1, S.Named.Method, (S.Named.Name, StepValue.Of("GW01"))), template });

        var key = result.Spec.ServiceTemplate!.ProductKey!;
        Assert.Equal(SecretSourceKind.Literal, key.Kind);
        Assert.Null(key.Reference);
        Assert.DoesNotContain(sentinel, result.Spec.ToString());
    }

    [Fact]
    public void Environment_secret_keeps_the_variable_name()
    {
        var secret = Call(5, S.Secret.FromEnvironment, (S.Secret.Variable, StepValue.Of("GATEWAY_PRODUCT_KEY")));
        var template = Call(3, S.ServiceTemplate.Method,
            (S.ServiceTemplate.Template, StepValue.EnumMember("TwoNic")),
            (S.ServiceTemplate.Configure, Scope(Call(4, S.ProductKey.Method, (S.ProductKey.Key, StepValue.CallOf(secret))))));
        var result = GatewayReducer.Reduce(new[] { Call(1, S.Named.Method, (S.Named.Name, StepValue.Of("GW01"))), template });

        var key = result.Spec.ServiceTemplate!.ProductKey!;
        Assert.Equal(SecretSourceKind.Environment, key.Kind);
        Assert.Equal("GATEWAY_PRODUCT_KEY", key.Reference!.Value);
        Assert.Equal(2, result.Spec.ServiceTemplate.AdapterCount);
    }

    [Fact]
    public void Params_items_keep_their_index_for_precise_locations()
    {
        var cluster = Call(2, S.OnHostCluster.Method,
            (S.OnHostCluster.Name, StepValue.Of("cluster.contoso.com")),
            (S.OnHostCluster.Configure, Scope(Call(3, S.NetworkService.Method))));
        var service = Call(4, S.NetworkService.Method,
            (S.NetworkService.Name, StepValue.Of("GW")),
            (S.NetworkService.Configure, Scope(Call(5, S.HostGroups.Method, (S.HostGroups.Paths, StepValue.ArrayOf(new[] { "All Hosts", "All Hosts\\Edge" }))))));
        var result = GatewayReducer.Reduce(new[] { Call(1, S.Named.Method, (S.Named.Name, StepValue.Of("GW01"))), cluster, service });

        var groups = result.Spec.NetworkService!.HostGroups;
        Assert.Equal(new SourceRef(5, S.HostGroups.Paths, 1), groups[1].Source);
        Assert.Null(result.Spec.HostCluster!.Nodes);
    }

    [Fact]
    public void An_empty_definition_reduces_to_an_empty_spec()
    {
        var result = GatewayReducer.Reduce(System.Array.Empty<Step>());

        Assert.Null(result.Spec.Name);
        Assert.Empty(result.Spec.LogicalNetworks);
        Assert.Empty(result.Findings);
    }
}
