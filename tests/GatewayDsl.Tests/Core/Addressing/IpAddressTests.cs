using System.Collections.Generic;
using GatewayDsl.Core.Addressing;
using Xunit;

namespace GatewayDsl.Tests.Core.Addressing;

public class IpAddressTests
{
    [Theory]
    [InlineData("0.0.0.0", 0x00000000u)]
    [InlineData("1.2.3.4", 0x01020304u)]
    [InlineData("10.0.0.1", 0x0A000001u)]
    [InlineData("192.168.10.5", 0xC0A80A05u)]
    [InlineData("255.255.255.255", 0xFFFFFFFFu)]
    [InlineData("100.64.0.0", 0x64400000u)]
    public void TryParse_accepts_dotted_quad(string text, uint expected)
    {
        Assert.True(IpAddress.TryParse(text, out IpAddress address));
        Assert.Equal(IpFamily.IPv4, address.Family);
        Assert.Equal(IpAddress.FromIPv4(expected), address);
        Assert.Equal(0UL, address.High);
        Assert.Equal(expected, address.Low);
        Assert.Equal(text, address.ToString());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("01.2.3.4")]
    [InlineData("1.02.3.4")]
    [InlineData("1.2.3.00")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("256.1.1.1")]
    [InlineData("1.1.1.256")]
    [InlineData("1000.1.1.1")]
    [InlineData(" 1.2.3.4")]
    [InlineData("1.2.3.4 ")]
    [InlineData("1.2. 3.4")]
    [InlineData("1.2.3.4\n")]
    [InlineData("1..3.4")]
    [InlineData(".1.2.3")]
    [InlineData("1.2.3.")]
    [InlineData("+1.2.3.4")]
    [InlineData("-1.2.3.4")]
    [InlineData("1.2.3.0x4")]
    [InlineData("a.b.c.d")]
    [InlineData("\u0661.2.3.4")] // Arabic-Indic digit one
    [InlineData("1.2.3.4/32")]
    [InlineData("1.2.3.4%eth0")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_rejects_lax_or_malformed_IPv4(string? text)
    {
        Assert.False(IpAddress.TryParse(text, out IpAddress address));
        Assert.Equal(default, address);
        Assert.False(IpAddress.TryParse(text, out _, out string? error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData("1", "1 dot-separated part;")]
    [InlineData("1.2.3", "3 dot-separated parts;")]
    [InlineData("1.2.3.4.5", "5 dot-separated parts;")]
    [InlineData("01.2.3.4", "part 1 ('01') has a leading zero")]
    [InlineData("1.2.3.007", "write '7'")]
    [InlineData("256.1.1.1", "part 1 ('256') is greater than 255.")]
    [InlineData("1..3.4", "part 2 is empty.")]
    [InlineData(" 1.2.3.4", "whitespace at position 1")]
    [InlineData("", "The IP address is empty.")]
    [InlineData("fe80::1%eth0", "zone ids ('%eth0') are not allowed")]
    [InlineData(":::", "':::' is not allowed")]
    [InlineData("1::2::3", "'::' may appear only once")]
    [InlineData("12345::1", "group '12345' has more than 4 hexadecimal digits.")]
    [InlineData("1:2:3:4:5:6:7", "it has 7 groups of 16 bits; an IPv6 address has 8")]
    [InlineData("1:2:3:4:5:6:7:8:9", "it has 9 groups")]
    [InlineData("1:2:3:4::5:6:7:8", "at most 7 are allowed")]
    [InlineData("::g", "'g', which is not a hexadecimal digit")]
    [InlineData("1.2.3.4::", "embedded IPv4 part ('1.2.3.4') is only allowed as the last 32 bits")]
    [InlineData("::1.2.3.256", "embedded IPv4 part '1.2.3.256' is invalid: part 4 ('256') is greater than 255.")]
    public void TryParse_explains_the_failure(string text, string expectedFragment)
    {
        Assert.False(IpAddress.TryParse(text, out _, out string? error));
        Assert.NotNull(error);
        Assert.Contains(expectedFragment, error);
    }

    [Fact]
    public void TryParse_error_quotes_the_input_and_names_the_family()
    {
        Assert.False(IpAddress.TryParse("1.2.3", out _, out string? v4Error));
        Assert.StartsWith("'1.2.3' is not a valid IPv4 address: ", v4Error);

        Assert.False(IpAddress.TryParse("1::2::3", out _, out string? v6Error));
        Assert.StartsWith("'1::2::3' is not a valid IPv6 address: ", v6Error);
    }

    [Fact]
    public void TryParse_success_clears_the_error()
    {
        Assert.True(IpAddress.TryParse("10.0.0.1", out _, out string? error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("::", "::")]
    [InlineData("::1", "::1")]
    [InlineData("1::", "1::")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("2001:DB8::1", "2001:db8::1")]
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1")]
    [InlineData("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1")] // first of two equal runs
    [InlineData("2001:0:0:1:0:0:0:1", "2001:0:0:1::1")] // longest run wins
    [InlineData("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1")] // a single zero group is not compressed
    [InlineData("2001:db8::1:1:1:1:1", "2001:db8:0:1:1:1:1:1")]
    [InlineData("0:0:0:0:0:0:0:0", "::")]
    [InlineData("0:0:0:0:0:0:0:1", "::1")]
    [InlineData("1:0:0:0:0:0:0:0", "1::")]
    [InlineData("fe80::a:b:c:d", "fe80::a:b:c:d")]
    [InlineData("FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0")] // '::' for one group is accepted on input
    [InlineData("::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8")]
    [InlineData("0001:0002::000a", "1:2::a")]
    [InlineData("::ffff:1.2.3.4", "::ffff:1.2.3.4")]
    [InlineData("::FFFF:0102:0304", "::ffff:1.2.3.4")] // IPv4-mapped shown in mixed notation
    [InlineData("0:0:0:0:0:ffff:192.168.0.1", "::ffff:192.168.0.1")]
    [InlineData("64:ff9b::192.0.2.33", "64:ff9b::c000:221")]
    [InlineData("::1.2.3.4", "::102:304")]
    [InlineData("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304")]
    public void TryParse_accepts_IPv6_and_formats_RFC5952(string text, string canonical)
    {
        Assert.True(IpAddress.TryParse(text, out IpAddress address, out string? error), error);
        Assert.Equal(IpFamily.IPv6, address.Family);
        Assert.Equal(canonical, address.ToString());

        // The canonical text parses back to the same address.
        Assert.True(IpAddress.TryParse(canonical, out IpAddress again));
        Assert.Equal(address, again);
    }

    [Fact]
    public void TryParse_IPv6_fills_high_and_low_halves()
    {
        Assert.True(IpAddress.TryParse("2001:db8:1:2:3:4:5:6", out IpAddress address));
        Assert.Equal(0x20010DB800010002UL, address.High);
        Assert.Equal(0x0003000400050006UL, address.Low);
        Assert.Equal(IpAddress.FromIPv6(0x20010DB800010002UL, 0x0003000400050006UL), address);
    }

    [Theory]
    [InlineData(":::")]
    [InlineData("1::2::3")]
    [InlineData("::1::")]
    [InlineData("fe80::1%eth0")]
    [InlineData("fe80::1%1")]
    [InlineData(":1:2:3:4:5:6:7")]
    [InlineData("1:2:3:4:5:6:7:")]
    [InlineData(":1::")]
    [InlineData("1::2:")]
    [InlineData("1:2:3:4:5:6:7")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4::5:6:7:8")]
    [InlineData("12345::")]
    [InlineData("g::")]
    [InlineData("::-1")]
    [InlineData("1.2.3.4::")]
    [InlineData("::1.2.3.4:5")]
    [InlineData("::1.2.3")]
    [InlineData("::01.2.3.4")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
    [InlineData("[::1]")]
    [InlineData(":: 1")]
    [InlineData(":")]
    public void TryParse_rejects_malformed_IPv6(string text)
    {
        Assert.False(IpAddress.TryParse(text, out _, out string? error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Default_is_IPv4_zero()
    {
        IpAddress address = default;
        Assert.Equal(IpFamily.IPv4, address.Family);
        Assert.Equal("0.0.0.0", address.ToString());
        Assert.Equal(32, address.BitLength);
    }

    [Fact]
    public void BitLength_depends_on_family()
    {
        Assert.Equal(32, Parse("1.2.3.4").BitLength);
        Assert.Equal(128, Parse("::1").BitLength);
    }

    [Theory]
    [InlineData("10.0.0.1", 1L, "10.0.0.2")]
    [InlineData("10.0.0.255", 1L, "10.0.1.0")]
    [InlineData("10.0.1.0", -1L, "10.0.0.255")]
    [InlineData("10.0.0.25", 10L, "10.0.0.35")]
    [InlineData("10.0.0.25", 0L, "10.0.0.25")]
    [InlineData("0.0.0.0", 4294967295L, "255.255.255.255")]
    [InlineData("255.255.255.255", -4294967295L, "0.0.0.0")]
    [InlineData("::", 1L, "::1")]
    [InlineData("::ffff", 1L, "::1:0")]
    [InlineData("::1:0", -1L, "::ffff")]
    [InlineData("0:0:0:1::", -1L, "::ffff:ffff:ffff:ffff")]
    [InlineData("::ffff:ffff:ffff:ffff", 1L, "0:0:0:1::")]
    [InlineData("2001:db8::", 9223372036854775807L, "2001:db8::7fff:ffff:ffff:ffff")]
    [InlineData("2001:db8:0:1::", -9223372036854775808L, "2001:db8:0:0:8000::")]
    [InlineData("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe", 1L, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    public void TryAdd_moves_within_the_family(string start, long delta, string expected)
    {
        Assert.True(Parse(start).TryAdd(delta, out IpAddress result));
        Assert.Equal(expected, result.ToString());
        Assert.Equal(Parse(start).Family, result.Family);
    }

    [Theory]
    [InlineData("255.255.255.255", 1L)]
    [InlineData("0.0.0.0", -1L)]
    [InlineData("0.0.0.0", 4294967296L)]
    [InlineData("10.0.0.1", 9223372036854775807L)]
    [InlineData("10.0.0.1", -9223372036854775808L)]
    [InlineData("::", -1L)]
    [InlineData("::1", -9223372036854775808L)]
    [InlineData("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 1L)]
    [InlineData("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 9223372036854775807L)]
    public void TryAdd_fails_instead_of_wrapping(string start, long delta)
    {
        Assert.False(Parse(start).TryAdd(delta, out IpAddress result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void Comparison_orders_by_value_within_a_family()
    {
        IpAddress a = Parse("10.0.0.9");
        IpAddress b = Parse("10.0.0.10");
        Assert.True(a < b);
        Assert.True(a <= b);
        Assert.True(b > a);
        Assert.True(b >= a);
        Assert.False(a > b);
        Assert.False(b < a);
        Assert.True(a <= Parse("10.0.0.9"));
        Assert.True(a >= Parse("10.0.0.9"));
        Assert.True(a.CompareTo(b) < 0);
        Assert.True(b.CompareTo(a) > 0);
        Assert.Equal(0, a.CompareTo(Parse("10.0.0.9")));

        Assert.True(Parse("2001:db8::ffff") < Parse("2001:db8::1:0"));
        Assert.True(Parse("::ffff:ffff:ffff:ffff") < Parse("0:0:0:1::"));
    }

    [Fact]
    public void Comparison_puts_IPv4_before_IPv6()
    {
        Assert.True(Parse("255.255.255.255") < Parse("::"));
        Assert.True(Parse("::") > Parse("0.0.0.0"));

        var list = new List<IpAddress> { Parse("::1"), Parse("10.0.0.2"), Parse("2001:db8::"), Parse("10.0.0.1") };
        list.Sort();
        Assert.Equal(new[] { "10.0.0.1", "10.0.0.2", "::1", "2001:db8::" }, list.ConvertAll(a => a.ToString()));
    }

    [Fact]
    public void Equality_needs_same_family_and_value()
    {
        Assert.Equal(Parse("2001:db8::1"), Parse("2001:DB8:0:0::0001"));
        Assert.True(Parse("10.0.0.1") == Parse("10.0.0.1"));
        Assert.False(Parse("10.0.0.1") != Parse("10.0.0.1"));
        Assert.Equal(Parse("10.0.0.1").GetHashCode(), Parse("10.0.0.1").GetHashCode());

        // 0.0.0.1 and ::1 hold the same bits but are different addresses.
        Assert.NotEqual(Parse("0.0.0.1"), Parse("::1"));
        Assert.True(Parse("0.0.0.1") != Parse("::1"));
        Assert.False(Parse("0.0.0.1").Equals((object)Parse("::1")));
        Assert.True(Parse("0.0.0.1").Equals((object)Parse("0.0.0.1")));
        Assert.False(Parse("0.0.0.1").Equals("0.0.0.1"));
    }

    [Theory]
    [InlineData("192.168.10.5", 24, "192.168.10.0", "192.168.10.255")]
    [InlineData("192.168.10.5", 32, "192.168.10.5", "192.168.10.5")]
    [InlineData("192.168.10.5", 31, "192.168.10.4", "192.168.10.5")]
    [InlineData("192.168.10.5", 0, "0.0.0.0", "255.255.255.255")]
    [InlineData("2001:db8:1:2:3:4:5:6", 64, "2001:db8:1:2::", "2001:db8:1:2:ffff:ffff:ffff:ffff")]
    [InlineData("2001:db8:1:2:3:4:5:6", 48, "2001:db8:1::", "2001:db8:1:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("2001:db8:1:2:3:4:5:6", 96, "2001:db8:1:2:3:4::", "2001:db8:1:2:3:4:ffff:ffff")]
    [InlineData("2001:db8:1:2:3:4:5:6", 128, "2001:db8:1:2:3:4:5:6", "2001:db8:1:2:3:4:5:6")]
    [InlineData("2001:db8:1:2:3:4:5:6", 0, "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    public void Host_bit_masks(string text, int prefix, string cleared, string set)
    {
        Assert.Equal(cleared, Parse(text).WithHostBitsCleared(prefix).ToString());
        Assert.Equal(set, Parse(text).WithHostBitsSet(prefix).ToString());
    }

    private static IpAddress Parse(string text)
    {
        Assert.True(IpAddress.TryParse(text, out IpAddress address, out string? error), error);
        return address;
    }
}
