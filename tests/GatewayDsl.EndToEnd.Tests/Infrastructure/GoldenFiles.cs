using System.Collections.Generic;
using System.IO;
using Xunit;

namespace GatewayDsl.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The starter's artifacts kept in <c>Golden/EdgeGateway/</c>: compared byte for byte, rewritten with
/// <c>GATEWAYDSL_BLESS=1</c> (like the generator's golden tests) after a deliberate change to the templates.
/// </summary>
public static class GoldenFiles
{
    /// <summary>Compares (or blesses) every file of <paramref name="names"/> in <paramref name="folder"/>.</summary>
    public static void Check(string folder, IEnumerable<string> names)
    {
        var golden = RepoPaths.Combine("tests", "GatewayDsl.EndToEnd.Tests", "Golden", StarterProject.DefinitionName);
        foreach (var name in names)
        {
            var actual = File.ReadAllBytes(Path.Combine(folder, name));
            var expectedPath = Path.Combine(golden, name);
            if (RepoPaths.Bless)
            {
                Directory.CreateDirectory(golden);
                File.WriteAllBytes(expectedPath, actual);
                continue;
            }

            Assert.True(File.Exists(expectedPath), $"No golden copy of {name}; run the tests once with GATEWAYDSL_BLESS=1.");
            Assert.True(
                System.Linq.Enumerable.SequenceEqual(File.ReadAllBytes(expectedPath), actual),
                $"{name} differs from {expectedPath}; if the change is deliberate, run the tests with GATEWAYDSL_BLESS=1.");
        }
    }
}
