using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GatewayDsl.Analyzers.Parsing;

/// <summary>
/// Whether the generator can add its partial part to a <c>[Gateway]</c> class. The part declares the constant
/// <c>ConnectionString</c> and the nested class <c>GatewayArtifacts</c>; it cannot when the class already has a member
/// of either name (CS0102), is itself named so (CS0542), or is file-local (<c>file class</c>, or nested in one): a part in
/// the generated file would declare a second, unrelated type. Shared by the analyzer (which reports GW0002) and the
/// generator (which then skips the class), so both always agree.
/// </summary>
internal static class GeneratedPartCheck
{
    /// <summary>The names the generated part declares in the definition class.</summary>
    public static readonly string[] GeneratedMemberNames = { "ConnectionString", "GatewayArtifacts" };

    /// <summary>Why the generator cannot extend <paramref name="type"/>, with what to rename; null when it can.</summary>
    /// <param name="type">A <c>[Gateway]</c> class.</param>
    /// <returns>The problem and its location (a clashing member, or the class), or null.</returns>
    public static (string Message, Location? Location)? Problem(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                var which = SymbolEqualityComparer.Default.Equals(current, type) ? $"The [Gateway] class '{type.Name}' is" : $"The [Gateway] class '{type.Name}' is nested in '{current.Name}', which is";
                return ($"{which} file-local ('file'); the generated part, in another file, cannot extend it. Remove the 'file' modifier (use 'internal' to keep it out of the public API).", current.Locations.FirstOrDefault());
            }
        }

        if (GeneratedMemberNames.Contains(type.Name, StringComparer.Ordinal))
        {
            return ($"The [Gateway] class is named '{type.Name}', a name the generated part gives one of its members (ConnectionString, GatewayArtifacts). Rename the class.", type.Locations.FirstOrDefault());
        }

        foreach (var name in GeneratedMemberNames)
        {
            // Only members declared in source: the generated part's own members must not count.
            var clash = type.GetMembers(name).FirstOrDefault(m => !m.IsImplicitlyDeclared && m.DeclaringSyntaxReferences.Any(r => !IsGenerated(r)));
            if (clash is not null)
            {
                return ($"The [Gateway] class '{type.Name}' declares '{name}', which the generated part adds (the connection string constant and the artifacts class). Rename your '{name}' (e.g. '{name}Value' or 'My{name}').", clash.Locations.FirstOrDefault());
            }
        }

        return null;
    }

    /// <summary>Whether a declaration is in the generator's output (hint names end in <c>.g.cs</c>, GatewayGenerator).</summary>
    private static bool IsGenerated(SyntaxReference reference) =>
        reference.SyntaxTree.FilePath.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)
        && reference.SyntaxTree.FilePath.IndexOf("GatewayDsl.Generators", StringComparison.Ordinal) >= 0;
}
