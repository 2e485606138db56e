using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Identity;

/// <summary>GW3008 at build time: reported on the InDomain argument.</summary>
public sealed class GW3008DomainNameSingleLabelOrTooLongTests
{
    private const string Domain = ".InDomain(\"contoso.com\")";

    [Fact]
    public Task Single_label_domain_Triggers_on_the_domain() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Domain, ".InDomain({|GW3008:\"contoso\"|})")),
        "GW3008");

    [Fact]
    public Task Domain_of_65_characters_from_constants_Triggers_on_the_interpolation() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Domain, ".InDomain(fqdn: {|GW3008:$\"{Names.Label}.{Names.Label}.com\"|})"),
            ("[Gateway]", "static class Names { public const string Label = \"contoso-corporate-domain-north\"; }\n\n[Gateway]")),
        "GW3008");

    [Fact]
    public Task Domain_of_64_characters_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Domain, ".InDomain(\"" + new string('c', 60) + ".com\")")),
        "GW3008");

    [Fact]
    public Task Single_label_vmm_server_domain_DoesNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((".VmmServerInDomain(\"fabric.fabrikam.com\")", ".VmmServerInDomain(\"fabrikam\")")),
        "GW3008");

    [Fact]
    public Task Multi_label_domain_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.Forwarding(), "GW3008");
}
