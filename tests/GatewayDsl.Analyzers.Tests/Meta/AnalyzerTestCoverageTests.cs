using System;
using System.Linq;
using GatewayDsl.Analyzers.Diagnostics;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Meta;

/// <summary>Every diagnostic the analyzer can report has its own build-time test class (markup on the exact span).</summary>
public sealed class AnalyzerTestCoverageTests
{
    public static TheoryData<string> DiagnosticIds() => new(GatewayDiagnostics.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DiagnosticIds))]
    public void Every_diagnostic_has_one_analyzer_test_class(string id)
    {
        var classes = typeof(AnalyzerTestCoverageTests).Assembly.GetTypes()
            .Where(t => t.Name.StartsWith(id, StringComparison.Ordinal) && t.Name.EndsWith("Tests", StringComparison.Ordinal))
            .Where(t => !t.Name.EndsWith("CodeFixTests", StringComparison.Ordinal)) // a rule's code-fix tests are CodeFixCoverageTests' business
            .ToArray();

        Assert.Single(classes);
    }
}
