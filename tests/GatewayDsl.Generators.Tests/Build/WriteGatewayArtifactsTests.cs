using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using GatewayDsl.Build.Tasks;
using GatewayDsl.Generators.Tests.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GatewayDsl.Generators.Tests.Build;

/// <summary>
/// The MSBuild task in-process, on assemblies compiled here: the sample with the generator's output, and hand-written
/// <c>GatewayArtifacts</c> classes the generator would never produce.
/// </summary>
public sealed class WriteGatewayArtifactsTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder temp = new();

    [Fact]
    public void Writes_every_artifact_with_the_generated_bytes()
    {
        var (assembly, output) = CompileSample();

        var (task, engine) = Run(assembly);

        var expected = GeneratedArtifacts.Of(output, "ContosoGateway.ContosoEdge");
        Assert.Equal(5, expected.Count);
        foreach (var (fileName, content) in expected)
        {
            Assert.Equal(GeneratedArtifacts.Bytes(fileName, content), File.ReadAllBytes(temp.Combine("gateway", "ContosoEdge", fileName)));
        }

        Assert.Equal(expected.Select(e => "ContosoEdge/" + e.FileName), task.Files.Select(f => f.GetMetadata("ArtifactRelativePath")));
        Assert.All(task.Files, f => Assert.Equal("true", f.GetMetadata("Rewritten")));
        Assert.Contains((MessageImportance.High, $"GatewayDsl: ContosoEdge: 5 artifacts written to gateway{Path.DirectorySeparatorChar}ContosoEdge{Path.DirectorySeparatorChar}"), engine.Messages);
    }

    [Fact]
    public void Script_starts_with_the_byte_order_mark_and_nothing_else_does()
    {
        var (assembly, _) = CompileSample();

        Run(assembly);

        foreach (var file in Directory.GetFiles(temp.Combine("gateway", "ContosoEdge")))
        {
            var bytes = File.ReadAllBytes(file);
            var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            Assert.True(hasBom == file.EndsWith(".ps1", StringComparison.Ordinal), file);
        }
    }

    [Fact]
    public void Manifest_hashes_match_the_written_bytes()
    {
        var (assembly, _) = CompileSample();

        Run(assembly);

        var folder = temp.Combine("gateway", "ContosoEdge");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(4, files.Count);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, file.GetProperty("name").GetString()!));
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
        }
    }

    [Fact]
    public void Second_run_rewrites_nothing()
    {
        var (assembly, _) = CompileSample();
        Run(assembly);
        var files = Directory.GetFiles(temp.Combine("gateway", "ContosoEdge"));
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }

        var (task, engine) = Run(assembly);

        Assert.All(files, file => Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(file)));
        Assert.All(task.Files, f => Assert.Equal("false", f.GetMetadata("Rewritten")));
        Assert.Contains(engine.Messages, m => m.Text.StartsWith("GatewayDsl: ContosoEdge: 5 artifacts up to date in ", StringComparison.Ordinal));
    }

    [Fact]
    public void Changed_or_deleted_files_are_rewritten_and_only_those()
    {
        var (assembly, _) = CompileSample();
        Run(assembly);
        var folder = temp.Combine("gateway", "ContosoEdge");
        foreach (var file in Directory.GetFiles(folder))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }

        File.AppendAllText(Path.Combine(folder, "ContosoEdge.runbook.md"), "edited by hand\n");
        File.Delete(Path.Combine(folder, "manifest.json"));

        var (task, engine) = Run(assembly);

        Assert.Equal(new[] { "ContosoEdge.runbook.md", "manifest.json" }, task.Files.Where(f => f.GetMetadata("Rewritten") == "true").Select(f => Path.GetFileName(f.ItemSpec)));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(folder, "ContosoEdge.connection.txt")));
        Assert.Contains(engine.Messages, m => m.Text.StartsWith("GatewayDsl: ContosoEdge: 2 of 5 artifacts written to ", StringComparison.Ordinal));
    }

    [Fact]
    public void Constants_outside_a_Gateway_class_are_never_written()
    {
        var assembly = Emit(
            """
            public static class NotADefinition
            {
                public static class GatewayArtifacts
                {
                    public const string DefinitionName = "NotADefinition";
                    public const string SecretFileName = "secret.txt";
                    public const string Secret = "user constant";
                }
            }

            public static class GatewayArtifacts
            {
                public const string DefinitionName = "TopLevel";
                public const string NoteFileName = "note.txt";
                public const string Note = "user constant";
            }
            """);

        var (task, engine) = Run(assembly);

        Assert.Empty(task.Files);
        Assert.Empty(engine.Errors);
        Assert.False(Directory.Exists(temp.Combine("gateway")));
    }

    [Theory]
    [InlineData("Edge", "../escape.txt")]
    [InlineData("Edge", "..")]
    [InlineData("Edge", "sub/file.txt")]
    [InlineData("Edge", "sub\\\\file.txt")]
    [InlineData("Edge", "/etc/passwd")]
    [InlineData("Edge", "C:file.txt")]
    [InlineData("Edge", "")]
    [InlineData("Edge", "file.txt.")]
    [InlineData("..", "file.txt")]
    [InlineData("../Edge", "file.txt")]
    [InlineData("a/b", "file.txt")]
    public void Path_like_names_are_refused_and_nothing_is_written(string definitionName, string fileName)
    {
        var assembly = Emit(
            $$"""
            [GatewayDsl.Gateway]
            public static partial class Edge
            {
                public static class GatewayArtifacts
                {
                    public const string DefinitionName = "{{definitionName}}";
                    public const string GoodFileName = "good.txt";
                    public const string Good = "fine";
                    public const string EvilFileName = "{{fileName}}";
                    public const string Evil = "evil";
                }
            }
            """);

        var (task, engine) = Run(assembly, expectSuccess: false);

        Assert.Contains(engine.Errors, e => e.StartsWith("GatewayDsl: Edge: refusing the artifact", StringComparison.Ordinal));
        Assert.Empty(task.Files);
        Assert.DoesNotContain(Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories), f => !f.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_definitions_writing_to_one_folder_are_an_error()
    {
        var assembly = Emit(
            """
            namespace A
            {
                [GatewayDsl.Gateway]
                public static partial class Edge
                {
                    public static class GatewayArtifacts { public const string DefinitionName = "Edge"; public const string XFileName = "x.txt"; public const string X = "a"; }
                }
            }

            namespace B
            {
                [GatewayDsl.Gateway]
                public static partial class Edge
                {
                    public static class GatewayArtifacts { public const string DefinitionName = "edge"; public const string XFileName = "x.txt"; public const string X = "b"; }
                }
            }
            """);

        var (_, engine) = Run(assembly, expectSuccess: false);

        Assert.Equal(new[] { "GatewayDsl: A.Edge and B.Edge both write their artifacts to the folder 'edge'; rename one of the classes." }, engine.Errors);
        Assert.Equal("a", File.ReadAllText(temp.Combine("gateway", "Edge", "x.txt")));
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_an_error_not_a_crash()
    {
        var path = temp.Combine("not-an-assembly.dll");
        File.WriteAllText(path, "MZ but not really");

        var (_, engine) = Run(path, expectSuccess: false);

        Assert.Contains(engine.Errors, e => e.StartsWith("GatewayDsl: cannot read the generated artifacts from ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_that_cannot_be_written_is_an_error_not_a_crash()
    {
        var (assembly, _) = CompileSample();
        Directory.CreateDirectory(temp.Combine("gateway"));
        File.WriteAllText(temp.Combine("gateway", "ContosoEdge"), "a file where the folder should be");

        var (task, engine) = Run(assembly, expectSuccess: false);

        Assert.Equal(5, engine.Errors.Count);
        Assert.All(engine.Errors, e => Assert.StartsWith("GatewayDsl: ContosoEdge: cannot write ", e, StringComparison.Ordinal));
        Assert.Empty(task.Files);
        Assert.DoesNotContain(engine.Messages, m => m.Text.StartsWith("GatewayDsl: ContosoEdge: 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Files_the_previous_run_wrote_and_this_one_did_not_are_deleted_and_nothing_else()
    {
        var (assembly, _) = CompileSample();
        var gateway = temp.Combine("gateway");
        Directory.CreateDirectory(Path.Combine(gateway, "OldName"));
        File.WriteAllText(Path.Combine(gateway, "OldName", "Deploy-OldName.ps1"), "old");
        File.WriteAllText(Path.Combine(gateway, "OldName", "operator-notes.txt"), "not ours");
        File.WriteAllText(Path.Combine(gateway, "Gone.ps1"), "listed, but not folder/file");
        File.WriteAllText(temp.Combine("outside.txt"), "outside");
        var previous = new[] { "OldName/Deploy-OldName.ps1", "ContosoEdge/manifest.json", "../outside.txt", "OldName/../../outside.txt", "Gone.ps1", "OldName/missing.json" };

        var (task, engine) = Run(assembly, previous: previous);

        Assert.False(File.Exists(Path.Combine(gateway, "OldName", "Deploy-OldName.ps1")));
        Assert.True(File.Exists(Path.Combine(gateway, "OldName", "operator-notes.txt")), "a file the task never listed was deleted");
        Assert.True(File.Exists(Path.Combine(gateway, "ContosoEdge", "manifest.json")), "a file this run wrote was deleted");
        Assert.True(File.Exists(temp.Combine("outside.txt")), "a path outside the artifacts folder was followed");
        Assert.True(File.Exists(Path.Combine(gateway, "Gone.ps1")), "an entry that is not folder/file was followed");
        Assert.Single(engine.Messages, m => m.Text.Contains("deleted", StringComparison.Ordinal));
        Assert.Equal(5, task.Files.Length);

        File.Delete(Path.Combine(gateway, "OldName", "operator-notes.txt"));
        File.WriteAllText(Path.Combine(gateway, "OldName", "Deploy-OldName.ps1"), "old");
        Run(assembly, previous: new[] { "OldName/Deploy-OldName.ps1" });
        Assert.False(Directory.Exists(Path.Combine(gateway, "OldName")), "an emptied definition folder was left behind");
    }

    [Theory]
    [InlineData("other")]
    [InlineData("")]
    public void After_the_artifacts_folder_changed_nothing_listed_for_the_old_one_is_deleted(string previousFolder)
    {
        // The list names OldName/Deploy-OldName.ps1 of the old folder; the new folder has a file of that name that this
        // build never wrote. An empty previous folder is a list written before the folder was recorded.
        var (assembly, _) = CompileSample();
        var gateway = temp.Combine("gateway");
        Directory.CreateDirectory(Path.Combine(gateway, "OldName"));
        File.WriteAllText(Path.Combine(gateway, "OldName", "Deploy-OldName.ps1"), "someone else's");
        var previousRoot = previousFolder.Length == 0 ? string.Empty : temp.Combine(previousFolder) + Path.DirectorySeparatorChar;

        var (task, engine) = Run(assembly, previous: new[] { "OldName/Deploy-OldName.ps1" }, previousRoot: previousRoot);

        Assert.True(File.Exists(Path.Combine(gateway, "OldName", "Deploy-OldName.ps1")), "a file listed for another folder was deleted");
        Assert.Equal(5, task.Files.Length);
        Assert.Single(engine.Messages, m => m.Text.StartsWith("GatewayDsl: the artifacts folder is now gateway", StringComparison.Ordinal));
        Assert.DoesNotContain(engine.Messages, m => m.Text.Contains("deleted", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_folder_written_another_way_still_deletes_stale_files()
    {
        var (assembly, _) = CompileSample();
        var gateway = temp.Combine("gateway");
        Directory.CreateDirectory(Path.Combine(gateway, "OldName"));
        File.WriteAllText(Path.Combine(gateway, "OldName", "Deploy-OldName.ps1"), "old");

        Run(assembly, previous: new[] { "OldName/Deploy-OldName.ps1" }, previousRoot: Path.Combine(temp.Path, "x", "..", "gateway"));

        Assert.False(File.Exists(Path.Combine(gateway, "OldName", "Deploy-OldName.ps1")));
    }

    /// <inheritdoc/>
    public void Dispose() => temp.Dispose();

    private (string Assembly, Compilation Output) CompileSample()
    {
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs")));
        return (EmitCompilation(output), output);
    }

    private string Emit(string source) => EmitCompilation(GeneratorHarness.Compile(("Test.cs", source)));

    private string EmitCompilation(Compilation compilation)
    {
        var path = temp.Combine(Guid.NewGuid().ToString("N") + ".dll");
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }

    /// <param name="previousRoot">The folder the previous list was written for; by default this run's folder.</param>
    private (WriteGatewayArtifacts Task, TestBuildEngine Engine) Run(string assembly, bool expectSuccess = true, string[]? previous = null, string? previousRoot = null)
    {
        var engine = new TestBuildEngine();
        var root = temp.Combine("gateway") + Path.DirectorySeparatorChar;
        var task = new WriteGatewayArtifacts
        {
            BuildEngine = engine,
            Assembly = new TaskItem(assembly),
            ArtifactsPath = root,
            ProjectDirectory = temp.Path,
            PreviousFiles = (previous ?? Array.Empty<string>()).Select(p => (ITaskItem)new TaskItem(p)).ToArray(),
            PreviousArtifactsPath = previousRoot ?? root,
        };

        Assert.Equal(expectSuccess, task.Execute());
        return (task, engine);
    }
}
