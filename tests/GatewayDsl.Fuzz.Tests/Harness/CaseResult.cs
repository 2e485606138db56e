using System.Collections.Generic;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>What one case did: its problems (empty when it passed) and what it reached, to prove the fuzzer is not vacuous.</summary>
public sealed class CaseResult
{
    /// <summary>Every problem found: exceptions, AD0001, CS8784/CS8785, generated code that does not parse or compile.</summary>
    public List<string> Problems { get; } = new();

    /// <summary>Why the case was not compiled (<see cref="KnownCompilerCrashes"/>), or null.</summary>
    public string? Skipped { get; set; }

    /// <summary>How many GW diagnostics the analyzers reported.</summary>
    public int GatewayDiagnostics { get; set; }

    /// <summary>Whether the source had compiler errors.</summary>
    public bool HasCompilerErrors { get; set; }

    /// <summary>How many sources the generators added.</summary>
    public int GeneratedSources { get; set; }

    /// <summary>How many code actions were registered (and computed).</summary>
    public int CodeActions { get; set; }
}
