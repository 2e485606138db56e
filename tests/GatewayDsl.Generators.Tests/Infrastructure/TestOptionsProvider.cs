using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GatewayDsl.Generators.Tests.Infrastructure;

/// <summary>
/// Item metadata as the compiler hands it to generators: <c>build_metadata.AdditionalFiles.&lt;Name&gt;</c> keys per
/// additional file (what <c>CompilerVisibleItemMetadata</c> produces in a real build).
/// </summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, Options> byPath;

    /// <summary>Creates the provider from (file path, metadata name, value) triples.</summary>
    public TestOptionsProvider(params (string Path, string Metadata, string Value)[] metadata)
    {
        byPath = metadata
            .GroupBy(m => m.Path)
            .ToImmutableDictionary(g => g.Key, g => new Options(g.ToImmutableDictionary(m => "build_metadata.AdditionalFiles." + m.Metadata, m => m.Value)));
    }

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GlobalOptions { get; } = Options.Empty;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        byPath.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        private readonly ImmutableDictionary<string, string> values;

        public Options(ImmutableDictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
