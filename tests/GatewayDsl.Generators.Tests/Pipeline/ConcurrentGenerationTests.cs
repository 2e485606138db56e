using System.Linq;
using System.Threading.Tasks;
using GatewayDsl.Generators.Emitting;
using GatewayDsl.Generators.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Generators.Tests.Pipeline;

/// <summary>
/// Generators of several projects run at once in one compiler server, and everything rendering shares per process is
/// shared between them: the parsed templates, Scriban's built-in functions, the escaping functions, one hasher per
/// thread. Many runs at once produce exactly what one run alone produces.
/// </summary>
public sealed class ConcurrentGenerationTests
{
    [Fact]
    public void Runs_on_many_threads_at_once_generate_what_one_run_generates()
    {
        var samples = new[]
        {
            GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs"),
            GeneratorHarness.Sample("ContosoForwardingGateway", "ContosoForwarding.cs"),
        };
        var expected = samples.Select(Generate).ToArray();

        var runs = new string[32];
        Parallel.For(0, runs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => runs[i] = Generate(samples[i % samples.Length]));

        for (var i = 0; i < runs.Length; i++)
        {
            Assert.Equal(expected[i % samples.Length], runs[i]);
        }
    }

    [Fact]
    public void Manifest_hashes_computed_on_many_threads_at_once_are_each_texts_own()
    {
        // The hasher is reused per thread (creating one per file was a fifth of rendering): a hasher shared between
        // threads would mix two texts' blocks. Texts of script size, so that hashes overlap in time.
        var texts = Enumerable.Range(0, 64).Select(i => new string((char)('a' + (i % 26)), 40_000 + (i * 997))).ToArray();
        var expected = texts.Select((t, i) => ArtifactEmitter.Sha256(t, byteOrderMark: i % 2 == 0)).ToArray();

        var hashes = new string[texts.Length * 8];
        Parallel.For(0, hashes.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => hashes[i] = ArtifactEmitter.Sha256(texts[i % texts.Length], byteOrderMark: i % texts.Length % 2 == 0));

        for (var i = 0; i < hashes.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], hashes[i]);
        }
    }

    private static string Generate((string Path, string Text) sample)
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(sample));
        Assert.Empty(result.Diagnostics);
        var generated = output.SyntaxTrees.Skip(1).Single();
        return generated.ToString();
    }
}
