using System.IO;
using GatewayDsl.Build.Tasks;
using GatewayDsl.Generators.Tests.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace GatewayDsl.Generators.Tests.Build;

/// <summary>
/// The summary lines' diagnostic counts: the compiler's SARIF log in both formats csc writes (1.0 by default, 2.1 with
/// <c>,version=2.1</c>), and the line a failed build prints per definition. The real builds are in the EndToEnd tests.
/// </summary>
public sealed class BuildSummaryTests : System.IDisposable
{
    private const string Sarif1 = """
        {
          "$schema": "http://json.schemastore.org/sarif-1.0.0",
          "version": "1.0.0",
          "runs": [ { "results": [
            { "ruleId": "GW3001", "level": "error", "locations": [ { "resultFile": { "uri": "file:///src/Edge%20Gateway.cs", "region": { "startLine": 16 } } } ] },
            { "ruleId": "GW6001", "level": "warning", "locations": [ { "resultFile": { "uri": "file:///src/Edge%20Gateway.cs", "region": { "startLine": 62 } } } ] },
            { "ruleId": "GW0003", "level": "warning", "suppressionStates": [ "suppressedInSource" ], "locations": [ { "resultFile": { "uri": "file:///src/Edge%20Gateway.cs" } } ] },
            { "ruleId": "GW1006", "level": "note", "locations": [ { "resultFile": { "uri": "file:///src/Edge%20Gateway.cs" } } ] },
            { "ruleId": "CS0168", "level": "warning", "locations": [ { "resultFile": { "uri": "file:///src/Edge%20Gateway.cs" } } ] },
            { "ruleId": "GW2010", "level": "error", "locations": [ { "resultFile": { "uri": "file:///src/Other.cs" } } ] }
          ] } ]
        }
        """;

    private const string Sarif21 = """
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [ { "results": [
            { "ruleId": "GW2004", "level": "error", "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/EdgeGateway.cs" }, "region": { "startLine": 44 } } } ] },
            { "ruleId": "GW3003", "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/EdgeGateway.cs" } } } ] },
            { "ruleId": "GW3005", "level": "warning", "suppressions": [ { "kind": "inSource" } ], "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/EdgeGateway.cs" } } } ] }
          ] } ]
        }
        """;

    private readonly TempFolder temp = new();

    [Fact]
    public void Sarif_1_counts_GW_errors_and_warnings_of_the_file_only()
    {
        var log = SarifLog.Read(Write("v1.sarif", Sarif1));

        Assert.Equal("1 error (GW3001), 1 warning (GW6001)", DiagnosticCounts.For(log, "Edge Gateway.cs").ToString());
        Assert.Equal("1 error (GW2010), 0 warnings", DiagnosticCounts.For(log, "Other.cs").ToString());
    }

    [Fact]
    public void Sarif_2_1_counts_an_absent_level_as_a_warning_and_skips_suppressed_results()
    {
        var log = SarifLog.Read(Write("v21.sarif", Sarif21));

        Assert.Equal("1 error (GW2004), 1 warning (GW3003)", DiagnosticCounts.For(log, "EdgeGateway.cs").ToString());
    }

    [Fact]
    public void A_missing_or_broken_log_counts_nothing()
    {
        Assert.Empty(SarifLog.Read(temp.Combine("none.sarif")));
        Assert.Empty(SarifLog.Read(Write("broken.sarif", "{ not json")));
        Assert.Equal(temp.Combine("x.sarif"), SarifLog.PathOf(temp.Combine("x.sarif") + ",version=2.1"));
    }

    [Fact]
    public void A_failed_build_names_each_recorded_definition_and_each_other_file_with_GW_errors()
    {
        var engine = new TestBuildEngine();
        var edge = new TaskItem("EdgeGateway");
        edge.SetMetadata("SourceFile", "Edge Gateway.cs");
        var quiet = new TaskItem("Quiet");
        quiet.SetMetadata("SourceFile", "Quiet.cs");
        var task = new ReportGatewayBuildFailure
        {
            BuildEngine = engine,
            ErrorLog = Write("v1.sarif", Sarif1) + ",version=1",
            Definitions = new ITaskItem[] { edge, quiet },
        };

        Assert.True(task.Execute());

        Assert.Equal(
            new[]
            {
                (MessageImportance.High, "GatewayDsl: EdgeGateway: build failed, no artifacts written: Edge Gateway.cs has 1 error (GW3001), 1 warning (GW6001)"),
                (MessageImportance.High, "GatewayDsl: Quiet: build failed, no artifacts written: Quiet.cs has no GatewayDsl error, another error stopped the build"),
                (MessageImportance.High, "GatewayDsl: Other.cs: build failed, no artifacts written: Other.cs has 1 error (GW2010), 0 warnings"),
            },
            engine.Messages);
    }

    /// <inheritdoc/>
    public void Dispose() => temp.Dispose();

    private string Write(string name, string text)
    {
        var path = temp.Combine(name);
        File.WriteAllText(path, text);
        return path;
    }
}
