using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using GatewayDsl.PowerShell.Tests.Harness;

namespace GatewayDsl.PowerShell.Tests.Deploy;

/// <summary>
/// Runs each sample's script twice against one seeded fabric, once for all the classes of <see cref="DeployRunCollection"/>:
/// a run takes seconds (the stubs compile on first use), and many tests read the same two runs. The harness stays open so
/// tests can inspect the fabric.
/// </summary>
public sealed class DeployRunFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<SampleRuns>> _runs = new(StringComparer.Ordinal);

    /// <summary>The two runs of the sample named <paramref name="sampleName"/> (see <see cref="DeploySample.Named"/>).</summary>
    public SampleRuns For(string sampleName) =>
        _runs.GetOrAdd(sampleName, name => new Lazy<SampleRuns>(() => SampleRuns.Run(DeploySample.Named(name)))).Value;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var runs in _runs.Values)
        {
            if (runs.IsValueCreated)
                runs.Value.Harness.Dispose();
        }
    }
}

/// <summary>The test classes that read the shared runs of <see cref="DeployRunFixture"/>.</summary>
[Xunit.CollectionDefinition(Name)]
public sealed class DeployRunCollection : Xunit.ICollectionFixture<DeployRunFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Deploy runs";
}

/// <summary>A sample's first run on a fabric that meets its prerequisites, and a second run on the fabric the first left.</summary>
/// <param name="Sample">The sample.</param>
/// <param name="Harness">The harness both runs used.</param>
/// <param name="First">The first run.</param>
/// <param name="Second">The second run.</param>
/// <param name="Pings">What the verification pinged, over both runs.</param>
public sealed record SampleRuns(DeploySample Sample, PowerShellHarness Harness, ScriptRunResult First, ScriptRunResult Second, IReadOnlyList<string> Pings)
{
    /// <summary>Runs the sample twice.</summary>
    public static SampleRuns Run(DeploySample sample)
    {
        var harness = DeployHarness.Create(sample);
        var first = harness.Run(sample);
        var second = harness.Run(sample);
        return new SampleRuns(sample, harness, first, second, harness.Pings());
    }
}
