using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Networking;

/// <summary>GW2006 at build time: reported on the <c>address</c> argument of <c>VmClusterStaticIpAddress</c>.</summary>
public sealed class GW2006NoClusterAddressWithDhcpTests
{
    [Fact]
    public Task Address_with_dhcp_Triggers_on_the_address() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(("template.EvaluationDeployment()", """template.EvaluationDeployment().VmClusterStaticIpAddress({|GW2006:"192.168.20.50"|})""")),
        "GW2006");

    [Fact]
    public Task Address_from_a_constant_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(
            ("template.EvaluationDeployment()", "template.VmClusterStaticIpAddress({|GW2006:Net.Cluster|}).EvaluationDeployment()"),
            ("[Gateway]", "static class Net { public const string Cluster = \"2001:db8::50\"; }\n\n[Gateway]")),
        "GW2006");

    [Fact]
    public Task Empty_address_with_dhcp_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.Forwarding(("template.EvaluationDeployment()", """template.EvaluationDeployment().VmClusterStaticIpAddress("")""")),
        "GW2006");

    [Fact]
    public Task Address_with_a_static_pool_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW2006");
}
