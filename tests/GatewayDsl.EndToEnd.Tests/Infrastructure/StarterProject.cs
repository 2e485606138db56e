using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace GatewayDsl.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The user's first hour, once per test run: GatewayDsl and GatewayDsl.Templates packed into a temporary feed, the
/// template installed into a private hive, <c>dotnet new gateway</c> in an empty folder and a first <c>dotnet build</c>.
/// Restores use a private package folder (a re-packed same version would otherwise come stale from the global cache,
/// toolchain pitfall 16) and only the temporary feed: the starter needs nothing else.
/// </summary>
public sealed class StarterProject : IDisposable
{
    /// <summary>The project's name (<c>dotnet new gateway -n</c>).</summary>
    public const string ProjectName = "EdgeDemo";

    /// <summary>The definition class of the starter, and so the artifacts folder's name.</summary>
    public const string DefinitionName = "EdgeGateway";

    /// <summary>Packs, installs, creates and builds.</summary>
    public StarterProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "gatewaydsl-e2e-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Hive = Path.Combine(Root, "hive");
        Directory.CreateDirectory(Path.Combine(Root, "work"));

        var configuration = RepoPaths.Configuration;
        Time("pack GatewayDsl", Dotnet.RunOk(RepoPaths.Root, "pack", "src/GatewayDsl/GatewayDsl.csproj", "-c", configuration, "--no-build", "-o", Feed, "-nodeReuse:false"));
        Time("pack GatewayDsl.Templates", Dotnet.RunOk(RepoPaths.Root, "pack", "templates/GatewayDsl.Templates/GatewayDsl.Templates.csproj", "-c", configuration, "-o", Feed, "-nodeReuse:false"));
        File.WriteAllText(Path.Combine(Root, "work", "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="gatewaydsl-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        Time("dotnet new install", Dotnet.RunOk(Root, "new", "install", TemplatePackage, "--debug:custom-hive", Hive));
        Time("dotnet new gateway", Dotnet.RunOk(Path.Combine(Root, "work"), "new", "gateway", "-n", ProjectName, "--debug:custom-hive", Hive, "--no-update-check"));
        OriginalDefinition = File.ReadAllText(DefinitionFile);
        FirstBuild = Build();
        Time("first dotnet build (restore + build)", FirstBuild);
    }

    /// <summary>The temporary folder of this run.</summary>
    public string Root { get; }

    /// <summary>The temporary feed with both packages.</summary>
    public string Feed { get; }

    /// <summary>The private template hive.</summary>
    public string Hive { get; }

    /// <summary>The packed GatewayDsl package.</summary>
    public string LibraryPackage => Path.Combine(Feed, $"GatewayDsl.{RepoPaths.PackageVersion}.nupkg");

    /// <summary>The packed template package.</summary>
    public string TemplatePackage => Path.Combine(Feed, $"GatewayDsl.Templates.{RepoPaths.PackageVersion}.nupkg");

    /// <summary>The project folder made by <c>dotnet new gateway</c>.</summary>
    public string ProjectDirectory => Path.Combine(Root, "work", ProjectName);

    /// <summary>The starter's definition file.</summary>
    public string DefinitionFile => Path.Combine(ProjectDirectory, DefinitionName + ".cs");

    /// <summary>The definition file as the template made it.</summary>
    public string OriginalDefinition { get; }

    /// <summary>Where a Debug build writes the artifacts.</summary>
    public string ArtifactsFolder => Path.Combine(ProjectDirectory, "bin", "Debug", "net10.0", "gateway", DefinitionName);

    /// <summary>The first build's result.</summary>
    public ProcessResult FirstBuild { get; }

    /// <summary>How long each step took, in order, for the test log and docs.</summary>
    public List<(string Step, TimeSpan Elapsed)> Timings { get; } = new();

    /// <summary>Builds the starter project (Debug, as a user's first build) with extra arguments.</summary>
    public ProcessResult Build(params string[] arguments) =>
        Dotnet.Run(ProjectDirectory, new[] { "build", "-nodeReuse:false", "-v:m", "-nologo" }.Concat(arguments).ToArray());

    /// <summary>Records a step's time.</summary>
    public void Time(string step, ProcessResult result) => Timings.Add((step, result.Elapsed));

    /// <summary>Puts the template's definition back, whatever a test did to it.</summary>
    public void RestoreDefinition() => File.WriteAllText(DefinitionFile, OriginalDefinition);

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail the run.
        }
    }
}
