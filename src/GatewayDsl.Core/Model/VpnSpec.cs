using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Model;

/// <summary>A site-to-site VPN connection (<c>Add-SCVPNConnection</c>), with the tenant-provided items (R15).</summary>
/// <param name="StepId">The <c>SiteToSiteVpn</c> step.</param>
/// <param name="RemoteEndpoint">The tenant's VPN server address.</param>
/// <param name="RemoteSubnets">The tenant's on-premises subnets.</param>
/// <param name="PreSharedKeyAccount">The Run As account whose password is the pre-shared key.</param>
/// <param name="PreSharedKey">A secret to create that Run As account from, if the script should create it.</param>
/// <param name="Certificate">A machine certificate (subject or thumbprint) instead of a pre-shared key.</param>
/// <param name="Protocol">The VPN protocol member name (default <c>IKEv2</c>).</param>
/// <param name="IPsec">IPsec settings, by parameter name of <c>Add-SCVPNConnection</c> and enum member name.</param>
/// <param name="Bgp">BGP settings, if enabled.</param>
internal sealed record VpnSpec(
    int StepId,
    Setting<string?> RemoteEndpoint,
    EquatableArray<Setting<string?>> RemoteSubnets,
    Setting<string?>? PreSharedKeyAccount,
    SecretSpec? PreSharedKey,
    Setting<string?>? Certificate,
    Setting<string?>? Protocol,
    EquatableArray<IPsecSettingSpec> IPsec,
    BgpSpec? Bgp);

/// <summary>One IPsec setting of a VPN connection.</summary>
/// <param name="Parameter">The DSL parameter (e.g. <c>encryption</c>).</param>
/// <param name="Value">The enum member name.</param>
internal sealed record IPsecSettingSpec(string Parameter, Setting<string?> Value);

/// <summary>BGP on a VM network gateway.</summary>
/// <param name="StepId">The <c>Bgp</c> step.</param>
/// <param name="LocalAsn">The local autonomous system number.</param>
/// <param name="Peers">The BGP peers.</param>
internal sealed record BgpSpec(int StepId, Setting<long> LocalAsn, EquatableArray<BgpPeerSpec> Peers);

/// <summary>A BGP peer (<c>Add-SCBGPPeer</c>).</summary>
/// <param name="StepId">The <c>Peer</c> step.</param>
/// <param name="Address">The peer's IP address.</param>
/// <param name="Asn">The peer's ASN.</param>
internal sealed record BgpPeerSpec(int StepId, Setting<string?> Address, Setting<long> Asn);
