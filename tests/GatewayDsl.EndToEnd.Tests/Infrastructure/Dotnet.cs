using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Xunit;

namespace GatewayDsl.EndToEnd.Tests.Infrastructure;

/// <summary>The result of one process: exit code, combined output and how long it took.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output followed by standard error.</param>
/// <param name="Elapsed">The wall-clock time.</param>
public sealed record ProcessResult(int ExitCode, string Output, TimeSpan Elapsed);

/// <summary>Runs real processes (<c>dotnet</c> and the emulated compiler) with a clean, quiet environment.</summary>
public static class Dotnet
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>The <c>dotnet</c> executable that runs the tests (DOTNET_HOST_PATH), or the one on PATH.</summary>
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="directory"/>.</summary>
    public static ProcessResult Run(string directory, params string[] arguments) => Start(Host, directory, arguments);

    /// <summary>Runs <c>dotnet</c> and fails the test, with the whole output, when it fails.</summary>
    public static ProcessResult RunOk(string directory, params string[] arguments)
    {
        var result = Run(directory, arguments);
        Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} failed ({result.ExitCode}):\n{result.Output}");
        return result;
    }

    /// <summary>Runs any program.</summary>
    public static ProcessResult Start(string program, string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // dotnet test runs the test host inside an MSBuild invocation; its settings must not leak into these builds.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish in {Limit.TotalMinutes} minutes:\n{output.Result}");
        }

        process.WaitForExit();
        var text = new StringBuilder(output.Result).Append(error.Result).ToString();
        return new ProcessResult(process.ExitCode, text, watch.Elapsed);
    }
}
