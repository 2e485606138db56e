using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Identity;

/// <summary>GW3005 at build time: reported on the host name outside the domain (host cluster, node item, gateway VM).</summary>
public sealed class GW3005HostOutsideDomainTests
{
    [Fact]
    public Task Gateway_vm_in_another_domain_Triggers_on_the_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".GatewayVm(\"GatewayVM1.contoso.com\")", ".GatewayVm({|GW3005:\"GatewayVM1.fabrikam.com\"|})")),
        "GW3005");

    [Fact]
    public Task Node_in_another_domain_Triggers_on_its_item() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((".Nodes(\"HV03.contoso.com\", \"HV04.contoso.com\")", ".Nodes(\"HV03.contoso.com\", {|GW3005:\"HV04.fabrikam.com\"|})")),
        "GW3005");

    [Fact]
    public Task Host_cluster_from_an_interpolated_constant_Triggers_on_the_interpolation() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".OnHostCluster(\"GatewayHost1.contoso.com\"", ".OnHostCluster({|GW3005:$\"GatewayHost1.{Fabric.Domain}\"|}"),
            ("[Gateway]", "static class Fabric { public const string Domain = \"notcontoso.com\"; }\n\n[Gateway]")),
        "GW3005");

    [Fact]
    public Task Domain_of_other_hosts_Triggers_on_each_host_name() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".InDomain(\"contoso.com\")", ".InDomain(\"fabrikam.com\")"),
            (".OnHostCluster(\"GatewayHost1.contoso.com\"", ".OnHostCluster({|GW3005:\"GatewayHost1.contoso.com\"|}"),
            (".Nodes(\"HV01.contoso.com\", \"HV02.contoso.com\")", ".Nodes({|GW3005:\"HV01.contoso.com\"|}, {|GW3005:\"HV02.contoso.com\"|})"),
            (".GatewayVm(\"GatewayVM1.contoso.com\")", ".GatewayVm({|GW3005:\"GatewayVM1.contoso.com\"|})")),
        "GW3005");

    [Fact]
    public Task Single_label_subdomain_and_other_case_names_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".OnHostCluster(\"GatewayHost1.contoso.com\"", ".OnHostCluster(\"GatewayHost1\""),
            (".Nodes(\"HV01.contoso.com\", \"HV02.contoso.com\")", ".Nodes(\"HV01.EDGE.CONTOSO.COM\", \"HV02.contoso.com.\")")),
        "GW3005");

    [Fact]
    public Task Hosts_inside_the_domain_DoNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW3005");
}
