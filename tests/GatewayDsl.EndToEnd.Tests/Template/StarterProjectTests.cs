using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using GatewayDsl.EndToEnd.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GatewayDsl.EndToEnd.Tests.Template;

/// <summary>
/// The project <c>dotnet new gateway</c> makes, built with real <c>dotnet build</c> processes against the packed package:
/// clean, then with three mistakes (SARIF included), fixed again, and with a warning under <c>-warnaserror</c>.
/// </summary>
[Collection(EndToEndCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class StarterProjectTests
{
    private static readonly string[] ArtifactFiles =
    {
        "Deploy-EdgeGateway.ps1", "EdgeGateway.connection.txt", "EdgeGateway.runbook.md", "EdgeGateway.service-settings.json", "manifest.json",
    };

    private readonly StarterProject starter;
    private readonly ITestOutputHelper output;

    public StarterProjectTests(StarterProject starter, ITestOutputHelper output)
    {
        this.starter = starter;
        this.output = output;
    }

    [Fact]
    public void Starter_builds_without_diagnostics_and_writes_the_golden_artifacts()
    {
        var build = starter.FirstBuild;

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(BuildOutput.Diagnostics(build.Output, ".cs"));
        Assert.Equal(
            new[] { $"GatewayDsl: EdgeGateway: 5 artifacts written to bin/Debug/net10.0/gateway/EdgeGateway/; 0 errors, 0 warnings" },
            BuildOutput.SummaryLines(build.Output).Select(l => l.Replace('\\', '/')));
        Assert.Equal(ArtifactFiles, Directory.GetFiles(starter.ArtifactsFolder).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal));
        GoldenFiles.Check(starter.ArtifactsFolder, ArtifactFiles);
        LogTimings();
    }

    [Fact]
    public void Three_mistakes_fail_the_build_at_their_lines_and_in_SARIF_and_fixing_them_builds_clean()
    {
        var broken = StarterEdits.Apply(starter.OriginalDefinition, StarterEdits.ThreeErrors);
        var expected = StarterEdits.Expected(broken, StarterEdits.ThreeErrors);
        var sarif = Path.Combine(starter.Root, "build.sarif");
        try
        {
            File.WriteAllText(starter.DefinitionFile, broken);
            // MSBuild splits -p values at commas: the compiler's ",version=2.1" is escaped (docs/ci.md).
            var failed = starter.Build($"-p:ErrorLog={sarif}%2Cversion%3D2.1");
            starter.Time("build with three errors", failed);

            Assert.NotEqual(0, failed.ExitCode);
            Assert.Equal(expected.Select(e => (e.RuleId, e.Line, "error")), BuildOutput.Diagnostics(failed.Output, ".cs"));
            Assert.Contains(
                "GatewayDsl: EdgeGateway: build failed, no artifacts written: EdgeGateway.cs has 3 errors (GW2004, GW2010, GW3001), 0 warnings; "
                + "bin/Debug/net10.0/gateway/EdgeGateway/ still holds the last successful build's artifacts",
                BuildOutput.SummaryLines(failed.Output).Select(l => l.Replace('\\', '/')));
            SarifAssert.HoldsExactly(sarif, expected);
        }
        finally
        {
            starter.RestoreDefinition();
        }

        var fixedBuild = starter.Build();
        starter.Time("build after the fix", fixedBuild);
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Output);
        Assert.Empty(BuildOutput.Diagnostics(fixedBuild.Output, ".cs"));
        var summary = Assert.Single(BuildOutput.SummaryLines(fixedBuild.Output));
        Assert.EndsWith("; 0 errors, 0 warnings", summary, StringComparison.Ordinal);
        GoldenFiles.Check(starter.ArtifactsFolder, ArtifactFiles);
    }

    [Fact]
    public void A_warning_is_counted_in_the_summary_and_warnaserror_makes_it_fail_the_build()
    {
        var edits = new[] { StarterEdits.LiteralSecret };
        var edited = StarterEdits.Apply(starter.OriginalDefinition, edits);
        var line = StarterEdits.Expected(edited, edits).Single().Line;
        try
        {
            File.WriteAllText(starter.DefinitionFile, edited);

            var warned = starter.Build();
            starter.Time("build with a warning", warned);
            Assert.True(warned.ExitCode == 0, warned.Output);
            Assert.Equal(new[] { ("GW6001", line, "warning") }, BuildOutput.Diagnostics(warned.Output, ".cs"));
            var summary = Assert.Single(BuildOutput.SummaryLines(warned.Output));
            Assert.EndsWith("; 0 errors, 1 warning (GW6001)", summary, StringComparison.Ordinal);

            // A CI build compiles from scratch; an incremental build would not run the compiler again, so nothing
            // would be reported to turn into an error (docs/ci.md).
            var strict = starter.Build("-warnaserror", "--no-incremental");
            starter.Time("build with -warnaserror --no-incremental", strict);
            Assert.NotEqual(0, strict.ExitCode);
            Assert.Equal(new[] { ("GW6001", line, "error") }, BuildOutput.Diagnostics(strict.Output, ".cs"));
        }
        finally
        {
            starter.RestoreDefinition();
        }

        // Leave the project as the template made it, built, for the next test.
        Assert.Equal(0, starter.Build().ExitCode);
    }

    private void LogTimings()
    {
        foreach (var (step, elapsed) in starter.Timings)
        {
            output.WriteLine($"{step}: {elapsed.TotalSeconds:0.0} s");
        }
    }
}
