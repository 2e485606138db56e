using System;
using System.Linq;
using System.Threading;
using GatewayDsl.Core.Common;
using GatewayDsl.Generators.Caching;
using GatewayDsl.Generators.Model;
using GatewayDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GatewayDsl.Generators.Tests.Pipeline;

/// <summary>
/// <c>DefinitionCache.GetOrRead</c> on its own, with a read the test controls: a read under a cancelled token is never
/// remembered, even when it returns instead of throwing; a complete read is, for exactly the same inputs.
/// </summary>
public sealed class DefinitionCacheContractTests
{
    private static readonly DefinitionSteps Complete = Steps("Complete");
    private static readonly DefinitionSteps Partial = Steps("Partial");

    [Fact]
    public void Read_cancelled_midway_is_not_remembered()
    {
        var (compilation, node) = Class();
        var cache = new DefinitionCache();
        using var cancellation = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => cache.GetOrRead(node, compilation, () =>
        {
            cancellation.Cancel();
            return (Partial, [node.SyntaxTree]);
        }, cancellation.Token));

        Assert.Same(Complete, cache.GetOrRead(node, compilation, () => (Complete, [node.SyntaxTree]), CancellationToken.None));
        Assert.Equal(2, cache.Reads);
    }

    [Fact]
    public void Read_that_throws_cancellation_is_not_remembered()
    {
        var (compilation, node) = Class();
        var cache = new DefinitionCache();

        Assert.ThrowsAny<OperationCanceledException>(() => cache.GetOrRead(node, compilation, () => throw new OperationCanceledException(), CancellationToken.None));

        Assert.Same(Complete, cache.GetOrRead(node, compilation, () => (Complete, [node.SyntaxTree]), CancellationToken.None));
    }

    [Fact]
    public void Complete_read_is_reused_for_the_same_compilation_and_for_a_body_edit_elsewhere()
    {
        var (compilation, node) = Class();
        var cache = new DefinitionCache();
        cache.GetOrRead(node, compilation, () => (Complete, [node.SyntaxTree]), CancellationToken.None);
        var other = compilation.SyntaxTrees.Single(t => t.FilePath == "Other.cs");
        var edited = compilation.ReplaceSyntaxTree(other, other.WithChangedText(other.GetText().Replace(other.ToString().IndexOf("1;", StringComparison.Ordinal), 1, "2")));

        Assert.Same(Complete, cache.GetOrRead(node, compilation, () => throw new InvalidOperationException("read again"), CancellationToken.None));
        Assert.Same(Complete, cache.GetOrRead(node, edited, () => throw new InvalidOperationException("read again"), CancellationToken.None));
        Assert.Equal(1, cache.Reads);
    }

    [Fact]
    public void Tree_the_read_looked_at_that_left_the_compilation_reads_again()
    {
        var (compilation, node) = Class();
        var other = compilation.SyntaxTrees.Single(t => t.FilePath == "Other.cs");
        var cache = new DefinitionCache();
        cache.GetOrRead(node, compilation, () => (Complete, [node.SyntaxTree, other]), CancellationToken.None);
        var edited = compilation.ReplaceSyntaxTree(other, other.WithChangedText(other.GetText().Replace(other.ToString().IndexOf("1;", StringComparison.Ordinal), 1, "2")));

        Assert.Same(Partial, cache.GetOrRead(node, edited, () => (Partial, [node.SyntaxTree, edited.SyntaxTrees.Last()]), CancellationToken.None));
        Assert.Equal(2, cache.Reads);
    }

    private static (Compilation Compilation, ClassDeclarationSyntax Node) Class()
    {
        var compilation = GeneratorHarness.Compile(("Definition.cs", "partial class Definition { }\n"), ("Other.cs", "static class Other { static int M() => 1; }\n"));
        return (compilation, compilation.SyntaxTrees[0].GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single());
    }

    private static DefinitionSteps Steps(string name) =>
        new(new DefinitionClass(string.Empty, EquatableArray<string>.Empty, "class " + name, name, name + ".cs", name + ".g.cs"), null);
}
