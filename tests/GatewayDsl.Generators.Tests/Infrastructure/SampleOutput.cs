using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GatewayDsl.Generators.Tests.Infrastructure;

/// <summary>Everything the generator produces for a sample, as bytes on disk: the five artifacts and the generated C#.</summary>
public static class SampleOutput
{
    /// <summary>
    /// File name → bytes: each artifact as the build task writes it, and the generated source as the compiler writes it
    /// with <c>EmitCompilerGeneratedFiles</c> (UTF-8 with a byte order mark), named by its hint name.
    /// </summary>
    /// <param name="project">The sample project folder, e.g. <c>ContosoGateway</c>.</param>
    /// <param name="file">The definition's file in that folder.</param>
    /// <param name="path">The path the compilation gives the file (default: the file name).</param>
    public static SortedDictionary<string, byte[]> Render(string project, string file, string? path = null)
    {
        var source = GeneratorHarness.Sample(project, file);
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile((path ?? source.Path, source.Text)));
        var files = new SortedDictionary<string, byte[]>(System.StringComparer.Ordinal);
        foreach (var generated in result.Results.SelectMany(r => r.GeneratedSources))
        {
            var encoding = generated.SourceText.Encoding!;
            files.Add(generated.HintName, encoding.GetPreamble().Concat(encoding.GetBytes(generated.SourceText.ToString())).ToArray());
            var definition = generated.HintName.Substring(0, generated.HintName.Length - ".g.cs".Length);
            foreach (var (fileName, content) in GeneratedArtifacts.Of(output, definition))
            {
                files.Add(fileName, GeneratedArtifacts.Bytes(fileName, content));
            }
        }

        return files;
    }
}
