using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace GatewayDsl.Benchmarks;

/// <summary>The run-time path: execute a sample's builder chain (which records steps) and <c>Validate()</c> it (reduce and all rules).</summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    /// <summary>The non-forwarding sample, <c>ContosoEdge.Define().Validate()</c>.</summary>
    [Benchmark(Baseline = true)]
    public int ContosoEdge() => Check(ContosoGateway.ContosoEdge.Define().Validate());

    /// <summary>The forwarding sample, <c>ContosoForwarding.Define().Validate()</c>.</summary>
    [Benchmark]
    public int ContosoForwarding() => Check(ContosoForwardingGateway.ContosoForwarding.Define().Validate());

    private static int Check(IReadOnlyList<GatewayViolation> violations) =>
        violations.Count == 0 ? 0 : throw new InvalidOperationException("The sample has violations: " + string.Join("; ", violations));
}
