namespace GatewayDsl.Core.Model;

/// <summary>A subnet of a network site, with its VLAN (<c>New-SCSubnetVLan</c>).</summary>
/// <param name="StepId">The <c>Subnet</c> step.</param>
/// <param name="Cidr">The subnet in CIDR notation.</param>
/// <param name="Vlan">The VLAN ID (0 = untagged).</param>
internal sealed record SubnetSpec(int StepId, Setting<string?> Cidr, Setting<long> Vlan);
