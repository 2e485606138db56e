using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules.Security;

/// <summary>
/// GW6001 at build time: reported on the <c>Secret.Literal</c> call (from <c>Literal</c> to its closing parenthesis) of
/// a product key or a VPN pre-shared key; the literal's value never appears in a message.
/// </summary>
public sealed class GW6001SecretLiteralInSourceTests
{
    private const string EnvironmentKey = "Secret.FromEnvironment(\"GATEWAY_PRODUCT_KEY\")";
    private const string Psk = ".PreSharedKey(\"Tenant-A PSK\")";

    [Fact]
    public Task Literal_product_key_Triggers_on_the_Literal_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((EnvironmentKey, "Secret.{|GW6001:Literal(\"ABCDE-12345-FGHIJ-67890-KLMNO\")|}")),
        "GW6001");

    [Fact]
    public Task Literal_pre_shared_key_from_a_constant_of_another_class_Triggers_on_the_Literal_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (Psk, ".PreSharedKey(\"Tenant-A PSK\", Secret.{|GW6001:Literal(Keys.TenantA)|})"),
            ("[Gateway]", "static class Keys { public const string TenantA = \"correct horse battery staple\"; }\n\n[Gateway]")),
        "GW6001");

    [Fact]
    public Task Literal_through_using_static_and_a_named_argument_Triggers_on_the_Literal_call() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            ("using GatewayDsl;", "using GatewayDsl;\nusing static GatewayDsl.Secret;"),
            (Psk, ".PreSharedKey(key: {|GW6001:Literal(value: $\"{Prefix}-psk\")|}, runAsAccount: \"Tenant-A PSK\")"),
            ("public static GatewayDefinition Define()", "const string Prefix = \"tenant-a\";\n\n    public static GatewayDefinition Define()")),
        "GW6001");

    [Fact]
    public Task Both_secrets_as_literals_Trigger_once_each() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding(
            (EnvironmentKey, "GatewayDsl.Secret.{|GW6001:Literal(\"ABCDE-12345-FGHIJ-67890-KLMNO\")|}"),
            (Psk, ".PreSharedKey(\"Tenant-A PSK\", Secret.{|GW6001:Literal(\"s3cr3t\")|})")),
        "GW6001");

    [Fact]
    public Task Literal_with_a_value_computed_at_run_time_Triggers_on_the_Literal_call_beside_GW0001() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((EnvironmentKey, "Secret.{|GW6001:Literal({|GW0001:System.Environment.MachineName|})|}")),
        "GW6001", "GW0001");

    [Fact]
    public Task Secrets_from_the_environment_or_a_parameter_DoNotTrigger() => RuleCase.VerifyAsync(
        SampleSource.NonForwarding((Psk, ".PreSharedKey(\"Tenant-A PSK\", Secret.FromParameter(\"TenantAPsk\"))")),
        "GW6001");

    [Fact]
    public async Task Literal_value_does_not_appear_in_any_diagnostic_message()
    {
        const string ProductKey = "QX7RT-9KD2M-PLW4Z-88JNC-V3B6Y";
        const string PreSharedKey = "Sup3r-S3cret-Tenant-Psk";
        var source = SampleSource.NonForwarding(
            (EnvironmentKey, "Secret.Literal(\"" + ProductKey + "\")"),
            (Psk, ".PreSharedKey(\"Tenant-A PSK\", Secret.Literal(\"" + PreSharedKey + "\"))"));

        var diagnostics = await ParserHarness.Compile(source)
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new GatewayDefinitionAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();

        var literals = diagnostics.Where(d => d.Id == "GW6001").ToArray();
        Assert.Equal(2, literals.Length);
        Assert.Contains(literals, d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("The product key (ProductKey)", System.StringComparison.Ordinal));
        Assert.Contains(literals, d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("The pre-shared key (PreSharedKey) of VM network 'Tenant-A'", System.StringComparison.Ordinal));
        Assert.All(diagnostics, d =>
        {
            var message = d.GetMessage(CultureInfo.InvariantCulture);
            Assert.DoesNotContain(ProductKey, message, System.StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(PreSharedKey, message, System.StringComparison.OrdinalIgnoreCase);
        });
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }
}
