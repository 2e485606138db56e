using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>A failed case, with everything needed to reproduce it: seed, case index, edits and the exact source.</summary>
/// <param name="Case">The case.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Problems">What went wrong.</param>
public sealed record FuzzFailure(FuzzCase Case, int Seed, IReadOnlyList<string> Problems)
{
    /// <summary>Where the source was saved (below the test output folder), once <see cref="Save"/> ran.</summary>
    public string? SavedTo { get; private set; }

    /// <summary>Writes the source to <paramref name="folder"/> (default: <c>fuzz-failures/</c> beside the test assembly) so it can be replayed with <c>GATEWAYDSL_FUZZ_FILE</c>.</summary>
    public void Save(string? folder = null)
    {
        folder ??= Path.Combine(AppContext.BaseDirectory, "fuzz-failures");
        Directory.CreateDirectory(folder);
        var input = new StringBuilder();
        foreach (var c in Path.GetFileName(Case.Input.Replace('#', '-')))
        {
            input.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_');
        }

        SavedTo = Path.Combine(folder, $"seed{Seed}-{Case.Family}-{Case.Index}-{input}.txt");
        File.WriteAllText(SavedTo, Case.Source, new UTF8Encoding(false));
    }

    /// <summary>The full report: how to replay, what went wrong, the exact source.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var kind = Case.IsRandom
            ? $"random case {Case.Index} ({Case.Family}) from {Case.Input}"
            : $"{Case.Family} case {Case.Index} of {Case.Input}";
        text.Append("FUZZ FAILURE: seed ").Append(Seed).Append(", ").AppendLine(kind);
        text.Append("Edits: ").AppendLine(Case.Description);
        text.AppendLine("Replay: " + (Case.IsRandom
            ? $"GATEWAYDSL_FUZZ_SEED={Seed} GATEWAYDSL_FUZZ_CASE={Case.Index} dotnet test tests/GatewayDsl.Fuzz.Tests -c Release --filter \"FullyQualifiedName~Random_mutations\""
            : string.Empty) + (SavedTo is null ? string.Empty : $"  or  GATEWAYDSL_FUZZ_FILE={SavedTo} dotnet test tests/GatewayDsl.Fuzz.Tests -c Release --filter \"FullyQualifiedName~Replay\""));
        text.AppendLine("Problems:");
        foreach (var problem in Problems)
        {
            text.Append("  - ").AppendLine(problem);
        }

        text.Append("Source (").Append(Case.Source.Length).AppendLine(" characters, exact, between the markers):");
        text.AppendLine("<<<<<<<< SOURCE");
        text.AppendLine(Case.Source);
        text.AppendLine(">>>>>>>> SOURCE");
        return text.ToString();
    }
}
