namespace GatewayDsl.Core.Addressing;

/// <summary>
/// The address family of an <see cref="IpAddress"/>, <see cref="IpSubnet"/> or <see cref="IpRange"/>.
/// </summary>
/// <remarks>
/// VMM pools, subnets and connection-string addresses can be either family, and every comparison
/// between two values first has to know whether they are of the same family: an IPv4 value never
/// lies inside, overlaps or equals an IPv6 value, even when the bits look alike.
/// <see cref="IPv4"/> is the zero value so that <c>default(IpAddress)</c> is the well-formed
/// address 0.0.0.0 rather than an undefined state.
/// </remarks>
internal enum IpFamily
{
    /// <summary>A 32-bit IPv4 address, written as a dotted quad.</summary>
    IPv4 = 0,

    /// <summary>A 128-bit IPv6 address, written as colon-separated hexadecimal groups.</summary>
    IPv6 = 1,
}
