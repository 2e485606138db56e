using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace GatewayDsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// One rule test case at build time: the analyzer must report exactly the marked diagnostics of the rules under test
/// (markup <c>{|GW2004:20|}</c> on the exact span), and the whole definition must give the same rule IDs through the
/// analyzer and through run-time <c>Validate()</c> (the parity check runs on every case).
/// </summary>
public static class RuleCase
{
    /// <summary>Verifies the marked diagnostics of <paramref name="rulesUnderTest"/> and the parity of all rules.</summary>
    public static async Task VerifyAsync(string markupSource, params string[] rulesUnderTest)
    {
        var test = AnalyzerVerifier.Create(markupSource, [], CompilerDiagnostics.Errors);
        test.DisabledDiagnostics.AddRange(RuleIds.AllExcept(rulesUnderTest));

        // The generated-code and suppression re-runs are covered once by AnalyzerBehaviorTests; repeating them for
        // every rule case would triple the suite's time without testing anything new.
        test.TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;
        await test.RunAsync();

        TestFileMarkupParser.GetSpans(markupSource, out string plainSource, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
        await Parity.AssertSameRuleIdsAsync(plainSource);
    }
}
