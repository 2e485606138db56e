using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;
using Xunit;

namespace GatewayDsl.Tests.Builder;

/// <summary>
/// The step vocabulary (<see cref="DslSteps"/>) that the reducer interprets must name real builder methods and
/// parameters, or a renamed builder method would silently stop meaning anything.
/// </summary>
public sealed class DslVocabularyTests
{
    private static readonly Type[] DslTypes = typeof(GatewayDefinition).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == "GatewayDsl")
        .ToArray();

    private static readonly MethodInfo[] DslMethods = DslTypes
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(m => !m.IsSpecialName && m.DeclaringType != typeof(object))
        .ToArray();

    public static IEnumerable<object[]> VocabularyEntries() =>
        typeof(DslSteps).GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Select(t => new object[] { t.Name });

    [Theory]
    [MemberData(nameof(VocabularyEntries))]
    public void Every_method_name_in_the_vocabulary_is_a_public_builder_method(string entry)
    {
        var constants = Constants(entry);
        var methodNames = constants.Where(c => char.IsUpper(c.Value[0])).Select(c => c.Value).ToArray();
        var parameterNames = constants.Where(c => char.IsLower(c.Value[0])).Select(c => c.Value).ToArray();
        Assert.NotEmpty(methodNames);

        foreach (var methodName in methodNames)
        {
            var methods = DslMethods.Where(m => m.Name == methodName).ToArray();
            Assert.True(methods.Length > 0, $"DslSteps.{entry}: no public builder method named {methodName}");
            foreach (var parameter in parameterNames)
            {
                // Some entries describe several methods (e.g. Secret's three factories); each parameter belongs to one of them.
                Assert.True(
                    DslMethods.Where(m => methodNames.Contains(m.Name)).SelectMany(m => m.GetParameters()).Any(p => p.Name == parameter),
                    $"DslSteps.{entry}: no parameter {parameter} on {string.Join("/", methodNames)}");
            }
        }
    }

    [Fact]
    public void Every_public_builder_method_is_in_the_vocabulary()
    {
        var vocabulary = typeof(DslSteps).GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic)
            .SelectMany(t => Constants(t.Name))
            .Select(c => c.Value)
            .ToHashSet();
        var notSteps = new HashSet<string> { "Validate", "GetConnectionString", "ToString", "Equals", "GetHashCode", "GetType" };

        var missing = DslMethods.Select(m => m.Name).Where(n => !notSteps.Contains(n) && !vocabulary.Contains(n)).Distinct().ToArray();

        Assert.Empty(missing);
    }

    [Fact]
    public void Core_enum_member_names_exist_in_the_public_enums()
    {
        var templates = Enum.GetNames(typeof(GatewayTemplate));
        Assert.Contains(ServiceTemplateSpec.TwoNic, templates);
        Assert.Contains(ServiceTemplateSpec.ThreeNic, templates);
        Assert.Contains("DataExchange", Enum.GetNames(typeof(GatewayIntegrationService)));
    }

    [Theory]
    [InlineData(typeof(NatProtocol), "TCP, UDP")]
    [InlineData(typeof(VpnProtocol), "IKEv2, L2TP, PPTP, GRE, L3, IPSec")]
    [InlineData(typeof(VpnEncryptionMethod), "DES, DES3, AES128, AES192, AES256, CBCDES, CBCDES3, AES128CBC, AES192CBC, AES256CBC, GCMAES128, GCMAES192, GCMAES256")]
    [InlineData(typeof(VpnIntegrityCheckMethod), "MD5, SHA1, SHA256, SHA384, SHA196")]
    [InlineData(typeof(VpnCipherTransform), "DES, DES3, AES128, AES192, AES256, GCMAES128, GCMAES192, GCMAES256, None")]
    [InlineData(typeof(VpnAuthenticationTransform), "SHA256128, MD596, SHA196, GCMAES128, GCMAES192, GCMAES256, SHA256, None")]
    [InlineData(typeof(VpnPfsGroup), "None, PFS1, PFS2, PFS2048, ECP256, ECP384, PFSMM, PFS24, PFS14")]
    [InlineData(typeof(VpnDhGroup), "None, Group1, Group2, Group14, ECP256, ECP384, Group24")]
    public void Public_vpn_enums_carry_exactly_VMMs_accepted_values(Type enumType, string acceptedValues) =>
        Assert.Equal(acceptedValues.Split(", "), Enum.GetNames(enumType));

    private static IEnumerable<(string Name, string Value)> Constants(string nestedType) =>
        typeof(DslSteps).GetNestedType(nestedType, BindingFlags.Public | BindingFlags.NonPublic)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));
}
