using System;
using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Steps;
using GatewayDsl.Core.Validation;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Networking;

/// <summary>GW2002: the back-end network allows network virtualization (error); External and Infrastructure do not (warning).</summary>
public sealed class GW2002NetworkVirtualizationOnlyOnBackEndTests
{
    private const string Id = "GW2002";

    [Fact]
    public void NonForwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Back_end_network_not_allowing_network_virtualization_Triggers_error()
    {
        var definition = Networks(networkVirtualization: n => n.AllowNetworkVirtualization(false));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("logical network 'Network Virtualization'", v.Message);
        Assert.Contains("AllowNetworkVirtualization(false)", v.Message);
        Assert.Contains("must allow network virtualization", v.Message);
        Assert.Equal("NetworkVirtualization(\"Network Virtualization\") › AllowNetworkVirtualization(allow)", v.Location);
    }

    [Fact]
    public void Back_end_network_explicitly_allowing_network_virtualization_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(Networks(networkVirtualization: n => n.AllowNetworkVirtualization()), Id);

    [Fact]
    public void External_network_allowing_network_virtualization_Triggers_warning()
    {
        var definition = Networks(external: n => n.AllowNetworkVirtualization());

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Equal(GatewaySeverity.Warning, v.Severity);
        Assert.Contains("logical network 'External' (External / front-end)", v.Message);
        Assert.Contains("AllowNetworkVirtualization(true)", v.Message);
        Assert.Contains("Remove the AllowNetworkVirtualization call", v.Message);
        Assert.Equal("External(\"External\") › AllowNetworkVirtualization(allow)", v.Location);
    }

    [Fact]
    public void Infrastructure_network_allowing_network_virtualization_Triggers_warning()
    {
        var definition = Networks(infrastructure: n => n.AllowNetworkVirtualization(true));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Equal(GatewaySeverity.Warning, v.Severity);
        Assert.Contains("'Infrastructure' (Infrastructure / management)", v.Message);
        Assert.Contains("Infrastructure(\"Infrastructure\") › AllowNetworkVirtualization(allow)", v.Location);
    }

    [Fact]
    public void External_and_infrastructure_explicitly_not_allowing_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(
            Networks(external: n => n.AllowNetworkVirtualization(false), infrastructure: n => n.AllowNetworkVirtualization(false)),
            Id);

    [Fact]
    public void All_three_wrong_Triggers_one_error_and_two_warnings()
    {
        var definition = Networks(
            networkVirtualization: n => n.AllowNetworkVirtualization(false),
            external: n => n.AllowNetworkVirtualization(),
            infrastructure: n => n.AllowNetworkVirtualization());

        var violations = ViolationAssert.Reports(definition, Id);

        Assert.Equal(3, violations.Count);
        Assert.Equal(new[] { GatewaySeverity.Error, GatewaySeverity.Warning, GatewaySeverity.Warning }, violations.Select(v => v.Severity));
    }

    [Fact]
    public void Later_call_wins_DoesNotTrigger()
    {
        // Given twice: the later value counts (GW0003 reports the repetition), and it is correct.
        var definition = Networks(networkVirtualization: n => n.AllowNetworkVirtualization(false).AllowNetworkVirtualization(true));

        ViolationAssert.DoesNotReport(definition, Id);
        ViolationAssert.Reports(definition, "GW0003");
    }

    [Fact]
    public void Null_network_name_Triggers_naming_the_role()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .NetworkVirtualization(null!, n => n.AllowNetworkVirtualization(false).Site("NV-Site", "All Hosts\\Edge", s => { }));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Contains("The network virtualization / back-end logical network has AllowNetworkVirtualization(false)", v.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Unknown_allow_value_DoesNotTrigger(bool known)
    {
        // Built from steps, as the compile-time parser produces them: an unevaluable argument is Unknown (GW0001 covers it).
        var allow = known ? StepValue.Of(false) : StepValue.Unknown;
        var steps = new[]
        {
            new Step(1, DslSteps.Named.Method, EquatableArray.Create(new StepArgument(DslSteps.Named.Name, StepValue.Of("CONTOSO-GW01")))),
            new Step(2, DslSteps.LogicalNetwork.NetworkVirtualization, EquatableArray.Create(
                new StepArgument(DslSteps.LogicalNetwork.Name, StepValue.Of("Network Virtualization")),
                new StepArgument(DslSteps.LogicalNetwork.Configure, StepValue.ScopeOf(new[]
                {
                    new Step(3, DslSteps.AllowNetworkVirtualization.Method, EquatableArray.Create(new StepArgument(DslSteps.AllowNetworkVirtualization.Allow, allow))),
                })))),
        };

        var reported = GatewayValidator.Validate(steps).Violations.Any(v => v.RuleId == Id);

        Assert.Equal(known, reported);
    }

    /// <summary>The procedure's three networks with one site each; each hook adds calls inside one logical network.</summary>
    private static GatewayDefinition Networks(
        Action<LogicalNetworkBuilder>? networkVirtualization = null,
        Action<LogicalNetworkBuilder>? external = null,
        Action<LogicalNetworkBuilder>? infrastructure = null) =>
        Gateway.Named("CONTOSO-GW01")
            .NetworkVirtualization("Network Virtualization", n =>
            {
                networkVirtualization?.Invoke(n);
                n.Site("NV-Site", "All Hosts\\Edge", s => s.Subnet("10.10.0.0/16", vlan: 12).StaticPool("10.10.0.10", "10.10.255.200", "10.10.0.1", metric: 10));
            })
            .External("External", n =>
            {
                external?.Invoke(n);
                n.Site("External-Site", "All Hosts\\Edge", s => s.Subnet("131.107.10.0/24").StaticPool("131.107.10.10", "131.107.10.99", "131.107.10.1", metric: 10));
            })
            .Infrastructure("Infrastructure", n =>
            {
                infrastructure?.Invoke(n);
                n.Site("Infra-Site", "All Hosts\\Edge", s => s.Subnet("192.168.10.0/24").StaticPool("192.168.10.10", "192.168.10.99", "192.168.10.1", metric: 20));
            });
}
