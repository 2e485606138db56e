namespace GatewayDsl.Analyzers.Tests.Infrastructure;

/// <summary>Wraps a builder chain into a complete source file with a <c>[Gateway]</c> class.</summary>
public static class DefinitionSource
{
    /// <summary>A file whose definition method returns <paramref name="chain"/>; <paramref name="members"/> go into the class.</summary>
    public static string Wrap(string chain, string members = "") => $$"""
        using GatewayDsl;

        [Gateway]
        public static partial class Contoso
        {
        {{members}}
            public static GatewayDefinition Define() => {{chain}};
        }
        """;
}
