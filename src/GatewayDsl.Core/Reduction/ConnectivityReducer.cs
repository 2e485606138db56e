using System.Collections.Generic;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Core.Reduction;

/// <summary>Reduces VM networks and their connectivity (VPN with BGP, NAT, direct routing).</summary>
internal static class ConnectivityReducer
{
    private static readonly string[] IPsecParameters =
    {
        S.IPsec.Encryption, S.IPsec.Integrity, S.IPsec.CipherTransform, S.IPsec.AuthenticationTransform, S.IPsec.PfsGroup, S.IPsec.DhGroup,
    };

    /// <summary>Reduces <c>VmNetwork(name, v => ...)</c>.</summary>
    public static VmNetworkSpec VmNetwork(Step step, SettingSlots slots)
    {
        var subnets = new List<Setting<string?>>();
        var connectivity = new List<ConnectivitySpec>();
        foreach (var inner in StepReader.Scope(step, S.VmNetwork.Configure))
        {
            switch (inner.Method)
            {
                case S.Subnet.Method:
                    subnets.Add(StepReader.String(inner, S.Subnet.Cidr));
                    break;
                case S.SiteToSiteVpn.Method:
                    connectivity.Add(new ConnectivitySpec(inner.Id, ConnectivityKind.SiteToSiteVpn, Vpn(inner, slots), null));
                    break;
                case S.Nat.Method:
                    connectivity.Add(new ConnectivitySpec(inner.Id, ConnectivityKind.Nat, null, Nat(inner, slots)));
                    break;
                case S.DirectRouting.Method:
                    connectivity.Add(new ConnectivitySpec(inner.Id, ConnectivityKind.DirectRouting, null, null));
                    break;
            }
        }

        return new VmNetworkSpec(step.Id, StepReader.String(step, S.VmNetwork.Name), subnets.ToEquatableArray(), connectivity.ToEquatableArray());
    }

    private static VpnSpec Vpn(Step step, SettingSlots slots)
    {
        var remoteSubnets = new List<Setting<string?>>();
        Setting<string?>? pskAccount = null, certificate = null, protocol = null;
        SecretSpec? psk = null;
        EquatableArray<IPsecSettingSpec>? ipsec = null;
        Setting<bool>? ipsecCall = null;
        BgpSpec? bgp = null;
        foreach (var inner in StepReader.Scope(step, S.SiteToSiteVpn.Configure))
        {
            switch (inner.Method)
            {
                case S.RemoteSubnets.Method:
                    remoteSubnets.AddRange(StepReader.StringItems(inner, S.RemoteSubnets.Cidrs));
                    break;
                case S.PreSharedKey.Method:
                    slots.Once(ref pskAccount, StepReader.String(inner, S.PreSharedKey.RunAsAccount), inner, "The pre-shared key (PreSharedKey)");
                    psk = SecretReader.Read(inner, S.PreSharedKey.Key);
                    break;
                case S.Certificate.Method:
                    slots.Once(ref certificate, StepReader.String(inner, S.Certificate.Subject), inner, "The certificate (Certificate)");
                    break;
                case S.Protocol.Method:
                    slots.Once(ref protocol, StepReader.EnumMember(inner, S.Protocol.Value), inner, "The VPN protocol (Protocol)");
                    break;
                case S.IPsec.Method:
                    slots.Once(ref ipsecCall, StepReader.Marker(inner), inner, "The IPsec settings (IPsec)");
                    ipsec = IPsec(inner);
                    break;
                case S.Bgp.Method:
                    slots.Once(ref bgp, Bgp(inner), bgp?.StepId ?? 0, inner, "BGP (Bgp)");
                    break;
            }
        }

        return new VpnSpec(
            step.Id,
            StepReader.String(step, S.SiteToSiteVpn.RemoteEndpoint),
            remoteSubnets.ToEquatableArray(),
            pskAccount,
            psk,
            certificate,
            protocol,
            ipsec ?? EquatableArray<IPsecSettingSpec>.Empty,
            bgp);
    }

    private static EquatableArray<IPsecSettingSpec> IPsec(Step step)
    {
        var settings = new List<IPsecSettingSpec>();
        foreach (var parameter in IPsecParameters)
        {
            var value = StepReader.EnumMember(step, parameter);
            if (!value.IsKnown || value.Value is not null)
            {
                settings.Add(new IPsecSettingSpec(parameter, value));
            }
        }

        return settings.ToEquatableArray();
    }

    private static BgpSpec Bgp(Step step)
    {
        var peers = new List<BgpPeerSpec>();
        foreach (var inner in StepReader.Scope(step, S.Bgp.Configure))
        {
            if (inner.Method == S.Peer.Method)
            {
                peers.Add(new BgpPeerSpec(inner.Id, StepReader.String(inner, S.Peer.Address), StepReader.Number(inner, S.Peer.Asn)));
            }
        }

        return new BgpSpec(step.Id, StepReader.Number(step, S.Bgp.LocalAsn), peers.ToEquatableArray());
    }

    private static NatSpec Nat(Step step, SettingSlots slots)
    {
        Setting<string?>? pool = null, address = null;
        var rules = new List<NatRuleSpec>();
        foreach (var inner in StepReader.Scope(step, S.Nat.Configure))
        {
            switch (inner.Method)
            {
                case S.ExternalPool.Method:
                    slots.Once(ref pool, StepReader.String(inner, S.ExternalPool.PoolName), inner, "The NAT external pool (ExternalPool)");
                    break;
                case S.ExternalAddress.Method:
                    slots.Once(ref address, StepReader.String(inner, S.ExternalAddress.Address), inner, "The NAT external address (ExternalAddress)");
                    break;
                case S.NatRule.Method:
                    rules.Add(new NatRuleSpec(
                        inner.Id,
                        StepReader.String(inner, S.NatRule.Name),
                        StepReader.EnumMember(inner, S.NatRule.Protocol),
                        StepReader.Number(inner, S.NatRule.ExternalPort),
                        StepReader.String(inner, S.NatRule.InternalAddress),
                        StepReader.Number(inner, S.NatRule.InternalPort)));
                    break;
            }
        }

        return new NatSpec(step.Id, pool, address, rules.ToEquatableArray());
    }
}
