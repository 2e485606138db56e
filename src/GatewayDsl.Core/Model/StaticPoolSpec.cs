using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Model;

/// <summary>A static IP address pool of a network site (<c>New-SCStaticIPAddressPool</c>).</summary>
/// <param name="StepId">The <c>StaticPool</c> step.</param>
/// <param name="Name">The pool's name (explicit or derived from the site's name).</param>
/// <param name="SubnetCidr">The subnet the pool belongs to: the site's subnet declared last before the pool, if any.</param>
/// <param name="RangeStart">First address of the range.</param>
/// <param name="RangeEnd">Last address of the range.</param>
/// <param name="Gateway">The default gateway.</param>
/// <param name="Metric">The default gateway's metric.</param>
/// <param name="Reserved">Addresses or ranges reserved for other uses (<c>-IPAddressReservedSet</c>).</param>
/// <param name="Vips">VIP addresses or ranges (<c>-VIPAddressSet</c>).</param>
/// <param name="DnsServers">DNS server addresses.</param>
internal sealed record StaticPoolSpec(
    int StepId,
    Setting<string?> Name,
    Setting<string?>? SubnetCidr,
    Setting<string?> RangeStart,
    Setting<string?> RangeEnd,
    Setting<string?> Gateway,
    Setting<long> Metric,
    EquatableArray<Setting<string?>> Reserved,
    EquatableArray<Setting<string?>> Vips,
    EquatableArray<Setting<string?>> DnsServers);
