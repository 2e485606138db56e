using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Deployment;

/// <summary>
/// GW4004 at build time: a missing share is reported on the root call (<c>Named(...)</c>), an empty server or share name
/// on its argument.
/// </summary>
public sealed class GW4004HostClusterNeedsScaleOutFileShareTests
{
    private const string Share = ".ScaleOutFileServer(\"sofs01.contoso.com\", \"GatewayShare\")";

    [Fact]
    public Task Missing_file_share_Triggers_on_the_root_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            ("Gateway.Named(\"CONTOSO-GW01\")", "Gateway.{|GW4004:Named(\"CONTOSO-GW01\")|}"),
            (Share, string.Empty)),
        "GW4004");

    [Fact]
    public Task Blank_share_name_Triggers_on_the_share() => RuleCase.VerifyAsync(
        SampleSource.Forwarding((Share, ".ScaleOutFileServer(\"sofs01.contoso.com\", {|GW4004:\"  \"|})")),
        "GW4004");

    [Fact]
    public Task Empty_server_name_Triggers_on_the_server() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Share, ".ScaleOutFileServer({|GW4004:\"\"|}, \"GatewayShare\")")),
        "GW4004");

    [Fact]
    public Task Blank_share_from_a_constant_in_a_named_argument_Triggers_on_the_constant() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Share, ".ScaleOutFileServer(share: {|GW4004:Storage.Share|}, server: \"sofs01.contoso.com\")"),
            ("[Gateway]", "static class Storage { public const string Share = \"\"; }\n\n[Gateway]")),
        "GW4004");

    [Fact]
    public Task Null_server_and_share_Trigger_on_each_argument() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Share, ".ScaleOutFileServer({|GW4004:null|}, {|GW4004:null|})")),
        "GW4004");

    [Fact]
    public Task Null_forgiven_server_and_share_Trigger_on_each_whole_argument() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Share, ".ScaleOutFileServer({|GW4004:null!|}, {|GW4004:null!|})")),
        "GW4004");

    [Fact]
    public Task File_share_given_DoesNotTrigger() => RuleCase.VerifyAsync(SampleSource.NonForwarding(), "GW4004");
}
