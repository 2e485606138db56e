using System;
using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>Describes a site-to-site VPN connection with the tenant-provided items (remote subnets, authentication).</summary>
public sealed class SiteToSiteVpnBuilder : ScopeBuilder<SiteToSiteVpnBuilder>
{
    internal SiteToSiteVpnBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>The tenant's on-premises subnets reached through the tunnel (not needed when BGP peers provide the routes).</summary>
    /// <param name="cidrs">Subnets in CIDR notation.</param>
    public SiteToSiteVpnBuilder RemoteSubnets(params string[] cidrs) => Record(S.RemoteSubnets.Method, Arg.Strings(S.RemoteSubnets.Cidrs, cidrs));

    /// <summary>Pre-shared key authentication: the key is the password of an existing VMM Run As account.</summary>
    /// <param name="runAsAccount">The Run As account that holds the key.</param>
    public SiteToSiteVpnBuilder PreSharedKey(string runAsAccount) => Record(S.PreSharedKey.Method, Arg.Of(S.PreSharedKey.RunAsAccount, runAsAccount));

    /// <summary>Pre-shared key authentication; the script creates the Run As account from <paramref name="key"/> if it does not exist.</summary>
    /// <param name="runAsAccount">The Run As account that holds the key.</param>
    /// <param name="key">Where the key comes from (an environment variable or script parameter; a literal is GW6001).</param>
    public SiteToSiteVpnBuilder PreSharedKey(string runAsAccount, Secret key) =>
        Record(S.PreSharedKey.Method, Arg.Of(S.PreSharedKey.RunAsAccount, runAsAccount), Arg.Secret(Recorder, S.PreSharedKey.Key, key));

    /// <summary>Machine-certificate authentication instead of a pre-shared key.</summary>
    /// <param name="subject">The certificate's subject or thumbprint.</param>
    public SiteToSiteVpnBuilder Certificate(string subject) => Record(S.Certificate.Method, Arg.Of(S.Certificate.Subject, subject));

    /// <summary>The VPN protocol (default IKEv2).</summary>
    /// <param name="protocol">The protocol.</param>
    public SiteToSiteVpnBuilder Protocol(VpnProtocol protocol) => Record(S.Protocol.Method, Arg.Enum(S.Protocol.Value, protocol));

    /// <summary>IPsec settings; any left out keep VMM's defaults.</summary>
    /// <param name="encryption">Encryption method.</param>
    /// <param name="integrity">Integrity check method.</param>
    /// <param name="cipherTransform">Cipher transform constants.</param>
    /// <param name="authenticationTransform">Authentication transform constants.</param>
    /// <param name="pfsGroup">Perfect forward secrecy group.</param>
    /// <param name="dhGroup">Diffie-Hellman group.</param>
    public SiteToSiteVpnBuilder IPsec(
        VpnEncryptionMethod? encryption = null,
        VpnIntegrityCheckMethod? integrity = null,
        VpnCipherTransform? cipherTransform = null,
        VpnAuthenticationTransform? authenticationTransform = null,
        VpnPfsGroup? pfsGroup = null,
        VpnDhGroup? dhGroup = null) =>
        Record(
            S.IPsec.Method,
            Arg.Enum(S.IPsec.Encryption, encryption),
            Arg.Enum(S.IPsec.Integrity, integrity),
            Arg.Enum(S.IPsec.CipherTransform, cipherTransform),
            Arg.Enum(S.IPsec.AuthenticationTransform, authenticationTransform),
            Arg.Enum(S.IPsec.PfsGroup, pfsGroup),
            Arg.Enum(S.IPsec.DhGroup, dhGroup));

    /// <summary>BGP over the tunnel with the gateway's local ASN and the tenant's peers.</summary>
    /// <param name="localAsn">The local autonomous system number (1 to 4294967294).</param>
    /// <param name="configure">The BGP peers.</param>
    public SiteToSiteVpnBuilder Bgp(long localAsn, Action<BgpBuilder>? configure = null) =>
        Scope(S.Bgp.Method, S.Bgp.Configure, r => new BgpBuilder(r), configure, Arg.Of(S.Bgp.LocalAsn, localAsn));
}
