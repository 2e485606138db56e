namespace GatewayDsl.Core.Rules;

/// <summary>
/// The keys of the <see cref="FixProperty"/> entries rules attach to their findings, shared by the rules that set
/// them and the code fixes that read them (as <c>Diagnostic.Properties</c>). A finding without its key gets no fix.
/// </summary>
internal static class FixProperties
{
    /// <summary>GW1001: a free address of the front-end site's static pool to use as <c>FrontEndServerAddress</c>.</summary>
    public const string FrontEndAddress = "FrontEndAddress";

    /// <summary>GW1002: the allowed maximum <c>MaxVmNetworks</c> count (100, or 1 for a forwarding gateway).</summary>
    public const string MaxVmNetworks = "MaxVmNetworks";

    /// <summary>GW2004: the Infrastructure pool metric to set (the highest External metric + 10, or + 1 near Int32.MaxValue).</summary>
    public const string InfrastructureMetric = "InfrastructureMetric";

    /// <summary>GW2005: the <c>VmClusterStaticIpAddress</c> value to reserve in the pool (the first additional location) that holds it.</summary>
    public const string AddressToReserve = "AddressToReserve";

    /// <summary>GW2005: an address an Infrastructure pool reserves inside its range, to use as <c>VmClusterStaticIpAddress</c>.</summary>
    public const string ReservedAddress = "ReservedAddress";

    /// <summary>GW4005 (no key and no evaluation) and GW6001: the environment variable to take the secret from.</summary>
    public const string SecretVariable = "SecretVariable";
}
