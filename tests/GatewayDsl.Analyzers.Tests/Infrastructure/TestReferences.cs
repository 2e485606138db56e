using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace GatewayDsl.Analyzers.Tests.Infrastructure;

/// <summary>Offline reference assemblies for test compilations (no download at test time; toolchain notes §3).</summary>
public static class TestReferences
{
    /// <summary>A reference set that resolves nothing; the real references are added explicitly.</summary>
    public static readonly ReferenceAssemblies None = new("net10.0");

    /// <summary>The .NET 10 reference assemblies.</summary>
    public static readonly ImmutableArray<MetadataReference> Net100 =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();

    /// <summary>The DSL's runtime library, as user code references it.</summary>
    public static readonly MetadataReference GatewayDsl = MetadataReference.CreateFromFile(typeof(GatewayDefinition).Assembly.Location);
}
