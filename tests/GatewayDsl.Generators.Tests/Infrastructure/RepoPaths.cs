using System;
using System.IO;

namespace GatewayDsl.Generators.Tests.Infrastructure;

/// <summary>Finds files of the repository from a test's output folder.</summary>
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

    /// <summary>The team's shared reference folder beside the repository, if this checkout has one (CI and dev machines do).</summary>
    public static string? SharedReference
    {
        get
        {
            var candidate = Path.Combine(Directory.GetParent(Root)!.FullName, "shared", "reference");
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>True when golden files and generated docs should be rewritten instead of compared (<c>GATEWAYDSL_BLESS=1</c>).</summary>
    public static bool Bless => Environment.GetEnvironmentVariable("GATEWAYDSL_BLESS") == "1";
}
