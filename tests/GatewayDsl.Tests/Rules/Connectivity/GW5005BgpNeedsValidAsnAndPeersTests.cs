using System;
using GatewayDsl.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Tests.Rules.Connectivity;

public sealed class GW5005BgpNeedsValidAsnAndPeersTests
{
    private const string Id = "GW5005";

    /// <summary>The valid baseline plus a VM network 'Tenant-C' whose VPN runs BGP with <paramref name="localAsn"/>.</summary>
    private static GatewayDefinition WithBgp(long localAsn, Action<BgpBuilder>? peers = null) =>
        TestGateways.NonForwarding().VmNetwork("Tenant-C", n => n
            .Subnet("10.3.0.0/24")
            .SiteToSiteVpn("157.56.20.11", s => s.RemoteSubnets("172.16.3.0/24").PreSharedKey("Tenant-C PSK").Bgp(localAsn, peers)));

    [Fact]
    public void Baselines_DoNotTrigger()
    {
        ViolationAssert.DoesNotReport(TestGateways.NonForwarding(), Id);
        ViolationAssert.DoesNotReport(TestGateways.Forwarding(), Id);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(64512L)]
    [InlineData(23455L)]
    [InlineData(23457L)]
    [InlineData(65534L)]
    [InlineData(65536L)]
    [InlineData(4200000000L)]
    [InlineData(4294967294L)]
    public void Valid_asns_DoNotTrigger(long asn) =>
        ViolationAssert.DoesNotReport(WithBgp(asn, b => b.Peer("172.16.3.1", asn)), Id);

    [Theory]
    [InlineData(0L, "reserved and means no ASN")]
    [InlineData(23456L, "AS_TRANS")]
    [InlineData(65535L, "reserved (RFC 7300)")]
    [InlineData(4294967295L, "reserved (RFC 7300)")]
    [InlineData(4294967296L, "outside the UInt32 range")]
    [InlineData(-1L, "outside the UInt32 range")]
    public void Invalid_local_asn_Triggers(long asn, string reason)
    {
        var v = ViolationAssert.ReportsOnce(WithBgp(asn, b => b.Peer("172.16.3.1", 65040)), Id);

        Assert.Equal(GatewaySeverity.Error, v.Severity);
        Assert.Contains("local ASN of VM network 'Tenant-C' is '" + asn.ToString(System.Globalization.CultureInfo.InvariantCulture) + "'", v.Message);
        Assert.Contains(reason, v.Message);
        Assert.Contains("from 1 to 4294967294", v.Message);
        Assert.EndsWith("Bgp(localAsn)", v.Location);
        Assert.StartsWith("VmNetwork(\"Tenant-C\") › SiteToSiteVpn(\"157.56.20.11\") › ", v.Location);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(23456L)]
    [InlineData(65535L)]
    [InlineData(4294967295L)]
    public void Invalid_peer_asn_Triggers(long asn)
    {
        var v = ViolationAssert.ReportsOnce(WithBgp(65030, b => b.Peer("172.16.3.1", asn)), Id);

        Assert.Contains("The ASN of BGP peer '172.16.3.1' of VM network 'Tenant-C'", v.Message);
        Assert.EndsWith("Peer(asn)", v.Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Peer_without_address_Triggers(string? address)
    {
        var v = ViolationAssert.ReportsOnce(WithBgp(65030, b => b.Peer(address!, 65040)), Id);

        Assert.Contains("A BGP peer of VM network 'Tenant-C' has an empty address", v.Message);
        Assert.EndsWith("Peer(address)", v.Location);
    }

    [Fact]
    public void Peer_without_address_and_with_bad_asn_Triggers_for_each()
    {
        var violations = ViolationAssert.Reports(WithBgp(65030, b => b.Peer("", 0)), Id);

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Location.EndsWith("Peer(address)", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Location.EndsWith("Peer(asn)", StringComparison.Ordinal) && v.Message.StartsWith("The ASN of a BGP peer of VM network 'Tenant-C' is '0'", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_bad_peer_Triggers()
    {
        var violations = ViolationAssert.Reports(WithBgp(0, b => b.Peer("172.16.3.1", 0).Peer("172.16.3.2", 65040).Peer("172.16.3.3", 23456)), Id);

        Assert.Equal(3, violations.Count);
    }

    [Fact]
    public void Unparsable_peer_address_DoesNotTrigger() =>
        // Syntax is GW2007's finding.
        ViolationAssert.DoesNotReport(WithBgp(65030, b => b.Peer("172.16.3", 65040)), Id);

    [Fact]
    public void Bad_asn_on_the_baseline_vpn_Triggers() =>
        ViolationAssert.ReportsOnce(TestGateways.NonForwarding(vpn: s => s.Bgp(0, b => b.Peer("172.16.1.1", 65020))), Id);
}
