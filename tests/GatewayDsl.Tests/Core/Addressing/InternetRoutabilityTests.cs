using System.Linq;
using GatewayDsl.Core.Addressing;
using Xunit;

namespace GatewayDsl.Tests.Core.Addressing;

public class InternetRoutabilityTests
{
    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("131.107.0.89")]
    [InlineData("100.63.255.255")] // just below 100.64.0.0/10
    [InlineData("100.128.0.0")] // just above 100.64.0.0/10
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.167.255.255")]
    [InlineData("192.169.0.0")]
    [InlineData("192.0.1.0")]
    [InlineData("192.88.98.255")]
    [InlineData("192.88.100.0")]
    [InlineData("198.17.255.255")]
    [InlineData("198.20.0.0")]
    [InlineData("223.255.255.255")] // just below multicast
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2620:0:862:ed1a::1")]
    [InlineData("2001:200::1")] // just above 2001::/23
    [InlineData("2001:db7:ffff::1")]
    [InlineData("2001:db9::1")]
    [InlineData("64:ff9b::808:808")] // well-known NAT64 prefix is not in the table
    public void Public_addresses_are_routable(string text)
    {
        Assert.True(InternetRoutability.IsInternetRoutable(Address(text), out string? reason), reason);
        Assert.Null(reason);
    }

    [Theory]
    [InlineData("0.0.0.0", "0.0.0.0/8 (this network, RFC 1122 / RFC 6890)")]
    [InlineData("10.0.0.1", "10.0.0.0/8 (private, RFC 1918)")]
    [InlineData("10.255.255.255", "10.0.0.0/8 (private, RFC 1918)")]
    [InlineData("100.64.0.0", "100.64.0.0/10 (shared address space for carrier-grade NAT, RFC 6598)")]
    [InlineData("100.100.100.100", "100.64.0.0/10 (shared address space for carrier-grade NAT, RFC 6598)")]
    [InlineData("100.127.255.255", "100.64.0.0/10 (shared address space for carrier-grade NAT, RFC 6598)")]
    [InlineData("127.0.0.1", "127.0.0.0/8 (loopback, RFC 1122)")]
    [InlineData("169.254.1.1", "169.254.0.0/16 (link-local, RFC 3927)")]
    [InlineData("172.16.0.0", "172.16.0.0/12 (private, RFC 1918)")]
    [InlineData("172.31.255.255", "172.16.0.0/12 (private, RFC 1918)")]
    [InlineData("192.0.0.9", "192.0.0.0/24 (IETF protocol assignments, RFC 6890)")]
    [InlineData("192.0.0.255", "192.0.0.0/24 (IETF protocol assignments, RFC 6890)")]
    [InlineData("192.0.2.1", "192.0.2.0/24 (documentation TEST-NET-1, RFC 5737)")]
    [InlineData("192.88.99.1", "192.88.99.0/24 (deprecated 6to4 relay anycast, RFC 3068 / RFC 7526)")]
    [InlineData("192.168.10.5", "192.168.0.0/16 (private, RFC 1918)")]
    [InlineData("198.18.0.1", "198.18.0.0/15 (benchmarking, RFC 2544)")]
    [InlineData("198.19.255.255", "198.18.0.0/15 (benchmarking, RFC 2544)")]
    [InlineData("198.51.100.7", "198.51.100.0/24 (documentation TEST-NET-2, RFC 5737)")]
    [InlineData("203.0.113.7", "203.0.113.0/24 (documentation TEST-NET-3, RFC 5737)")]
    [InlineData("224.0.0.0", "224.0.0.0/4 (multicast, RFC 5771)")]
    [InlineData("239.255.255.255", "224.0.0.0/4 (multicast, RFC 5771)")]
    [InlineData("240.0.0.0", "240.0.0.0/4 (reserved, former class E, RFC 1112)")]
    [InlineData("255.255.255.254", "240.0.0.0/4 (reserved, former class E, RFC 1112)")]
    [InlineData("255.255.255.255", "255.255.255.255/32 (limited broadcast, RFC 919 / RFC 8190)")] // most specific wins
    [InlineData("::", "::/128 (unspecified address, RFC 4291)")]
    [InlineData("::1", "::1/128 (loopback, RFC 4291)")]
    [InlineData("::ffff:8.8.8.8", "::ffff:0.0.0.0/96 (IPv4-mapped, RFC 4291)")]
    [InlineData("64:ff9b:1::1", "64:ff9b:1::/48 (local-use IPv4/IPv6 translation, RFC 8215)")]
    [InlineData("100::1", "100::/64 (discard-only, RFC 6666)")]
    [InlineData("2001::1", "2001::/23 (IETF protocol assignments, RFC 2928)")]
    [InlineData("2001:1ff:ffff::1", "2001::/23 (IETF protocol assignments, RFC 2928)")]
    [InlineData("2001:db8::1", "2001:db8::/32 (documentation, RFC 3849)")]
    [InlineData("2002:c000:204::1", "2002::/16 (6to4, RFC 3056)")]
    [InlineData("fc00::1", "fc00::/7 (unique local, RFC 4193)")]
    [InlineData("fdff:ffff::1", "fc00::/7 (unique local, RFC 4193)")]
    [InlineData("fe80::1", "fe80::/10 (link-local, RFC 4291)")]
    [InlineData("febf::1", "fe80::/10 (link-local, RFC 4291)")]
    [InlineData("ff02::1", "ff00::/8 (multicast, RFC 4291)")]
    public void Special_addresses_are_not_routable(string text, string expectedReason)
    {
        Assert.False(InternetRoutability.IsInternetRoutable(Address(text), out string? reason));
        Assert.Equal(expectedReason, reason);
    }

    [Theory]
    [InlineData("8.8.8.0/24")]
    [InlineData("131.107.0.0/16")]
    [InlineData("100.0.0.0/10")] // 100.0.0.0-100.63.255.255
    [InlineData("100.128.0.0/9")]
    [InlineData("100.63.255.255/32")]
    [InlineData("100.128.0.0/32")]
    [InlineData("11.0.0.0/8")]
    [InlineData("2001:4860::/32")]
    [InlineData("2001:200::/23")]
    public void Public_subnets_are_routable(string text)
    {
        Assert.True(InternetRoutability.IsInternetRoutable(Subnet(text), out string? reason), reason);
        Assert.Null(reason);
    }

    [Theory]
    [InlineData("100.64.0.0/32", "100.64.0.0/10")]
    [InlineData("100.127.255.255/32", "100.64.0.0/10")]
    [InlineData("100.0.0.0/9", "100.64.0.0/10")] // 100.0.0.0-100.127.255.255 holds the block
    [InlineData("100.0.0.0/8", "100.64.0.0/10")] // bigger than the block, still overlaps it
    [InlineData("10.1.0.0/16", "10.0.0.0/8")]
    [InlineData("10.0.0.0/7", "10.0.0.0/8")]
    [InlineData("0.0.0.0/0", "0.0.0.0/8")] // overlaps everything; first in table order
    [InlineData("192.88.99.0/24", "192.88.99.0/24")]
    [InlineData("192.88.99.128/25", "192.88.99.0/24")]
    [InlineData("224.0.0.0/4", "224.0.0.0/4")]
    [InlineData("232.0.0.0/8", "224.0.0.0/4")]
    [InlineData("192.0.0.0/24", "192.0.0.0/24")]
    [InlineData("192.0.0.8/29", "192.0.0.0/24")]
    [InlineData("255.255.255.255/32", "255.255.255.255/32")]
    [InlineData("2001:db8:1::/48", "2001:db8::/32")]
    [InlineData("2000::/3", "2001::/23")]
    [InlineData("::/0", "::/128")]
    [InlineData("fd00::/8", "fc00::/7")]
    public void Subnets_overlapping_a_special_block_are_not_routable(string text, string expectedBlock)
    {
        Assert.False(InternetRoutability.IsInternetRoutable(Subnet(text), out string? reason));
        Assert.NotNull(reason);
        Assert.StartsWith(expectedBlock + " (", reason);
    }

    [Fact]
    public void Subnet_reason_uses_the_standard_format()
    {
        Assert.False(InternetRoutability.IsInternetRoutable(Subnet("10.20.0.0/16"), out string? reason));
        Assert.Equal("10.0.0.0/8 (private, RFC 1918)", reason);
    }

    [Fact]
    public void Table_has_every_row_of_the_reference()
    {
        string[] expected =
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32",
            "::/128", "::1/128", "::ffff:0.0.0.0/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32",
            "2002::/16", "fc00::/7", "fe80::/10", "ff00::/8",
        };
        Assert.Equal(expected, InternetRoutability.NonRoutableRanges.Select(r => r.Subnet.ToString()));
        Assert.All(InternetRoutability.NonRoutableRanges, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Purpose));
            Assert.StartsWith("RFC ", r.Source);
            Assert.Equal(r.Description, r.ToString());
        });
    }

    private static IpAddress Address(string text)
    {
        Assert.True(IpAddress.TryParse(text, out IpAddress address, out string? error), error);
        return address;
    }

    private static IpSubnet Subnet(string text)
    {
        Assert.True(IpSubnet.TryParse(text, out IpSubnet subnet, out string? error), error);
        return subnet;
    }
}
