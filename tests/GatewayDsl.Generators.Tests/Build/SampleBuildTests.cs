using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GatewayDsl.Generators.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Generators.Tests.Build;

/// <summary>
/// A real <c>dotnet build</c> of <c>samples/ContosoGateway</c> into a temporary output folder: the package's targets,
/// the task built from this repository, and the generator together write the five files the generator computes.
/// </summary>
[Trait("Category", "Build")]
public sealed class SampleBuildTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public void Dotnet_build_writes_the_artifacts_the_generator_computes()
    {
        var outDir = temp.Combine("out") + Path.DirectorySeparatorChar;

        var log = DotnetBuild(RepoPaths.Combine("samples", "ContosoGateway", "ContosoGateway.csproj"), "-p:OutDir=" + outDir);

        var folder = Path.Combine(outDir, "gateway", "ContosoEdge");
        Assert.Contains($"GatewayDsl: ContosoEdge: 5 artifacts written to {folder}{Path.DirectorySeparatorChar}", log);
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs")));
        var expected = GeneratedArtifacts.Of(output, "ContosoGateway.ContosoEdge");
        Assert.Equal(
            new[] { "ContosoEdge.connection.txt", "ContosoEdge.runbook.md", "ContosoEdge.service-settings.json", "Deploy-ContosoEdge.ps1", "manifest.json" },
            Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal));
        foreach (var (fileName, content) in expected)
        {
            Assert.Equal(GeneratedArtifacts.Bytes(fileName, content), File.ReadAllBytes(Path.Combine(folder, fileName)));
        }

        // The folder the list of written files is relative to, for the next build's stale-file deletion.
        var rootFile = Directory.GetFiles(RepoPaths.Combine("samples", "ContosoGateway", "obj"), "GatewayDsl.artifacts.root.txt", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
        Assert.Equal(Path.Combine(outDir, "gateway") + Path.DirectorySeparatorChar, File.ReadAllText(rootFile).TrimEnd('\r', '\n'));

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        foreach (var file in manifest.RootElement.GetProperty("files").EnumerateArray())
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, file.GetProperty("name").GetString()!));
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
        }
    }

    /// <inheritdoc/>
    public void Dispose() => temp.Dispose();

    /// <summary>Runs <c>dotnet build</c> in this test's configuration and returns its output; fails with the output if the build fails.</summary>
    private static string DotnetBuild(string project, params string[] arguments)
    {
        var configuration = typeof(SampleBuildTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var argument in new[] { "build", project, "-c", configuration, "-nodeReuse:false", "-v:m", "-nologo" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // The test host may run inside an MSBuild invocation (dotnet test); its MSBuild settings must not leak into this build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet build did not finish in 5 minutes:\n" + output);
        }

        var log = new StringBuilder(output).Append(error.Result).ToString();
        Assert.True(process.ExitCode == 0, "dotnet build failed:\n" + log);
        return log;
    }
}
