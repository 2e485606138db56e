using System.Linq;
using System.Threading;
using GatewayDsl.Analyzers.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace GatewayDsl.Analyzers.Tests.Infrastructure;

/// <summary>Runs the compile-time parser on source text, the way the analyzer and generator do.</summary>
public static class ParserHarness
{
    /// <summary>Compiles <paramref name="sources"/> and parses the definition method of the first <c>[Gateway]</c> class.</summary>
    internal static ParsedDefinition Parse(params string[] sources)
    {
        var compilation = Compile(sources);
        var types = KnownTypes.TryCreate(compilation);
        Assert.NotNull(types);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(method) is { } symbol && types!.IsDefinitionMethod(symbol) && types.IsDefinitionClass(symbol.ContainingType))
                {
                    var body = model.GetOperation(method) is IMethodBodyOperation operation ? operation.ExpressionBody ?? operation.BlockBody : null;
                    return DefinitionParser.Parse(types, body, method.Identifier.GetLocation(), CancellationToken.None);
                }
            }
        }

        Assert.Fail("No definition method found.");
        return null!;
    }

    /// <summary>A compilation of the sources against .NET 10 and the DSL.</summary>
    public static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
        "Tests",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"File{i}.cs")),
        TestReferences.Net100.Add(TestReferences.GatewayDsl),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
