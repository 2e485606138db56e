using System;
using System.IO;
using System.Reflection;

namespace GatewayDsl.EndToEnd.Tests.Infrastructure;

/// <summary>Finds files of the repository from a test's output folder, and this test run's settings.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GatewayDsl.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GatewayDsl.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder of GatewayDsl.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    /// <summary>The configuration this test assembly was built in; the packed components were built in it too.</summary>
    public static string Configuration =>
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The version the packages carry (build/GatewayDsl.Version.props, baked in at build time).</summary>
    public static string PackageVersion =>
        Metadata("GatewayDslVersion") ?? throw new InvalidOperationException("GatewayDslVersion metadata missing");

    /// <summary>True when golden files should be rewritten instead of compared (<c>GATEWAYDSL_BLESS=1</c>).</summary>
    public static bool Bless => Environment.GetEnvironmentVariable("GATEWAYDSL_BLESS") == "1";

    private static string? Metadata(string key)
    {
        foreach (var attribute in typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key == key)
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
