using System;
using System.Linq;
using System.Reflection;
using GatewayDsl.Analyzers.Diagnostics;
using GatewayDsl.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Meta;

/// <summary>
/// Every code fix provider is exported for C#, fixes one rule the analyzer reports, is the only provider of that rule,
/// has stable equivalence keys of its own, and has its own test class <c>GWnnnn*CodeFixTests</c>.
/// </summary>
public sealed class CodeFixCoverageTests
{
    private static readonly Type[] Providers = typeof(GatewayCodeFixProvider).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> ProviderNames() => new(Providers.Select(p => p.Name));

    [Fact]
    public void There_are_providers() => Assert.NotEmpty(Providers);

    [Theory]
    [MemberData(nameof(ProviderNames))]
    public void Provider_is_exported_for_CSharp_and_fixes_one_reported_rule(string name)
    {
        var type = Providers.Single(p => p.Name == name);
        var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();

        Assert.NotNull(export);
        Assert.Equal([LanguageNames.CSharp], export!.Languages);
        Assert.True(type.IsPublic && type.IsSealed, $"{name} must be public and sealed.");
        var id = Assert.Single(Create(type).FixableDiagnosticIds);
        Assert.Contains(GatewayDiagnostics.All, d => d.Id == id);
    }

    [Theory]
    [MemberData(nameof(ProviderNames))]
    public void Provider_has_one_test_class_and_is_the_only_provider_of_its_rule(string name)
    {
        var id = Create(Providers.Single(p => p.Name == name)).FixableDiagnosticIds.Single();

        Assert.Single(Providers, p => Create(p).FixableDiagnosticIds.Contains(id));
        Assert.Single(
            typeof(CodeFixCoverageTests).Assembly.GetTypes(),
            t => t.Name.StartsWith(id, StringComparison.Ordinal) && t.Name.EndsWith("CodeFixTests", StringComparison.Ordinal));
    }

    [Fact]
    public void Equivalence_keys_start_with_their_rule_and_are_unique()
    {
        var keys = Providers
            .SelectMany(p => p.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.Name.EndsWith("Key", StringComparison.Ordinal))
                .Select(f => (Rule: Create(p).FixableDiagnosticIds.Single(), Key: (string)f.GetRawConstantValue()!)))
            .ToArray();

        Assert.All(keys, k => Assert.StartsWith(k.Rule + ".", k.Key, StringComparison.Ordinal));
        Assert.Equal(keys.Length, keys.Select(k => k.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Providers, p => Assert.Contains(keys, k => k.Rule == Create(p).FixableDiagnosticIds.Single()));
    }

    private static CodeFixProvider Create(Type type) => (CodeFixProvider)Activator.CreateInstance(type)!;
}
