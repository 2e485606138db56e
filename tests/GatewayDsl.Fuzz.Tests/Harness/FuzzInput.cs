namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>One source file the fuzzer starts from.</summary>
/// <param name="Name">Where it comes from, e.g. <c>samples/ContosoGateway/ContosoEdge.cs</c> or <c>GW2004...Tests.cs#3</c>.</param>
/// <param name="Text">The C# source (markup-free).</param>
public sealed record FuzzInput(string Name, string Text)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
