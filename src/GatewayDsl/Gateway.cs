namespace GatewayDsl;

/// <summary>The entry point of a gateway definition.</summary>
public static class Gateway
{
    /// <summary>
    /// Starts a gateway definition. <paramref name="name"/> is the gateway's name: the service and the computer name of
    /// its VMs. It must be a new, valid NetBIOS name of at most 15 characters (procedure, prerequisite 6).
    /// </summary>
    /// <param name="name">The gateway's NetBIOS name, e.g. <c>CONTOSO-GW01</c>.</param>
    /// <returns>The definition, to be continued with the builder methods.</returns>
    public static GatewayDefinition Named(string name) => new(name);
}
