namespace GatewayDsl;

/// <summary>The protocol of a NAT rule (<c>Add-SCNATRule -Protocol</c>).</summary>
public enum NatProtocol
{
    /// <summary>TCP.</summary>
    TCP,

    /// <summary>UDP.</summary>
    UDP,
}
