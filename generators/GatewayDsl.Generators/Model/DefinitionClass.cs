using GatewayDsl.Core.Common;

namespace GatewayDsl.Generators.Model;

/// <summary>Where the generated partial class goes: plain strings, so the pipeline caches by value.</summary>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="ContainingTypes">Declarations of containing types, outermost first (e.g. <c>class Outer</c>, <c>record struct S&lt;T&gt;</c>).</param>
/// <param name="Declaration">The definition class's own declaration after <c>partial</c> (e.g. <c>class ContosoEdge</c>, <c>class @class</c>).</param>
/// <param name="ClassName">The definition class's name, also the artifacts' folder name.</param>
/// <param name="SourceFile">The definition's source file, relative to the project when known (no absolute paths: artifacts must not depend on the machine).</param>
/// <param name="HintName">The generated file's hint name, unique per class (e.g. <c>ContosoGateway.Outer`1+ContosoEdge.g.cs</c>).</param>
internal sealed record DefinitionClass(string Namespace, EquatableArray<string> ContainingTypes, string Declaration, string ClassName, string SourceFile, string HintName);
