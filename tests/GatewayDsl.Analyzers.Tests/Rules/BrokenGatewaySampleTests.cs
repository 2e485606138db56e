using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using GatewayDsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Rules;

/// <summary>
/// samples/BrokenGateway marks each deliberate mistake with a "// GWnnnn" comment on the line the diagnostic is
/// reported on. The analyzer must report exactly those, and a real <c>dotnet build</c> must fail with them.
/// </summary>
public sealed class BrokenGatewaySampleTests
{
    private static readonly string SourcePath = RepoPaths.Combine("samples", "BrokenGateway", "BrokenEdge.cs");

    [Fact]
    public async Task Every_marked_line_gets_its_diagnostic_and_nothing_else_is_reported()
    {
        var text = File.ReadAllText(SourcePath);
        var compilation = ParserHarness.Compile(text);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new GatewayDefinitionAnalyzer())).GetAnalyzerDiagnosticsAsync();

        var reported = diagnostics.Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id)).OrderBy(d => d.Line).ToArray();
        var expected = Marks(text);

        Assert.Equal(expected, reported);
        Assert.True(expected.Select(e => e.Id).Distinct().Count() >= 10, "The broken sample must show at least ten different diagnostics.");
    }

    [Fact]
    [Trait("Category", "Build")]
    public void Dotnet_build_fails_with_the_marked_diagnostics_at_file_line_and_column()
    {
        // The solution build has already built the DSL, analyzer and generator; building only this project
        // (BuildProjectReferences=false) keeps the test fast and never writes to outputs other tests read.
        {
            var start = new ProcessStartInfo("dotnet", $"build \"{RepoPaths.Combine("samples", "BrokenGateway", "BrokenGateway.csproj")}\" -c Release -nologo -p:BuildProjectReferences=false")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepoPaths.Root,
            };
            using var build = Process.Start(start)!;
            var log = build.StandardOutput.ReadToEnd() + build.StandardError.ReadToEnd();
            build.WaitForExit();

            Assert.NotEqual(0, build.ExitCode);
            var found = Regex.Matches(log, @"BrokenEdge\.cs\((\d+),(\d+)\): (error|warning) (GW\d{4}):")
                .Select(m => (Line: int.Parse(m.Groups[1].Value), m.Groups[4].Value, Severity: m.Groups[3].Value))
                .Distinct()
                .OrderBy(d => d.Line)
                .ToArray();
            Assert.Equal(Marks(File.ReadAllText(SourcePath)), found.Select(f => (f.Line, Id: f.Value)).ToArray());
            Assert.Contains(found, f => f.Severity == "warning" && f.Value == "GW0003");
            Assert.Contains(found, f => f.Severity == "error" && f.Value == "GW3001");
        }
    }

    private static (int Line, string Id)[] Marks(string text) =>
        text.Split('\n')
            .SelectMany((line, index) => Regex.Matches(line, @"// (GW\d{4})").Select(m => (Line: index + 1, Id: m.Groups[1].Value)))
            .OrderBy(m => m.Line)
            .ToArray();
}
