namespace GatewayDsl;

/// <summary>Hyper-V integration services of the gateway VMs (all enabled by default; procedure step 8).</summary>
public enum GatewayIntegrationService
{
    /// <summary>Operating system shutdown.</summary>
    Shutdown,

    /// <summary>Time synchronization.</summary>
    TimeSynchronization,

    /// <summary>Data Exchange (key-value pair exchange). Required by the gateway: never disable it (GW4006).</summary>
    DataExchange,

    /// <summary>Heartbeat.</summary>
    Heartbeat,

    /// <summary>Backup (volume shadow copy).</summary>
    Backup,

    /// <summary>Guest services.</summary>
    GuestServices,
}
