using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Parsing;

/// <summary>GW0002: shapes the evaluator cannot follow are reported with what to write instead.</summary>
public sealed class GW0002UnsupportedConstructTests
{
    private static Task VerifyAsync(string source)
    {
        var test = AnalyzerVerifier.Create(source, [], CompilerDiagnostics.Errors);
        test.DisabledDiagnostics.AddRange(RuleIds.AllExcept("GW0001", "GW0002"));
        return test.RunAsync();
    }

    [Fact]
    public Task Chain_split_across_variables_Triggers() => VerifyAsync("""
        using GatewayDsl;

        [Gateway]
        public static partial class Contoso
        {
            public static GatewayDefinition Define()
            {
                {|GW0002:var gateway = Gateway.Named("GW01");|}
                return {|GW0002:gateway|}.InDomain("contoso.com");
            }
        }
        """);

    [Fact]
    public Task Branch_Triggers() => VerifyAsync("""
        using GatewayDsl;

        [Gateway]
        public static partial class Contoso
        {
            static bool Forwarding = false;
            public static GatewayDefinition Define() => {|GW0002:Forwarding ? Gateway.Named("A") : Gateway.Named("B")|};
        }
        """);

    [Fact]
    public Task Helper_method_Triggers() => VerifyAsync("""
        using GatewayDsl;

        [Gateway]
        public static partial class Contoso
        {
            static GatewayDefinition Common(GatewayDefinition d) => d.InDomain("contoso.com");
            public static GatewayDefinition Define() => {|GW0002:Common(Gateway.Named("GW01"))|}.GatewayVm("vm");
        }
        """);

    [Fact]
    public Task Loop_in_lambda_Triggers() => VerifyAsync("""
        using GatewayDsl;

        [Gateway]
        public static partial class Contoso
        {
            public static GatewayDefinition Define() => Gateway.Named("GW01")
                .NetworkService("S", s =>
                {
                    {|GW0002:foreach (var g in new[] { "a", "b" }) { s.HostGroups(g); }|}
                });
        }
        """);

    [Fact]
    public Task Stored_delegate_Triggers() => VerifyAsync("""
        using System;
        using GatewayDsl;

        [Gateway]
        public static partial class Contoso
        {
            static readonly Action<HostClusterBuilder> Cluster = c => c.NetworkAdapters(2);
            public static GatewayDefinition Define() => Gateway.Named("GW01").OnHostCluster("c.contoso.com", {|GW0002:Cluster|});
        }
        """);

    [Fact]
    public Task Class_without_definition_Triggers() => VerifyAsync("""
        using GatewayDsl;

        [Gateway]
        public static partial class {|GW0002:Contoso|}
        {
        }
        """);

    [Fact]
    public Task Class_with_two_definitions_Triggers_on_the_second() => VerifyAsync("""
        using GatewayDsl;

        [Gateway]
        public static partial class Contoso
        {
            public static GatewayDefinition Define() => Gateway.Named("GW01");
            public static GatewayDefinition {|GW0002:Other|}() => Gateway.Named("GW02");
        }
        """);

    [Fact]
    public Task Block_lambdas_with_several_chains_and_const_locals_DoNotTrigger() => VerifyAsync("""
        using GatewayDsl;

        [Gateway]
        public static partial class Contoso
        {
            public static GatewayDefinition Define()
            {
                const string Domain = "contoso.com";
                return Gateway.Named("GW01").InDomain(Domain)
                    .OnHostCluster("c.contoso.com", c =>
                    {
                        c.Nodes("a.contoso.com", "b.contoso.com");
                        c.NetworkAdapters(2);
                    });
            }
        }
        """);
}
