using GatewayDsl.Core.Common;

namespace GatewayDsl.Generators.Model;

/// <summary>Where the generated partial class goes: plain strings, so the pipeline caches by value.</summary>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="ContainingTypes">Declarations of containing types, outermost first (e.g. <c>class Outer</c>).</param>
/// <param name="ClassName">The definition class's name, also the artifacts' folder name.</param>
/// <param name="SourceFile">The definition's source file, relative to the project when known (no absolute paths: artifacts must not depend on the machine).</param>
internal sealed record DefinitionClass(string Namespace, EquatableArray<string> ContainingTypes, string ClassName, string SourceFile)
{
    /// <summary>The generated file's hint name, unique per class.</summary>
    public string HintName => (Namespace.Length == 0 ? string.Empty : Namespace + ".")
        + string.Concat(System.Linq.Enumerable.Select(ContainingTypes, c => c.Substring(c.LastIndexOf(' ') + 1) + "."))
        + ClassName + ".g.cs";
}
