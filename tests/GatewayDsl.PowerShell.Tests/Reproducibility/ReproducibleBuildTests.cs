using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using GatewayDsl.PowerShell.Tests.Hostile;
using Xunit;
using Xunit.Abstractions;

namespace GatewayDsl.PowerShell.Tests.Reproducibility;

/// <summary>
/// Issue 7, item 4: real <c>dotnet build</c> processes of both samples' definitions, in two different folders under two
/// cultures, write byte-identical artifacts and manifests. The project is a minimal one in a temporary folder that
/// references the component DLLs this test project already built and imports build/GatewayDsl.targets with the built
/// task, so nothing of the repository is copied or rebuilt. The first folder is built a second time after one definition
/// is removed: its stale artifacts are deleted and nothing else (issue 7, defect 5d).
/// </summary>
[Trait("Category", "Build")]
public sealed class ReproducibleBuildTests : IDisposable
{
    private static readonly string[] Definitions =
    {
        Path.Combine("samples", "ContosoGateway", "ContosoEdge.cs"),
        Path.Combine("samples", "ContosoForwardingGateway", "ContosoForwarding.cs"),
    };

    private readonly string root = Path.Combine(Path.GetTempPath(), "gatewaydsl-repro-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper output;

    /// <summary>Creates the test class.</summary>
    public ReproducibleBuildTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void TwoFoldersAndTwoCultures_GiveByteIdenticalArtifacts_AndARemovedDefinitionLeavesNoStaleFiles()
    {
        var first = Path.Combine(root, "one", "Gateways");
        var second = Path.Combine(root, "two", "deeper folder", "Gateways");

        // First folder, German culture, with an extra definition that is removed afterwards.
        WriteProject(first, extraDefinition: true);
        var germanLog = Build(first, "de_DE.UTF-8");
        var stale = Path.Combine(first, "out", "gateway", "StaleGateway");
        Assert.True(File.Exists(Path.Combine(stale, "Deploy-StaleGateway.ps1")), germanLog);
        var notMine = Path.Combine(first, "out", "gateway", "operator-notes.txt");
        var notMineInFolder = Path.Combine(first, "out", "gateway", "ContosoEdge", "operator-notes.txt");
        File.WriteAllText(notMine, "written by an operator");
        File.WriteAllText(notMineInFolder, "written by an operator");

        WriteProject(first, extraDefinition: false);
        var secondGermanLog = Build(first, "de_DE.UTF-8");
        Assert.False(Directory.Exists(stale), "the removed definition's artifacts were not deleted:\n" + secondGermanLog);
        Assert.Contains("StaleGateway", secondGermanLog, StringComparison.Ordinal);
        Assert.True(File.Exists(notMine) && File.Exists(notMineInFolder), "a file the build did not write was deleted");
        File.Delete(notMine);
        File.Delete(notMineInFolder);

        // Second folder, US English culture.
        WriteProject(second, extraDefinition: false);
        var englishLog = Build(second, "en_US.UTF-8");

        // The cultures really differed: MSBuild speaks the build's language.
        Assert.NotEqual(Summary(germanLog), Summary(englishLog));

        var one = Files(Path.Combine(first, "out", "gateway"));
        var two = Files(Path.Combine(second, "out", "gateway"));
        Assert.Equal(10, one.Count);
        Assert.Equal(one.Keys.OrderBy(k => k, StringComparer.Ordinal), two.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (name, bytes) in one)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(two[name]), name + " differs between the two builds");
        }

        // The manifests describe the bytes on disk (the script with its byte order mark).
        foreach (var manifest in one.Keys.Where(k => k.EndsWith("manifest.json", StringComparison.Ordinal)))
        {
            var folder = Path.GetDirectoryName(manifest)!;
            using var document = JsonDocument.Parse(one[manifest]);
            foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
            {
                var bytes = one[Path.Combine(folder, file.GetProperty("name").GetString()!)];
                Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
            }
        }

        Assert.All(one.Where(f => f.Key.EndsWith(".ps1", StringComparison.Ordinal)), f => Assert.True(f.Value.AsSpan(0, 3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF })));
        Assert.All(one.Where(f => !f.Key.EndsWith(".ps1", StringComparison.Ordinal)), f => Assert.False(f.Value.Length >= 3 && f.Value[0] == 0xEF && f.Value[1] == 0xBB));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A build server could still hold a file; the folder is in the temp directory.
        }
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    private static string Summary(string log) =>
        string.Join("\n", log.Split('\n').Where(l => l.Contains("Warn", StringComparison.OrdinalIgnoreCase) || l.Contains("Fehler", StringComparison.Ordinal) || l.Contains("Error", StringComparison.Ordinal)));

    /// <summary>A project that compiles the samples' definitions against the components this test project built.</summary>
    private static void WriteProject(string folder, bool extraDefinition)
    {
        Directory.CreateDirectory(folder);
        var repo = DslPipeline.RepoRoot;
        var configuration = DslPipeline.Configuration;
        string Component(string kind, string name) => Path.Combine(repo, kind, name, "bin", configuration, "netstandard2.0", name + ".dll");
        var compile = Definitions.Select(d => $"    <Compile Include=\"{Path.Combine(repo, d)}\" />").ToList();
        var stale = Path.Combine(folder, "Stale.cs");
        if (extraDefinition)
        {
            File.WriteAllText(stale, File.ReadAllText(Path.Combine(repo, Definitions[1])).Replace("class ContosoForwarding", "class StaleGateway", StringComparison.Ordinal));
        }
        else if (File.Exists(stale))
        {
            File.Delete(stale);
        }

        File.WriteAllText(Path.Combine(folder, "Gateways.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                <OutDir>$(MSBuildProjectDirectory)/out/</OutDir>
                <GatewayDslTasksAssembly>{Component("build", "GatewayDsl.Build.Tasks")}</GatewayDslTasksAssembly>
                <GatewayDslTasksInTaskHost>true</GatewayDslTasksInTaskHost>
              </PropertyGroup>
              <Import Project="{Path.Combine(repo, "build", "GatewayDsl.props")}" />
              <ItemGroup>
                <Reference Include="{typeof(GatewayDsl.Gateway).Assembly.Location}" />
                <Analyzer Include="{Component("analyzers", "GatewayDsl.Analyzers")}" />
                <Analyzer Include="{Component("generators", "GatewayDsl.Generators")}" />
                <Analyzer Include="{typeof(Scriban.Template).Assembly.Location}" />
            {string.Join("\n", compile)}
                <Compile Include="Stale.cs" Condition="Exists('Stale.cs')" />
              </ItemGroup>
              <Import Project="{Path.Combine(repo, "build", "GatewayDsl.targets")}" />
            </Project>
            """);
    }

    /// <summary>Runs <c>dotnet build</c> under <paramref name="culture"/>; fails with the log when the build fails.</summary>
    private string Build(string folder, string culture)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in new[] { "build", "Gateways.csproj", "-c", "Release", "-nodeReuse:false", "-v:m", "-nologo", "-p:UseSharedCompilation=false" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host may run inside an MSBuild invocation (dotnet test); its MSBuild settings must not leak into this build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
        start.Environment["LANG"] = culture;
        start.Environment["LC_ALL"] = culture;
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = culture.Split('.')[0].Replace('_', '-');
        start.Environment["TZ"] = culture.StartsWith("de", StringComparison.Ordinal) ? "Europe/Berlin" : "America/Los_Angeles";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var log = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "dotnet build did not finish:\n" + log);
        log += error.Result;
        output.WriteLine($"dotnet build in {folder} ({culture}): {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(process.ExitCode == 0, $"dotnet build failed ({culture}):\n{log}");
        return log;
    }
}
