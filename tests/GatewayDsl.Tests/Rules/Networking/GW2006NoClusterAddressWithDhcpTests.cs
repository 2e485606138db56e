using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;
using GatewayDsl.Core.Validation;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Networking;

/// <summary>GW2006: VMClusterStaticIPAddress stays empty when the Infrastructure network uses DHCP.</summary>
public sealed class GW2006NoClusterAddressWithDhcpTests
{
    private const string Id = "GW2006";

    [Fact]
    public void NonForwarding_baseline_with_static_pool_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);

    [Fact]
    public void Forwarding_baseline_with_dhcp_and_no_address_DoesNotTrigger() => ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);

    [Fact]
    public void Address_with_dhcp_Triggers_at_address_argument()
    {
        var definition = TestGateways.Forwarding(template: t => t.VmClusterStaticIpAddress("192.168.20.50"));

        var v = ViolationAssert.ReportsOnce(definition, Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("VMClusterStaticIPAddress is set to '192.168.20.50', but the Infrastructure network uses DHCP", v.Message);
        Assert.Contains("Remove VmClusterStaticIpAddress(...)", v.Message);
        Assert.Equal("ServiceTemplate() › VmClusterStaticIpAddress(address)", v.Location);
    }

    [Fact]
    public void IPv6_address_with_dhcp_Triggers() =>
        ViolationAssert.ReportsOnce(TestGateways.Forwarding(template: t => t.VmClusterStaticIpAddress("2001:db8::50")), Id);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Empty_address_with_dhcp_DoesNotTrigger(string? address) =>
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(template: t => t.VmClusterStaticIpAddress(address!)), Id);

    [Fact]
    public void Unparsable_address_with_dhcp_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(template: t => t.VmClusterStaticIpAddress("192.168.20.500")), Id);

    [Fact]
    public void Site_with_pool_and_dhcp_DoesNotTrigger()
    {
        // Not DHCP: the pool makes the address required (GW2003 reports the contradiction).
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(infraSite: s => s.UsesDhcp()), Id);
    }

    [Fact]
    public void Second_infrastructure_site_with_dhcp_next_to_a_pool_DoesNotTrigger()
    {
        var definition = Gateway.Named("CONTOSO-GW01")
            .Infrastructure("Infrastructure", n => n
                .Site("Infra-Site", "All Hosts\\Edge", s => s.Subnet("192.168.10.0/24").StaticPool("192.168.10.10", "192.168.10.99", "192.168.10.1", metric: 20, p => p.Reserve("192.168.10.50")))
                .Site("Infra-Site-2", "All Hosts\\Branch", s => s.Subnet("192.168.11.0/24").UsesDhcp()))
            .ServiceTemplate(GatewayTemplate.ThreeNic, t => t.VmClusterStaticIpAddress("192.168.10.50"));

        ViolationAssert.DoesNotReport(definition, Id);
    }

    [Fact]
    public void No_service_template_DoesNotTrigger() =>
        ViolationAssert.DoesNotReport(
            Gateway.Named("CONTOSO-GW01").Infrastructure("Infrastructure", n => n.Site("Infra-Site", "All Hosts\\Edge", s => s.UsesDhcp())),
            Id);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Unknown_address_DoesNotTrigger_and_known_one_adds_the_UsesDhcp_call(bool known)
    {
        // Built from steps, as the compile-time parser produces them: GW0001 covers an unevaluable argument.
        var steps = new[]
        {
            Call(1, DslSteps.Named.Method, (DslSteps.Named.Name, StepValue.Of("CONTOSO-GW01"))),
            Call(2, DslSteps.LogicalNetwork.Infrastructure, (DslSteps.LogicalNetwork.Name, StepValue.Of("Infrastructure")), (DslSteps.LogicalNetwork.Configure, StepValue.ScopeOf(new[]
            {
                Call(3, DslSteps.Site.Method, (DslSteps.Site.Name, StepValue.Of("Infra-Site")), (DslSteps.Site.HostGroup, StepValue.Of("All Hosts")), (DslSteps.Site.Configure, StepValue.ScopeOf(new[]
                {
                    Call(4, DslSteps.UsesDhcp.Method),
                }))),
            }))),
            Call(5, DslSteps.ServiceTemplate.Method, (DslSteps.ServiceTemplate.Template, StepValue.EnumMember("TwoNic")), (DslSteps.ServiceTemplate.Configure, StepValue.ScopeOf(new[]
            {
                Call(6, DslSteps.VmClusterStaticIpAddress.Method, (DslSteps.VmClusterStaticIpAddress.Address, known ? StepValue.Of("192.168.20.50") : StepValue.Unknown)),
            }))),
        };

        var found = GatewayValidator.Validate(steps).Violations.Where(v => v.RuleId == Id).ToArray();

        Assert.Equal(known, found.Length == 1);
        if (known)
        {
            Assert.Equal(new SourceRef(6, DslSteps.VmClusterStaticIpAddress.Address), found[0].Location);
            Assert.Equal(new[] { SourceRef.Call(4) }, found[0].AdditionalLocations.ToArray());
        }
    }

    private static Step Call(int id, string method, params (string Parameter, StepValue Value)[] arguments) =>
        new(id, method, arguments.Select(a => new StepArgument(a.Parameter, a.Value)).ToEquatableArray());
}
