using Microsoft.CodeAnalysis;

namespace GatewayDsl.Analyzers.Parsing;

/// <summary>
/// The DSL's types, resolved once per compilation by metadata name. A compilation that does not reference the DSL gets
/// <c>null</c> from <see cref="TryCreate"/>, so analyzers return at once and such projects pay (almost) nothing.
/// </summary>
internal sealed class KnownTypes
{
    /// <summary>The attribute's metadata name, also used by the generator's <c>ForAttributeWithMetadataName</c>.</summary>
    public const string GatewayAttributeName = "GatewayDsl.GatewayAttribute";

    private KnownTypes(INamedTypeSymbol gatewayAttribute, INamedTypeSymbol gatewayDefinition, INamedTypeSymbol gateway, INamedTypeSymbol? secret)
    {
        GatewayAttribute = gatewayAttribute;
        GatewayDefinition = gatewayDefinition;
        Gateway = gateway;
        Secret = secret;
    }

    /// <summary><c>GatewayDsl.GatewayAttribute</c>.</summary>
    public INamedTypeSymbol GatewayAttribute { get; }

    /// <summary><c>GatewayDsl.GatewayDefinition</c>.</summary>
    public INamedTypeSymbol GatewayDefinition { get; }

    /// <summary><c>GatewayDsl.Gateway</c>, home of the root call <c>Gateway.Named</c>.</summary>
    public INamedTypeSymbol Gateway { get; }

    /// <summary><c>GatewayDsl.Secret</c>, whose static factories produce argument values.</summary>
    public INamedTypeSymbol? Secret { get; }

    /// <summary>Resolves the DSL's types, or returns null when the compilation does not use the DSL.</summary>
    public static KnownTypes? TryCreate(Compilation compilation)
    {
        var attribute = compilation.GetTypeByMetadataName(GatewayAttributeName);
        var definition = compilation.GetTypeByMetadataName("GatewayDsl.GatewayDefinition");
        var gateway = compilation.GetTypeByMetadataName("GatewayDsl.Gateway");
        if (attribute is null || definition is null || gateway is null)
        {
            return null;
        }

        return new KnownTypes(attribute, definition, gateway, compilation.GetTypeByMetadataName("GatewayDsl.Secret"));
    }

    /// <summary>Whether <paramref name="type"/> is a DSL builder: the definition or a type in its assembly's <c>GatewayDsl</c> namespace.</summary>
    public bool IsDslType(ITypeSymbol? type) =>
        type is not null
        && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, GatewayDefinition.ContainingAssembly)
        && type.ContainingNamespace?.ToDisplayString() == "GatewayDsl";

    /// <summary>Whether the class carries <c>[Gateway]</c>.</summary>
    public bool IsDefinitionClass(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, GatewayAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="method"/> is a definition method: static, parameterless, returning <c>GatewayDefinition</c>.</summary>
    public bool IsDefinitionMethod(IMethodSymbol method) =>
        method.IsStatic
        && method.MethodKind == MethodKind.Ordinary
        && method.Parameters.Length == 0
        && SymbolEqualityComparer.Default.Equals(method.ReturnType, GatewayDefinition);
}
