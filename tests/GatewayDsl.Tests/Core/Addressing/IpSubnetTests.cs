using GatewayDsl.Core.Addressing;
using Xunit;

namespace GatewayDsl.Tests.Core.Addressing;

public class IpSubnetTests
{
    [Theory]
    [InlineData("192.168.10.0/24", "192.168.10.0/24", 24, "192.168.10.0", "192.168.10.255")]
    [InlineData("10.0.0.0/8", "10.0.0.0/8", 8, "10.0.0.0", "10.255.255.255")]
    [InlineData("100.64.0.0/10", "100.64.0.0/10", 10, "100.64.0.0", "100.127.255.255")]
    [InlineData("192.168.10.4/31", "192.168.10.4/31", 31, "192.168.10.4", "192.168.10.5")]
    [InlineData("192.168.10.5/32", "192.168.10.5/32", 32, "192.168.10.5", "192.168.10.5")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0", 0, "0.0.0.0", "255.255.255.255")]
    [InlineData("2001:db8::/64", "2001:db8::/64", 64, "2001:db8::", "2001:db8::ffff:ffff:ffff:ffff")]
    [InlineData("2001:DB8:0:0::/32", "2001:db8::/32", 32, "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("2001:db8::/127", "2001:db8::/127", 127, "2001:db8::", "2001:db8::1")]
    [InlineData("2001:db8::1/128", "2001:db8::1/128", 128, "2001:db8::1", "2001:db8::1")]
    [InlineData("::/0", "::/0", 0, "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("fe80::/10", "fe80::/10", 10, "fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("2001::/23", "2001::/23", 23, "2001::", "2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("::ffff:0:0/96", "::ffff:0.0.0.0/96", 96, "::ffff:0.0.0.0", "::ffff:255.255.255.255")] // IPv4-mapped: mixed notation
    public void TryParse_accepts_valid_subnets(string text, string canonical, int prefix, string first, string last)
    {
        Assert.True(IpSubnet.TryParse(text, out IpSubnet subnet, out string? error), error);
        Assert.Null(error);
        Assert.Equal(canonical, subnet.ToString());
        Assert.Equal(prefix, subnet.PrefixLength);
        Assert.Equal(first, subnet.First.ToString());
        Assert.Equal(first, subnet.Network.ToString());
        Assert.Equal(last, subnet.Last.ToString());
        Assert.Equal(subnet.Network.Family, subnet.Family);
    }

    [Fact]
    public void Family_follows_the_network()
    {
        Assert.Equal(IpFamily.IPv4, Parse("10.0.0.0/8").Family);
        Assert.Equal(IpFamily.IPv6, Parse("2001:db8::/32").Family);
    }

    [Theory]
    [InlineData("192.168.10.5/24", "did you mean 192.168.10.0/24?")]
    [InlineData("10.1.2.3/8", "did you mean 10.0.0.0/8?")]
    [InlineData("192.168.10.5/31", "did you mean 192.168.10.4/31?")]
    [InlineData("1.2.3.4/0", "did you mean 0.0.0.0/0?")]
    [InlineData("2001:db8::1/64", "did you mean 2001:db8::/64?")]
    [InlineData("2001:db8::1/127", "did you mean 2001:db8::/127?")]
    public void TryParse_rejects_host_bits_and_proposes_the_network(string text, string proposal)
    {
        Assert.False(IpSubnet.TryParse(text, out IpSubnet subnet, out string? error));
        Assert.Equal(default, subnet);
        Assert.NotNull(error);
        Assert.EndsWith(proposal, error);
        Assert.Contains("host bits set", error);
    }

    [Fact]
    public void Host_bits_error_message_text()
    {
        Assert.False(IpSubnet.TryParse("192.168.10.5/24", out _, out string? error));
        Assert.Equal(
            "'192.168.10.5/24' is not a valid subnet: the address has host bits set after the first 24 bits; did you mean 192.168.10.0/24?",
            error);
    }

    [Theory]
    [InlineData(null, "The subnet is empty")]
    [InlineData("", "The subnet is empty")]
    [InlineData("192.168.10.0", "'/prefix' part is missing")]
    [InlineData("192.168.10.0/", "is missing after '/'")]
    [InlineData("192.168.10.0/33", "'33' is out of range; it must be from 0 to 32.")]
    [InlineData("2001:db8::/129", "'129' is out of range; it must be from 0 to 128.")]
    [InlineData("192.168.10.0/1000", "out of range")]
    [InlineData("192.168.10.0/024", "leading zero")]
    [InlineData("192.168.10.0/-1", "'-1' is not a number")]
    [InlineData("192.168.10.0/+24", "'+24' is not a number")]
    [InlineData("192.168.10.0/24 ", "'24 ' is not a number")]
    [InlineData("192.168.10.0 /24", "whitespace")]
    [InlineData("192.168.10.0/24/24", "more than one '/'")]
    [InlineData("192.168.10/24", "3 dot-separated parts")]
    [InlineData("/24", "The IP address is empty.")]
    [InlineData("fe80::%eth0/64", "zone ids")]
    [InlineData("192.168.10.0/255.255.255.0", "is not a number")]
    public void TryParse_rejects_malformed_subnets(string? text, string fragment)
    {
        Assert.False(IpSubnet.TryParse(text, out _, out string? error));
        Assert.NotNull(error);
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void TryCreate_validates_prefix_and_host_bits()
    {
        IpAddress network = Address("10.0.0.0");
        Assert.True(IpSubnet.TryCreate(network, 8, out IpSubnet subnet, out string? error));
        Assert.Null(error);
        Assert.Equal("10.0.0.0/8", subnet.ToString());

        Assert.False(IpSubnet.TryCreate(network, 33, out _, out error));
        Assert.Contains("out of range for IPv4", error);
        Assert.False(IpSubnet.TryCreate(network, -1, out _, out error));
        Assert.Contains("from 0 to 32", error);
        Assert.False(IpSubnet.TryCreate(Address("::"), 129, out _, out error));
        Assert.Contains("from 0 to 128", error);
        Assert.False(IpSubnet.TryCreate(Address("10.0.0.1"), 24, out _, out error));
        Assert.Contains("did you mean 10.0.0.0/24?", error);
    }

    [Theory]
    [InlineData("192.168.10.77", 24, "192.168.10.0/24")]
    [InlineData("192.168.10.77", 32, "192.168.10.77/32")]
    [InlineData("192.168.10.77", 40, "192.168.10.77/32")]
    [InlineData("192.168.10.77", -3, "0.0.0.0/0")]
    [InlineData("2001:db8:1:2::5", 64, "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::5", 128, "2001:db8:1:2::5/128")]
    public void Containing_clears_host_bits(string address, int prefix, string expected)
    {
        Assert.Equal(expected, IpSubnet.Containing(Address(address), prefix).ToString());
    }

    [Theory]
    [InlineData("192.168.10.0/24", "192.168.10.0", true)]
    [InlineData("192.168.10.0/24", "192.168.10.255", true)]
    [InlineData("192.168.10.0/24", "192.168.9.255", false)]
    [InlineData("192.168.10.0/24", "192.168.11.0", false)]
    [InlineData("192.168.10.4/31", "192.168.10.4", true)]
    [InlineData("192.168.10.4/31", "192.168.10.5", true)]
    [InlineData("192.168.10.4/31", "192.168.10.6", false)]
    [InlineData("192.168.10.5/32", "192.168.10.5", true)]
    [InlineData("192.168.10.5/32", "192.168.10.4", false)]
    [InlineData("0.0.0.0/0", "255.255.255.255", true)]
    [InlineData("0.0.0.0/0", "::", false)]
    [InlineData("::/0", "0.0.0.0", false)]
    [InlineData("::/0", "2001:db8::1", true)]
    [InlineData("2001:db8::/32", "2001:db8:ffff::1", true)]
    [InlineData("2001:db8::/32", "2001:db9::", false)]
    [InlineData("::/96", "0.0.0.1", false)]
    [InlineData("::/96", "::1", true)]
    public void Contains_address(string subnet, string address, bool expected)
    {
        Assert.Equal(expected, Parse(subnet).Contains(Address(address)));
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.1.0.0/16", true, false)]
    [InlineData("10.0.0.0/8", "10.0.0.0/8", true, true)]
    [InlineData("10.0.0.0/8", "11.0.0.0/8", false, false)]
    [InlineData("0.0.0.0/0", "10.0.0.0/8", true, false)]
    [InlineData("192.168.10.4/31", "192.168.10.5/32", true, false)]
    [InlineData("192.168.10.0/24", "192.168.10.0/23", false, true)]
    [InlineData("2001:db8::/32", "2001:db8:1::/48", true, false)]
    [InlineData("::/0", "0.0.0.0/0", false, false)]
    [InlineData("0.0.0.0/0", "::/0", false, false)]
    [InlineData("::/96", "0.0.0.0/0", false, false)]
    public void Contains_subnet(string outer, string inner, bool outerContainsInner, bool innerContainsOuter)
    {
        Assert.Equal(outerContainsInner, Parse(outer).Contains(Parse(inner)));
        Assert.Equal(innerContainsOuter, Parse(inner).Contains(Parse(outer)));
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.1.0.0/16", true)]
    [InlineData("10.0.0.0/8", "10.0.0.0/8", true)]
    [InlineData("10.0.0.0/8", "11.0.0.0/8", false)]
    [InlineData("192.168.10.0/24", "192.168.11.0/24", false)]
    [InlineData("192.168.10.0/23", "192.168.11.0/24", true)]
    [InlineData("192.168.10.4/31", "192.168.10.6/31", false)]
    [InlineData("192.168.10.5/32", "192.168.10.4/31", true)]
    [InlineData("0.0.0.0/0", "203.0.113.0/24", true)]
    [InlineData("2001:db8::/32", "2001:db8:ffff::/48", true)]
    [InlineData("2001:db8::/32", "2001:db9::/32", false)]
    [InlineData("0.0.0.0/0", "::/0", false)]
    [InlineData("::/0", "10.0.0.0/8", false)]
    [InlineData("::/96", "0.0.0.0/0", false)]
    [InlineData("::ffff:0:0/96", "10.0.0.0/8", false)]
    public void Overlaps_is_symmetric_and_never_across_families(string a, string b, bool expected)
    {
        Assert.Equal(expected, Parse(a).Overlaps(Parse(b)));
        Assert.Equal(expected, Parse(b).Overlaps(Parse(a)));
    }

    [Fact]
    public void Equality()
    {
        Assert.Equal(Parse("2001:db8::/32"), Parse("2001:DB8:0::/32"));
        Assert.True(Parse("10.0.0.0/8") == Parse("10.0.0.0/8"));
        Assert.True(Parse("10.0.0.0/8") != Parse("10.0.0.0/9"));
        Assert.NotEqual(Parse("0.0.0.0/0"), Parse("::/0"));
        Assert.Equal(Parse("10.0.0.0/8").GetHashCode(), Parse("10.0.0.0/8").GetHashCode());
        Assert.True(Parse("10.0.0.0/8").Equals((object)Parse("10.0.0.0/8")));
        Assert.False(Parse("10.0.0.0/8").Equals("10.0.0.0/8"));
    }

    [Fact]
    public void Default_is_the_whole_IPv4_space()
    {
        IpSubnet subnet = default;
        Assert.Equal("0.0.0.0/0", subnet.ToString());
        Assert.True(subnet.Contains(Address("255.255.255.255")));
    }

    private static IpSubnet Parse(string text)
    {
        Assert.True(IpSubnet.TryParse(text, out IpSubnet subnet, out string? error), error);
        return subnet;
    }

    private static IpAddress Address(string text)
    {
        Assert.True(IpAddress.TryParse(text, out IpAddress address, out string? error), error);
        return address;
    }
}
