using System.Linq;
using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using GatewayDsl.CodeFixes.Security;
using Xunit;
using Verify = GatewayDsl.Analyzers.Tests.Infrastructure.CodeFixVerifier<GatewayDsl.CodeFixes.Security.SecretLiteralInSourceCodeFix>;

namespace GatewayDsl.Analyzers.Tests.CodeFixes;

/// <summary>GW6001's fix: replace Secret.Literal(...) with Secret.FromEnvironment("NAME"), the name the rule proposes.</summary>
public sealed class GW6001SecretLiteralInSourceCodeFixTests
{
    private const string Key = SecretLiteralInSourceCodeFix.EquivalenceKey;
    private const string ProductKey = ".ProductKey(Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\"))";
    private const string PreSharedKey = ".PreSharedKey(\"Tenant-A PSK\")";

    [Fact]
    public Task Product_key_literal_takes_GATEWAY_PRODUCT_KEY() => Verify.VerifyAsync(
        SampleSource.NonForwarding((ProductKey, ".ProductKey(Secret.{|GW6001:Literal(\"AAAAA-BBBBB-CCCCC-DDDDD-EEEEE\")|})")),
        SampleSource.NonForwarding(),
        Key);

    [Fact]
    public Task Pre_shared_key_literal_takes_a_name_from_the_VM_network() => Verify.VerifyAsync(
        SampleSource.NonForwarding((PreSharedKey, ".PreSharedKey(\"Tenant-A PSK\", Secret.{|GW6001:Literal(\"s3cret\")|})")),
        SampleSource.NonForwarding((PreSharedKey, ".PreSharedKey(\"Tenant-A PSK\", Secret.FromEnvironment(\"TENANT_A_PSK\"))")),
        Key);

    [Fact]
    public Task Qualified_Secret_and_named_argument_keep_their_receiver() => Verify.VerifyAsync(
        SampleSource.NonForwarding((ProductKey, ".ProductKey(key: GatewayDsl.Secret.{|GW6001:Literal(value: \"AAAAA\")|})")),
        SampleSource.NonForwarding((ProductKey, ".ProductKey(key: GatewayDsl.Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\"))")),
        Key);

    [Fact]
    public async Task Titles_name_each_variable()
    {
        var actions = await Verify.ActionsAsync(SampleSource.NonForwarding(
            (ProductKey, ".ProductKey(Secret.Literal(\"AAAAA\"))"),
            (PreSharedKey, ".PreSharedKey(\"Tenant-A PSK\", Secret.Literal(\"s3cret\"))")));

        Assert.Equal(
            ["Use Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")", "Use Secret.FromEnvironment(\"TENANT_A_PSK\")"],
            actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.Equal(Key, a.EquivalenceKey));
    }

    [Fact]
    public Task Fix_all_replaces_every_literal_with_its_own_variable() => Verify.VerifyFixAllAsync(
        SampleSource.NonForwarding(
            (ProductKey, ".ProductKey(Secret.{|GW6001:Literal(\"AAAAA\")|})"),
            (PreSharedKey, ".PreSharedKey(\"Tenant-A PSK\", Secret.{|GW6001:Literal(\"s3cret\")|})")),
        SampleSource.NonForwarding((PreSharedKey, ".PreSharedKey(\"Tenant-A PSK\", Secret.FromEnvironment(\"TENANT_A_PSK\"))")),
        Key,
        diagnostics: 2);
}
