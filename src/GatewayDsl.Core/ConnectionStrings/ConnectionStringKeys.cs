namespace GatewayDsl.Core.ConnectionStrings;

/// <summary>
/// The connection-string keys of procedure step 16, spelled as the procedure spells them, in the order the writer
/// emits them: the three required keys first (as in the procedure's example), then the optional ones as listed there.
/// </summary>
internal static class ConnectionStringKeys
{
    /// <summary>The host cluster (required).</summary>
    public const string VmHost = "VMHost";

    /// <summary>The gateway VM (required).</summary>
    public const string GatewayVm = "GatewayVM";

    /// <summary>The back-end virtual switch (required).</summary>
    public const string BackendSwitch = "BackendSwitch";

    /// <summary>Forwarding gateway; only written when true.</summary>
    public const string DirectRoutingMode = "DirectRoutingMode";

    /// <summary>The forwarding gateway's address on the external network.</summary>
    public const string FrontEndServerAddress = "FrontEndServerAddress";

    /// <summary>The VPN endpoint reported to tenants (behind a load balancer).</summary>
    public const string VpnServerAddress = "VPNServerAddress";

    /// <summary>How many VM networks may use the gateway.</summary>
    public const string MaxVmNetworksSupported = "MaxVMNetworksSupported";
}
