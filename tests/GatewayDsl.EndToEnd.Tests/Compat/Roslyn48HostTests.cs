using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using GatewayDsl.EndToEnd.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GatewayDsl.EndToEnd.Tests.Compat;

/// <summary>
/// The packed analyzers and generator in the compiler of the .NET 8 SDK: Roslyn 4.8.0 on the .NET 8 runtime, emulated by
/// the self-contained tests/GatewayDsl.Compat.Roslyn48Host (toolchain notes §1; the real .NET 8 SDK cannot be installed
/// here). It loads the DLLs exactly as they are in the nupkg, with csc's load-context rules.
/// </summary>
[Collection(EndToEndCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class Roslyn48HostTests
{
    private static readonly string[] ArtifactMembers = { "ConnectionText", "DeployScript", "ServiceSettings", "Runbook", "Manifest" };

    private readonly StarterProject starter;
    private readonly ITestOutputHelper output;

    public Roslyn48HostTests(StarterProject starter, ITestOutputHelper output)
    {
        this.starter = starter;
        this.output = output;
    }

    [Fact]
    public void Packed_generator_and_analyzers_work_on_Roslyn_4_8_and_dotnet_8()
    {
        var result = RunHost(starter.OriginalDefinition);

        Assert.True(result.ExitCode == 0, result.Output);
        var lines = Lines(result);
        Assert.Contains(lines, l => l.StartsWith("runtime 8.0.", StringComparison.Ordinal));
        Assert.Contains("roslyn 4.8.0.0", lines);
        // Scriban's System.Text.Json 10 is not in .NET 8: it must come from the package (toolchain pitfall 7).
        Assert.Contains("loaded System.Text.Json 10.0.0.0 from cs/", lines);
        Assert.Contains("loaded Scriban.Signed 7.0.0.0 from cs/", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("diagnostic ", StringComparison.Ordinal) || l.StartsWith("failure ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("constant EdgeGateway.ConnectionString ", StringComparison.Ordinal) && Length(l) > 0);
        foreach (var member in ArtifactMembers)
        {
            Assert.Contains(lines, l => l.StartsWith($"constant GatewayArtifacts.{member} ", StringComparison.Ordinal) && Length(l) > 0);
        }
    }

    [Fact]
    public void Packed_analyzers_report_the_three_mistakes_on_Roslyn_4_8()
    {
        var broken = StarterEdits.Apply(starter.OriginalDefinition, StarterEdits.ThreeErrors);

        var result = RunHost(broken);

        Assert.True(result.ExitCode == 0, result.Output);
        var expected = StarterEdits.Expected(broken, StarterEdits.ThreeErrors)
            .Select(e => $"diagnostic {e.RuleId} error {StarterProject.DefinitionName}.cs:{e.Line}");
        Assert.Equal(expected, Lines(result).Where(l => l.StartsWith("diagnostic ", StringComparison.Ordinal)));
        // A definition with errors gets no artifacts.
        Assert.DoesNotContain(Lines(result), l => l.StartsWith("constant GatewayArtifacts.", StringComparison.Ordinal));
    }

    private ProcessResult RunHost(string definition)
    {
        var folder = Path.Combine(starter.Root, "roslyn48-" + Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(starter.LibraryPackage, Path.Combine(folder, "package"));
        var source = Path.Combine(folder, StarterProject.DefinitionName + ".cs");
        File.WriteAllText(source, definition);

        var result = Dotnet.Start(HostPath(), folder, new[]
        {
            "--analyzers", Path.Combine(folder, "package", "analyzers", "dotnet", "cs"),
            "--ref", Path.Combine(folder, "package", "lib", "netstandard2.0", "GatewayDsl.dll"),
            "--src", source,
        });
        output.WriteLine($"Roslyn48Host: {result.Elapsed.TotalSeconds:0.0} s\n{result.Output}");
        return result;
    }

    /// <summary>The host, built (self-contained, for this machine's runtime identifier) before the tests run.</summary>
    private static string HostPath()
    {
        var bin = RepoPaths.Combine("tests", "GatewayDsl.Compat.Roslyn48Host", "bin", RepoPaths.Configuration, "net8.0");
        var name = OperatingSystem.IsWindows() ? "GatewayDsl.Compat.Roslyn48Host.exe" : "GatewayDsl.Compat.Roslyn48Host";
        var found = Directory.Exists(bin) ? Directory.GetFiles(bin, name, SearchOption.AllDirectories) : Array.Empty<string>();
        Assert.True(found.Length == 1, $"Expected one {name} below {bin} (built through this project's ProjectReference); found {found.Length}.");
        return found[0];
    }

    private static string[] Lines(ProcessResult result) =>
        result.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

    private static int Length(string constantLine) => int.Parse(constantLine.Split(' ').Last(), System.Globalization.CultureInfo.InvariantCulture);
}
