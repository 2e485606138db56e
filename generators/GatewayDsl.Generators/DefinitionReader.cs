using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using GatewayDsl.Analyzers.Parsing;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Validation;
using GatewayDsl.Generators.Caching;
using GatewayDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GatewayDsl.Generators;

/// <summary>
/// Reads one <c>[Gateway]</c> class into value-equatable <see cref="DefinitionSteps"/> with the shared parser, and
/// validates those steps into a <see cref="GatewayModel"/> (a separate pipeline step, so it runs only when the steps change).
/// </summary>
internal static class DefinitionReader
{
    /// <summary>
    /// The class's steps, or null when the target is not a usable definition class. A result read from an earlier
    /// compilation is reused when <paramref name="cache"/> proves it still holds (see <see cref="DefinitionCache"/>).
    /// </summary>
    public static DefinitionSteps? Read(GeneratorAttributeSyntaxContext context, DefinitionCache cache, CancellationToken cancellationToken) =>
        cache.GetOrRead(
            context.TargetNode,
            context.SemanticModel.Compilation,
            () => (ReadSteps(context, cancellationToken, out var trees), trees),
            cancellationToken);

    /// <summary>Reduces and validates the steps: the model of a valid definition has its spec, any other has none.</summary>
    public static GatewayModel Validate(DefinitionSteps definition, CancellationToken cancellationToken)
    {
        if (definition.Steps is not { } steps)
        {
            return new GatewayModel(definition.Class, null);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var result = GatewayValidator.Validate(steps);
        return new GatewayModel(definition.Class, result.HasErrors ? null : result.Spec);
    }

    /// <summary>Where the generated partial part of <paramref name="type"/> goes.</summary>
    public static DefinitionClass Describe(INamedTypeSymbol type, string filePath)
    {
        var containers = new List<string>();
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            containers.Insert(0, Declaration(container));
        }

        // ToDisplayString escapes keywords ('@class'), as the namespace declaration needs.
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : string.Empty;
        return new DefinitionClass(ns, containers.ToEquatableArray(), Declaration(type), type.Name, Path.GetFileName(filePath), HintName(type));
    }

    /// <summary>Reads the class without the cache; <paramref name="trees"/> are the trees the result depends on besides declarations elsewhere.</summary>
    private static DefinitionSteps? ReadSteps(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken, out IEnumerable<SyntaxTree> trees)
    {
        trees = [context.TargetNode.SyntaxTree];
        if (context.TargetSymbol is not INamedTypeSymbol type || KnownTypes.TryCreate(context.SemanticModel.Compilation) is not { } types)
        {
            return null;
        }

        trees = type.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).ToArray();
        var definition = Describe(type, context.TargetNode.SyntaxTree.FilePath);
        var methods = type.GetMembers().OfType<IMethodSymbol>().Where(types.IsDefinitionMethod).ToArray();
        if (methods.Length != 1 || !IsPartial(type) || GeneratedPartCheck.Problem(type) is not null)
        {
            return new DefinitionSteps(definition, null);
        }

        var declaration = methods[0].DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as MethodDeclarationSyntax;
        if (declaration is null)
        {
            return new DefinitionSteps(definition, null);
        }

        // The method may be declared in another part of the partial class, in another file.
        var model = declaration.SyntaxTree == context.SemanticModel.SyntaxTree
            ? context.SemanticModel
            : context.SemanticModel.Compilation.GetSemanticModel(declaration.SyntaxTree);
        var body = model.GetOperation(declaration, cancellationToken) is IMethodBodyOperation operation ? operation.ExpressionBody ?? operation.BlockBody : null;
        var parsed = DefinitionParser.Parse(types, body, Location.None, cancellationToken);
        return new DefinitionSteps(definition, parsed.Problems.Count > 0 ? null : parsed.Steps.ToEquatableArray());
    }

    /// <summary>
    /// What re-opens <paramref name="type"/> as a partial part: its kind (a partial part must repeat it: CS0261), its name
    /// (a keyword escaped with '@') and its type parameters (without them the part would declare another type).
    /// </summary>
    private static string Declaration(INamedTypeSymbol type)
    {
        var kind = type.TypeKind switch
        {
            TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
            TypeKind.Interface => "interface",
            _ => type.IsRecord ? "record" : "class",
        };
        var parameters = type.TypeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", type.TypeParameters.Select(p => Identifier(p.Name))) + ">";
        return kind + " " + Identifier(type.Name) + parameters;
    }

    private static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>
    /// A hint name unique per type and made only of characters hint names allow: the metadata-style full name, '+' before
    /// a nested type and '`n' for generic arity, so <c>N.Outer+X</c> (nested) differs from <c>N.Outer.X</c> (namespace) and
    /// <c>X`1</c> from <c>X</c>; no '@' (an escaped keyword such as <c>@class</c> made AddSource throw: CS8785).
    /// </summary>
    private static string HintName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            name = container.MetadataName + "+" + name;
        }

        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            name = ns.MetadataName + "." + name;
        }

        return name + ".g.cs";
    }

    private static bool IsPartial(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (!current.DeclaringSyntaxReferences.All(r => r.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(m => m.Text == "partial")))
            {
                return false;
            }
        }

        return true;
    }
}
