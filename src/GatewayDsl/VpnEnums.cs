namespace GatewayDsl;

// The member names are VMM's accepted values for Add-SCVPNConnection (reference: vmm-enums.tsv), so the generated
// script can pass them through unchanged.

/// <summary>The VPN protocol (<c>Add-SCVPNConnection -Protocol</c>).</summary>
public enum VpnProtocol
{
    /// <summary>IKEv2 (the default for site-to-site).</summary>
    IKEv2,

    /// <summary>L2TP.</summary>
    L2TP,

    /// <summary>PPTP.</summary>
    PPTP,

    /// <summary>GRE.</summary>
    GRE,

    /// <summary>L3.</summary>
    L3,

    /// <summary>IPsec.</summary>
    IPSec,
}

/// <summary>IPsec encryption (<c>-EncryptionMethod</c>).</summary>
public enum VpnEncryptionMethod
{
    /// <summary>DES.</summary>
    DES,

    /// <summary>3DES.</summary>
    DES3,

    /// <summary>AES-128.</summary>
    AES128,

    /// <summary>AES-192.</summary>
    AES192,

    /// <summary>AES-256.</summary>
    AES256,

    /// <summary>CBC DES.</summary>
    CBCDES,

    /// <summary>CBC 3DES.</summary>
    CBCDES3,

    /// <summary>AES-128 CBC.</summary>
    AES128CBC,

    /// <summary>AES-192 CBC.</summary>
    AES192CBC,

    /// <summary>AES-256 CBC.</summary>
    AES256CBC,

    /// <summary>AES-128 GCM.</summary>
    GCMAES128,

    /// <summary>AES-192 GCM.</summary>
    GCMAES192,

    /// <summary>AES-256 GCM.</summary>
    GCMAES256,
}

/// <summary>IPsec integrity check (<c>-IntegrityCheckMethod</c>).</summary>
public enum VpnIntegrityCheckMethod
{
    /// <summary>MD5.</summary>
    MD5,

    /// <summary>SHA-1.</summary>
    SHA1,

    /// <summary>SHA-256.</summary>
    SHA256,

    /// <summary>SHA-384.</summary>
    SHA384,

    /// <summary>SHA-1 96.</summary>
    SHA196,
}

/// <summary>IPsec cipher transform (<c>-CipherTransformConstants</c>).</summary>
public enum VpnCipherTransform
{
    /// <summary>DES.</summary>
    DES,

    /// <summary>3DES.</summary>
    DES3,

    /// <summary>AES-128.</summary>
    AES128,

    /// <summary>AES-192.</summary>
    AES192,

    /// <summary>AES-256.</summary>
    AES256,

    /// <summary>AES-128 GCM.</summary>
    GCMAES128,

    /// <summary>AES-192 GCM.</summary>
    GCMAES192,

    /// <summary>AES-256 GCM.</summary>
    GCMAES256,

    /// <summary>None.</summary>
    None,
}

/// <summary>IPsec authentication transform (<c>-AuthenticationTransformConstants</c>).</summary>
public enum VpnAuthenticationTransform
{
    /// <summary>SHA-256 128.</summary>
    SHA256128,

    /// <summary>MD5 96.</summary>
    MD596,

    /// <summary>SHA-1 96.</summary>
    SHA196,

    /// <summary>AES-128 GCM.</summary>
    GCMAES128,

    /// <summary>AES-192 GCM.</summary>
    GCMAES192,

    /// <summary>AES-256 GCM.</summary>
    GCMAES256,

    /// <summary>SHA-256.</summary>
    SHA256,

    /// <summary>None.</summary>
    None,
}

/// <summary>Perfect forward secrecy group (<c>-PFSGroup</c>).</summary>
public enum VpnPfsGroup
{
    /// <summary>None.</summary>
    None,

    /// <summary>PFS 1.</summary>
    PFS1,

    /// <summary>PFS 2.</summary>
    PFS2,

    /// <summary>PFS 2048.</summary>
    PFS2048,

    /// <summary>ECP 256.</summary>
    ECP256,

    /// <summary>ECP 384.</summary>
    ECP384,

    /// <summary>PFS MM.</summary>
    PFSMM,

    /// <summary>PFS 24.</summary>
    PFS24,

    /// <summary>PFS 14.</summary>
    PFS14,
}

/// <summary>Diffie-Hellman group (<c>-DHGroup</c>).</summary>
public enum VpnDhGroup
{
    /// <summary>None.</summary>
    None,

    /// <summary>Group 1.</summary>
    Group1,

    /// <summary>Group 2.</summary>
    Group2,

    /// <summary>Group 14.</summary>
    Group14,

    /// <summary>ECP 256.</summary>
    ECP256,

    /// <summary>ECP 384.</summary>
    ECP384,

    /// <summary>Group 24.</summary>
    Group24,
}
