using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GatewayDsl.Generators.Tests.Infrastructure;

/// <summary>An <c>AdditionalFiles</c> item held in memory.</summary>
public sealed class TestAdditionalText : AdditionalText
{
    private readonly SourceText text;

    /// <summary>Creates the file.</summary>
    public TestAdditionalText(string path, string text)
    {
        Path = path;
        this.text = SourceText.From(text);
    }

    /// <inheritdoc/>
    public override string Path { get; }

    /// <inheritdoc/>
    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
