using System;
using System.IO;
using System.Linq;
using System.Text;
using GatewayDsl.Generators.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Generators.Tests.Golden;

/// <summary>
/// Each sample's generated C# and five artifacts, byte for byte, against the files in <c>Golden/&lt;Sample&gt;/</c>.
/// <c>GATEWAYDSL_BLESS=1 dotnet test tests/GatewayDsl.Generators.Tests</c> rewrites them (see Golden/README.md).
/// </summary>
public sealed class GoldenFileTests
{
    [Theory]
    [InlineData("ContosoGateway", "ContosoEdge.cs")]
    [InlineData("ContosoForwardingGateway", "ContosoForwarding.cs")]
    public void Sample_output_matches_the_golden_files(string sample, string file)
    {
        var actual = SampleOutput.Render(sample, file);
        var folder = RepoPaths.Combine("tests", "GatewayDsl.Generators.Tests", "Golden", sample);
        Assert.Equal(6, actual.Count);

        if (RepoPaths.Bless)
        {
            Directory.CreateDirectory(folder);
            foreach (var stale in Directory.GetFiles(folder).Where(f => !actual.ContainsKey(Path.GetFileName(f))))
            {
                File.Delete(stale);
            }

            foreach (var (name, bytes) in actual)
            {
                File.WriteAllBytes(Path.Combine(folder, name), bytes);
            }

            return;
        }

        Assert.True(Directory.Exists(folder), $"No golden files in {folder}; run: GATEWAYDSL_BLESS=1 dotnet test tests/GatewayDsl.Generators.Tests");
        Assert.Equal(actual.Keys.OrderBy(k => k, StringComparer.Ordinal), Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (name, bytes) in actual)
        {
            var expected = File.ReadAllBytes(Path.Combine(folder, name));
            Assert.True(expected.AsSpan().SequenceEqual(bytes), $"{sample}/{name} differs from its golden file: {FirstDifference(expected, bytes)}\nIf the change is intended, run: GATEWAYDSL_BLESS=1 dotnet test tests/GatewayDsl.Generators.Tests");
        }
    }

    [Theory]
    [InlineData("ContosoGateway", "ContosoEdge.cs")]
    [InlineData("ContosoForwardingGateway", "ContosoForwarding.cs")]
    public void Sample_output_has_no_template_warnings(string sample, string file)
    {
        var generated = SampleOutput.Render(sample, file).Single(f => f.Key.EndsWith(".g.cs", StringComparison.Ordinal)).Value;

        Assert.DoesNotContain("#warning", Encoding.UTF8.GetString(generated));
    }

    /// <summary>The first differing line, so a failure says where to look.</summary>
    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var left = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var right = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (left != right)
            {
                return $"line {i + 1}\n  golden: {left}\n  actual: {right}";
            }
        }

        return "the bytes differ (line endings or byte order mark)";
    }
}
