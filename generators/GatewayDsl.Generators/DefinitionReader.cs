using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using GatewayDsl.Analyzers.Parsing;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Validation;
using GatewayDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GatewayDsl.Generators;

/// <summary>Reads one <c>[Gateway]</c> class into a value-equatable <see cref="GatewayModel"/> with the shared parser and validator.</summary>
internal static class DefinitionReader
{
    /// <summary>The model, or null when the target is not a usable definition class.</summary>
    public static GatewayModel? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || KnownTypes.TryCreate(context.SemanticModel.Compilation) is not { } types)
        {
            return null;
        }

        var definition = Describe(type, context.TargetNode.SyntaxTree.FilePath);
        var methods = type.GetMembers().OfType<IMethodSymbol>().Where(types.IsDefinitionMethod).ToArray();
        if (methods.Length != 1 || !IsPartial(type))
        {
            return new GatewayModel(definition, null);
        }

        var declaration = methods[0].DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as MethodDeclarationSyntax;
        if (declaration is null)
        {
            return new GatewayModel(definition, null);
        }

        // The method may be declared in another part of the partial class, in another file.
        var model = declaration.SyntaxTree == context.SemanticModel.SyntaxTree
            ? context.SemanticModel
            : context.SemanticModel.Compilation.GetSemanticModel(declaration.SyntaxTree);
        var body = model.GetOperation(declaration, cancellationToken) is IMethodBodyOperation operation ? operation.ExpressionBody ?? operation.BlockBody : null;
        var parsed = DefinitionParser.Parse(types, body, Location.None, cancellationToken);
        if (parsed.Problems.Count > 0)
        {
            return new GatewayModel(definition, null);
        }

        var result = GatewayValidator.Validate(parsed.Steps);
        return new GatewayModel(definition, result.HasErrors ? null : result.Spec);
    }

    private static DefinitionClass Describe(INamedTypeSymbol type, string filePath)
    {
        var containers = new List<string>();
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            containers.Insert(0, (container.TypeKind == TypeKind.Struct ? "struct " : container.IsRecord ? "record " : "class ") + container.Name);
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : string.Empty;
        return new DefinitionClass(ns, containers.ToEquatableArray(), type.Name, Path.GetFileName(filePath));
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
