using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Identity;

/// <summary>GW3007 at build time: reported on the VmmServerInDomain argument.</summary>
public sealed class GW3007VmmServerInGatewayDomainTests
{
    private const string VmmDomain = ".VmmServerInDomain(\"fabric.fabrikam.com\")";

    [Fact]
    public Task Vpn_gateway_with_the_vmm_server_in_the_same_domain_Triggers_on_the_vmm_domain() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((VmmDomain, ".VmmServerInDomain({|GW3007:\"CONTOSO.COM\"|})")),
        "GW3007");

    [Fact]
    public Task Child_domain_from_an_interpolated_constant_Triggers_on_the_interpolation() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (".InDomain(\"contoso.com\")", ".InDomain(Domain)"),
            (VmmDomain, ".VmmServerInDomain({|GW3007:$\"fabric.{Domain}\"|})"),
            ("public static GatewayDefinition Define()", "const string Domain = \"contoso.com\";\n\n    public static GatewayDefinition Define()")),
        "GW3007");

    [Fact]
    public Task Internet_routable_external_subnet_without_vpn_Triggers_on_the_vmm_domain() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((VmmDomain, ".VmmServerInDomain({|GW3007:\"contoso.com\"|})")),
        "GW3007");

    [Fact]
    public Task Unrelated_domain_that_contains_the_name_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((VmmDomain, ".VmmServerInDomain(\"contoso.com.fabrikam.com\")")),
        "GW3007");

    [Fact]
    public Task Separate_domains_DoNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW3007");
}
