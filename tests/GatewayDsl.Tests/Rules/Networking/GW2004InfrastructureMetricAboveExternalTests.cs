using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;
using GatewayDsl.Core.Validation;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Networking;

/// <summary>GW2004: when Infrastructure and External route to the same network, the Infrastructure metric is higher.</summary>
public sealed class GW2004InfrastructureMetricAboveExternalTests
{
    private const string Id = "GW2004";
    private const string InfraMetric = "Infrastructure(\"Infrastructure\") › Site(\"Infra-Site\") › StaticPool(metric)";
    private const int ExternalPoolStep = 5;
    private const int InfrastructurePoolStep = 8;

    [Fact]
    public void NonForwarding_baseline_with_metrics_10_and_20_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_with_dhcp_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Equal_metrics_when_routing_to_same_network_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Metrics(external: 10, infrastructure: 10, sameNetwork: true), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("Infrastructure pool 'Infra-Site Pool' has gateway metric '10'", v.Message);
        Assert.Contains("not higher than the metric '10' of the External pool 'External Pool'", v.Message);
        Assert.Contains("(InfrastructureRoutesToSameNetworkAsExternal(true))", v.Message);
        Assert.Contains("e.g. '20' (at least '11')", v.Message);
        Assert.DoesNotContain("assumed", v.Message);
        Assert.Equal(InfraMetric, v.Location);
    }

    [Fact]
    public void Lower_infrastructure_metric_Triggers()
    {
        var v = ViolationAssert.ReportsOnce(Metrics(external: 20, infrastructure: 10, sameNetwork: true), Id);

        Assert.Contains("gateway metric '10'", v.Message);
        Assert.Contains("the metric '20'", v.Message);
        Assert.Contains("e.g. '30' (at least '21')", v.Message);
    }

    [Fact]
    public void Routing_not_stated_is_assumed_same_network_Triggers_and_explains_opt_out()
    {
        var v = ViolationAssert.ReportsOnce(Metrics(external: 10, infrastructure: 10, sameNetwork: null), Id);

        Assert.Contains("assumed to route to the same network", v.Message);
        Assert.Contains("say so with InfrastructureRoutesToSameNetworkAsExternal(false)", v.Message);
    }

    [Fact]
    public void Not_routing_to_same_network_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(Metrics(external: 10, infrastructure: 10, sameNetwork: false), Id);

    [Theory]
    [InlineData(10, 11)]
    [InlineData(10, 20)]
    [InlineData(0, 1)]
    [InlineData(-5, 0)]
    public void Higher_infrastructure_metric_DoesNotTrigger(int external, int infrastructure) =>
        ViolationAssert.DoesNotReport(Metrics(external, infrastructure, sameNetwork: true), Id);

    [Fact]
    public void Infrastructure_using_dhcp_DoesNotTrigger()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .External("External", n => n.Site("External-Site", "All Hosts\\Edge", s => s.Subnet("131.107.10.0/24").StaticPool("131.107.10.10", "131.107.10.99", "131.107.10.1", metric: 10)))
            .Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts\\Edge", s => s.Subnet("192.168.10.0/24").UsesDhcp()));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void Infrastructure_compared_with_highest_external_metric_Triggers()
    {
        // A second External pool with metric 30: the Infrastructure pool's 20 is no longer the highest.
        var definition = TestGateways.NonForwarding(externalSite: s => s.StaticPool("131.107.10.100", "131.107.10.120", "131.107.10.1", metric: 30));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("gateway metric '20'", v.Message);
        Assert.Contains("the metric '30' of the External pool 'External-Site Pool'", v.Message);
        Assert.Contains("e.g. '40' (at least '31')", v.Message);
    }

    [Fact]
    public void Each_offending_infrastructure_pool_Triggers()
    {
        var definition = TestGateways.NonForwarding(infraSite: s => s
            .StaticPool("192.168.10.100", "192.168.10.150", "192.168.10.1", metric: 5, p => p.PoolName("Infra Pool 2"))
            .StaticPool("192.168.10.151", "192.168.10.200", "192.168.10.1", metric: 30, p => p.PoolName("Infra Pool 3")));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("'Infra Pool 2' has gateway metric '5'", v.Message);
    }

    [Fact]
    public void External_metric_at_int_maximum_Triggers_asking_to_lower_it()
    {
        var v = ViolationAssert.ReportsOnce(Metrics(external: int.MaxValue, infrastructure: int.MaxValue, sameNetwork: true), Id);

        Assert.Contains("No Int32 metric is higher than '2147483647'; lower the External metric first.", v.Message);
    }

    [Fact]
    public void External_metric_near_int_maximum_Triggers_suggesting_plus_one()
    {
        var v = ViolationAssert.ReportsOnce(Metrics(external: int.MaxValue - 5, infrastructure: 1, sameNetwork: true), Id);

        Assert.Contains("Set the Infrastructure metric to '2147483643'.", v.Message);
    }

    [Fact]
    public void Null_pool_and_site_names_Trigger_without_exception()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .External("External", n => n.Site(null!, "All Hosts\\Edge", s => s.StaticPool("131.107.10.10", "131.107.10.99", "131.107.10.1", metric: 10)))
            .Infrastructure("Infrastructure", n => n.Site(null!, "All Hosts\\Edge", s => s.StaticPool("192.168.10.10", "192.168.10.99", "192.168.10.1", metric: 10)));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.StartsWith("The Infrastructure pool has gateway metric '10', which is not higher than the metric '10' of the External pool.", v.Message);
    }

    [Fact]
    public void Additional_location_is_the_external_metric()
    {
        var result = GatewayValidator.Validate(MetricSteps(StepValue.Of(10), StepValue.Of(10), StepValue.Of(true)));

        var v = Assert.Single(result.Violations, x => x.RuleId == Id);
        Assert.Equal(new SourceRef(InfrastructurePoolStep, DslSteps.StaticPool.Metric), v.Location);
        Assert.Equal(new[] { new SourceRef(ExternalPoolStep, DslSteps.StaticPool.Metric) }, v.AdditionalLocations.ToArray());
    }

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public void Unknown_value_DoesNotTrigger(bool externalKnown, bool infrastructureKnown, bool sameNetworkKnown)
    {
        // Built from steps, as the compile-time parser produces them: GW0001 covers an unevaluable argument.
        var steps = MetricSteps(
            externalKnown ? StepValue.Of(10) : StepValue.Unknown,
            infrastructureKnown ? StepValue.Of(10) : StepValue.Unknown,
            sameNetworkKnown ? StepValue.Of(true) : StepValue.Unknown);

        Assert.DoesNotContain(GatewayValidator.Validate(steps).Violations, v => v.RuleId == Id);
    }

    /// <summary>The External and Infrastructure networks, one pool each, with the given metrics; <c>null</c> leaves the routing unstated.</summary>
    private static GatewayDefinition Metrics(int external, int infrastructure, bool? sameNetwork)
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .External("External", n => n.Site("External-Site", "All Hosts\\Edge", s => s
                .Subnet("131.107.10.0/24")
                .StaticPool("131.107.10.10", "131.107.10.99", "131.107.10.1", external, p => p.PoolName("External Pool"))))
            .Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts\\Edge", s => s
                .Subnet("192.168.10.0/24")
                .StaticPool("192.168.10.10", "192.168.10.99", "192.168.10.1", infrastructure)));
        return sameNetwork is { } value ? definition.InfrastructureRoutesToSameNetworkAsExternal(value) : definition;
    }

    /// <summary>The same shape as recorded steps, so a test can make a value unknown.</summary>
    private static Step[] MetricSteps(StepValue externalMetric, StepValue infrastructureMetric, StepValue sameNetwork) => new[]
    {
        Call(1, DslSteps.Named.Method, (DslSteps.Named.Name, StepValue.Of("CONTOSO-GW01"))),
        Call(2, DslSteps.InfrastructureRoutesToSameNetworkAsExternal.Method, (DslSteps.InfrastructureRoutesToSameNetworkAsExternal.Value, sameNetwork)),
        Network(3, DslSteps.LogicalNetwork.External, ExternalPoolStep, externalMetric),
        Network(6, DslSteps.LogicalNetwork.Infrastructure, InfrastructurePoolStep, infrastructureMetric),
    };

    private static Step Network(int id, string role, int poolId, StepValue metric) =>
        Call(id, role, (DslSteps.LogicalNetwork.Name, StepValue.Of(role)), (DslSteps.LogicalNetwork.Configure, StepValue.ScopeOf(new[]
        {
            Call(id + 1, DslSteps.Site.Method, (DslSteps.Site.Name, StepValue.Of(role + "-Site")), (DslSteps.Site.HostGroup, StepValue.Of("All Hosts")), (DslSteps.Site.Configure, StepValue.ScopeOf(new[]
            {
                Call(poolId, DslSteps.StaticPool.Method, (DslSteps.StaticPool.RangeStart, StepValue.Of("10.0.0.10")), (DslSteps.StaticPool.RangeEnd, StepValue.Of("10.0.0.99")), (DslSteps.StaticPool.Gateway, StepValue.Of("10.0.0.1")), (DslSteps.StaticPool.Metric, metric)),
            }))),
        })));

    private static Step Call(int id, string method, params (string Parameter, StepValue Value)[] arguments) =>
        new(id, method, arguments.Select(a => new StepArgument(a.Parameter, a.Value)).ToEquatableArray());
}
