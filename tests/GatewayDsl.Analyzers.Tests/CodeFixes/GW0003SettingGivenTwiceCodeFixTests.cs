using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using GatewayDsl.CodeFixes.Usage;
using Xunit;
using Verify = GatewayDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<GatewayDsl.CodeFixes.Usage.SettingGivenTwiceCodeFix>;

namespace GatewayDsl.Analyzers.Tests.CodeFixes;

/// <summary>GW0003's fix: remove the overridden (earlier) call, keeping the chain's layout.</summary>
public sealed class GW0003SettingGivenTwiceCodeFixTests
{
    private const string Key = SettingGivenTwiceCodeFix.EquivalenceKey;

    [Fact]
    public Task Earlier_root_call_is_removed_with_its_line() => Verify.VerifyAsync(
        SampleSource.NonForwarding((".BackendSwitch(\"VirtualSwitch1\")", ".{|GW0003:BackendSwitch(\"VirtualSwitch0\")|}\n        .BackendSwitch(\"VirtualSwitch1\")")),
        SampleSource.NonForwarding(),
        Key);

    [Fact]
    public Task Earlier_call_in_a_lambda_chain_is_removed() => Verify.VerifyAsync(
        SampleSource.NonForwarding((".NetworkAdapters(3)", ".{|GW0003:NetworkAdapters(2)|}\n            .NetworkAdapters(3)")),
        SampleSource.NonForwarding(),
        Key);

    [Fact]
    public Task Earlier_call_on_one_line_is_removed() => Verify.VerifyAsync(
        SampleSource.Forwarding(("template => template.EvaluationDeployment()", "template => template.{|GW0003:EvaluationDeployment()|}.EvaluationDeployment()")),
        SampleSource.Forwarding(),
        Key);

    [Fact]
    public Task Earlier_call_followed_by_a_call_on_the_next_line_is_removed() => Verify.VerifyAsync(
        SampleSource.NonForwarding((".GatewayVm(\"GatewayVM1.contoso.com\")", ".GatewayVm(\"GatewayVM1.contoso.com\").{|GW0003:BackendSwitch(\"VirtualSwitch0\")|}")),
        SampleSource.NonForwarding(),
        Key);

    [Fact]
    public Task Whole_statement_in_a_block_lambda_is_removed() => Verify.VerifyAsync(
        SampleSource.NonForwarding(("""
            .OnHostCluster("GatewayHost1.contoso.com", cluster => cluster
                        .Nodes("HV01.contoso.com", "HV02.contoso.com")
                        .NetworkAdapters(3)
                        .HostGroup("All Hosts\\Edge"))
            """, """
            .OnHostCluster("GatewayHost1.contoso.com", cluster =>
                    {
                        cluster.{|GW0003:Nodes("HV08.contoso.com", "HV09.contoso.com")|};
                        cluster.Nodes("HV01.contoso.com", "HV02.contoso.com");
                        cluster.NetworkAdapters(3).HostGroup("All Hosts\\Edge");
                    })
            """)),
        SampleSource.NonForwarding(("""
            .OnHostCluster("GatewayHost1.contoso.com", cluster => cluster
                        .Nodes("HV01.contoso.com", "HV02.contoso.com")
                        .NetworkAdapters(3)
                        .HostGroup("All Hosts\\Edge"))
            """, """
            .OnHostCluster("GatewayHost1.contoso.com", cluster =>
                    {
                        cluster.Nodes("HV01.contoso.com", "HV02.contoso.com");
                        cluster.NetworkAdapters(3).HostGroup("All Hosts\\Edge");
                    })
            """)),
        Key);

    [Fact]
    public Task Repeated_product_key_removes_the_earlier_ProductKey_call_not_only_its_secret() => Verify.VerifyAsync(
        SampleSource.NonForwarding((
            ".ProductKey(Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\"))",
            ".{|GW0003:ProductKey(Secret.FromEnvironment(\"OLD_PRODUCT_KEY\"))|}\n            .ProductKey(Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\"))")),
        SampleSource.NonForwarding(),
        Key);

    [Fact]
    public async Task Title_names_the_removed_call()
    {
        var actions = await Verify.ActionsAsync(SampleSource.NonForwarding((".BackendSwitch(\"VirtualSwitch1\")", ".BackendSwitch(\"VirtualSwitch0\").BackendSwitch(\"VirtualSwitch1\")")));

        var action = Assert.Single(actions);
        Assert.Equal("Remove the overridden BackendSwitch(...) call", action.Title);
        Assert.Equal(Key, action.EquivalenceKey);
    }

    [Fact]
    public Task Fix_all_removes_every_overridden_call() => Verify.VerifyFixAllAsync(
        SampleSource.NonForwarding(
            (".BackendSwitch(\"VirtualSwitch1\")", ".{|GW0003:BackendSwitch(\"VirtualSwitch0\")|}\n        .BackendSwitch(\"VirtualSwitch1\")"),
            (".NetworkAdapters(3)", ".{|GW0003:NetworkAdapters(2)|}\n            .NetworkAdapters(3)"),
            (".InDomain(\"contoso.com\")", ".{|GW0003:InDomain(\"fabrikam.com\")|}.InDomain(\"contoso.com\")")),
        SampleSource.NonForwarding(),
        Key,
        diagnostics: 3);

    [Fact]
    public Task Fix_all_removes_both_overridden_calls_of_a_setting_given_three_times() => Verify.VerifyFixAllAsync(
        SampleSource.NonForwarding((".BackendSwitch(\"VirtualSwitch1\")", ".{|GW0003:BackendSwitch(\"A\")|}\n        .{|GW0003:BackendSwitch(\"B\")|}\n        .BackendSwitch(\"VirtualSwitch1\")")),
        SampleSource.NonForwarding(),
        Key,
        diagnostics: 2);

    [Fact]
    public Task Two_overridden_calls_on_one_line_need_a_second_fix_all_pass()
    {
        // Removing the first call hands its line start (indentation) to the next call's dot, which the second removal
        // deletes: the batch fixer sees overlapping edits and applies the second one in a second pass.
        var test = Verify.Create(
            SampleSource.NonForwarding((".BackendSwitch(\"VirtualSwitch1\")", ".{|GW0003:BackendSwitch(\"A\")|}.{|GW0003:BackendSwitch(\"B\")|}\n        .BackendSwitch(\"VirtualSwitch1\")")),
            SampleSource.NonForwarding());
        test.CodeActionEquivalenceKey = Key;
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 2;
        return test.RunAsync();
    }
}
