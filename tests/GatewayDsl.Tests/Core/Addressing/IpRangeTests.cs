using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Addressing;
using Xunit;

namespace GatewayDsl.Tests.Core.Addressing;

public class IpRangeTests
{
    [Theory]
    [InlineData("10.0.0.38", "10.0.0.38", "10.0.0.38", "10.0.0.38")]
    [InlineData("10.0.0.25-10.0.0.35", "10.0.0.25", "10.0.0.35", "10.0.0.25-10.0.0.35")]
    [InlineData("10.0.0.25 - 10.0.0.35", "10.0.0.25", "10.0.0.35", "10.0.0.25-10.0.0.35")]
    [InlineData("  10.0.0.25\t-\t10.0.0.35  ", "10.0.0.25", "10.0.0.35", "10.0.0.25-10.0.0.35")]
    [InlineData(" 10.0.0.38 ", "10.0.0.38", "10.0.0.38", "10.0.0.38")]
    [InlineData("10.0.0.38-10.0.0.38", "10.0.0.38", "10.0.0.38", "10.0.0.38")]
    [InlineData("2001:db8::10-2001:db8::1f", "2001:db8::10", "2001:db8::1f", "2001:db8::10-2001:db8::1f")]
    [InlineData("2001:DB8::A", "2001:db8::a", "2001:db8::a", "2001:db8::a")]
    public void TryParse_accepts_an_address_or_a_range(string text, string start, string end, string canonical)
    {
        Assert.True(IpRange.TryParse(text, out IpRange range, out string? error), error);
        Assert.Null(error);
        Assert.Equal(start, range.Start.ToString());
        Assert.Equal(end, range.End.ToString());
        Assert.Equal(canonical, range.ToString());
        Assert.Equal(range.Start.Family, range.Family);
    }

    [Theory]
    [InlineData(null, "The address range is empty")]
    [InlineData("", "The address range is empty")]
    [InlineData("   ", "The address range is empty")]
    [InlineData("10.0.0.35-10.0.0.25", "starts after it ends; did you mean 10.0.0.25-10.0.0.35?")]
    [InlineData("10.0.0.1-2001:db8::1", "mixes IPv4 and IPv6")]
    [InlineData("2001:db8::1-10.0.0.1", "mixes IPv4 and IPv6")]
    [InlineData("10.0.0.1-10.0.0.2-10.0.0.3", "more than one '-'")]
    [InlineData("10.0.0.1-", "an address is missing on one side of '-'")]
    [InlineData("-10.0.0.1", "an address is missing on one side of '-'")]
    [InlineData("-", "an address is missing on one side of '-'")]
    [InlineData("10.0.0-10.0.0.5", "'10.0.0' is not a valid IPv4 address")]
    [InlineData("10.0.0.1-10.0.0.256", "'10.0.0.256' is not a valid IPv4 address")]
    [InlineData("10.0.0.01", "leading zero")]
    [InlineData("10.0.0.1 10.0.0.2", "whitespace")]
    [InlineData("10.0.0.0/24", "is not a valid IPv4 address")]
    public void TryParse_rejects_bad_ranges(string? text, string fragment)
    {
        Assert.False(IpRange.TryParse(text, out IpRange range, out string? error));
        Assert.Equal(default, range);
        Assert.NotNull(error);
        Assert.Contains(fragment, error);
    }

    [Fact]
    public void TryCreate_checks_family_and_order()
    {
        Assert.True(IpRange.TryCreate(Address("10.0.0.1"), Address("10.0.0.9"), out IpRange range, out string? error));
        Assert.Null(error);
        Assert.Equal("10.0.0.1-10.0.0.9", range.ToString());

        Assert.False(IpRange.TryCreate(Address("10.0.0.9"), Address("10.0.0.1"), out _, out error));
        Assert.Equal("The range 10.0.0.9-10.0.0.1 starts after it ends; did you mean 10.0.0.1-10.0.0.9?", error);

        Assert.False(IpRange.TryCreate(Address("0.0.0.1"), Address("::1"), out _, out error));
        Assert.Contains("mixes IPv4 and IPv6", error);
    }

    [Fact]
    public void TryParseList_parses_VMM_set_syntax()
    {
        Assert.True(IpRange.TryParseList("10.0.0.25-10.0.0.35, 10.0.0.38", out IReadOnlyList<IpRange> ranges, out string? error), error);
        Assert.Null(error);
        Assert.Equal(new[] { "10.0.0.25-10.0.0.35", "10.0.0.38" }, ranges.Select(r => r.ToString()));
    }

    [Theory]
    [InlineData("10.0.0.38", 1)]
    [InlineData("10.0.0.1,10.0.0.2,10.0.0.3", 3)]
    [InlineData(" 10.0.0.1 - 10.0.0.5 ,\t10.0.0.9 ", 2)]
    [InlineData("10.0.0.1,\n10.0.0.2", 2)]
    [InlineData("2001:db8::1-2001:db8::9, 2001:db8::20", 2)]
    [InlineData("10.0.0.1-10.0.0.5, 10.0.0.3", 2)] // overlaps are the caller's rule, not a syntax error
    [InlineData("10.0.0.1, 2001:db8::1", 2)] // mixed entries are each valid on their own
    public void TryParseList_counts_entries(string text, int count)
    {
        Assert.True(IpRange.TryParseList(text, out IReadOnlyList<IpRange> ranges, out string? error), error);
        Assert.Equal(count, ranges.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void TryParseList_treats_empty_as_no_ranges(string? text)
    {
        Assert.True(IpRange.TryParseList(text, out IReadOnlyList<IpRange> ranges, out string? error));
        Assert.Null(error);
        Assert.Empty(ranges);
    }

    [Theory]
    [InlineData("10.0.0.1,,10.0.0.2", "entry 2 is empty")]
    [InlineData("10.0.0.1,", "entry 2 is empty")]
    [InlineData(",10.0.0.1", "entry 1 is empty")]
    [InlineData("10.0.0.1, ,10.0.0.2", "entry 2 is empty")]
    [InlineData("10.0.0.25-10.0.0.35, 10.0.0.300", "entry 2: '10.0.0.300' is not a valid IPv4 address")]
    [InlineData("10.0.0.35-10.0.0.25", "entry 1: The range 10.0.0.35-10.0.0.25 starts after it ends")]
    [InlineData("10.0.0.1; 10.0.0.2", "entry 1:")]
    public void TryParseList_names_the_bad_entry(string text, string fragment)
    {
        Assert.False(IpRange.TryParseList(text, out IReadOnlyList<IpRange> ranges, out string? error));
        Assert.Empty(ranges);
        Assert.NotNull(error);
        Assert.Contains(fragment, error);
        Assert.StartsWith("'" + text + "' is not a valid address list: ", error);
    }

    [Theory]
    [InlineData("10.0.0.25-10.0.0.35", "10.0.0.25", true)]
    [InlineData("10.0.0.25-10.0.0.35", "10.0.0.30", true)]
    [InlineData("10.0.0.25-10.0.0.35", "10.0.0.35", true)]
    [InlineData("10.0.0.25-10.0.0.35", "10.0.0.24", false)]
    [InlineData("10.0.0.25-10.0.0.35", "10.0.0.36", false)]
    [InlineData("10.0.0.38", "10.0.0.38", true)]
    [InlineData("10.0.0.38", "10.0.0.39", false)]
    [InlineData("0.0.0.0-255.255.255.255", "::", false)]
    [InlineData("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "10.0.0.1", false)]
    [InlineData("2001:db8::10-2001:db8::1f", "2001:db8::1a", true)]
    public void Contains_address(string range, string address, bool expected)
    {
        Assert.Equal(expected, Range(range).Contains(Address(address)));
    }

    [Fact]
    public void Unvalidated_bad_ranges_contain_nothing()
    {
        var inverted = new IpRange(Address("10.0.0.9"), Address("10.0.0.1"));
        Assert.False(inverted.Contains(Address("10.0.0.5")));
        Assert.False(inverted.IsInside(Subnet("10.0.0.0/24")));

        var mixed = new IpRange(Address("0.0.0.0"), Address("::1"));
        Assert.False(mixed.Contains(Address("0.0.0.1")));
        Assert.False(mixed.Contains(Address("::")));
        Assert.False(mixed.Overlaps(Range("0.0.0.0-255.255.255.255")));
    }

    [Theory]
    [InlineData("10.0.0.25-10.0.0.35", "10.0.0.0/24", true)]
    [InlineData("10.0.0.0-10.0.0.255", "10.0.0.0/24", true)]
    [InlineData("10.0.0.250-10.0.1.5", "10.0.0.0/24", false)]
    [InlineData("10.0.1.1", "10.0.0.0/24", false)]
    [InlineData("10.0.0.4-10.0.0.5", "10.0.0.4/31", true)]
    [InlineData("10.0.0.5", "10.0.0.5/32", true)]
    [InlineData("10.0.0.5-10.0.0.6", "10.0.0.5/32", false)]
    [InlineData("10.0.0.1-10.0.0.2", "::/0", false)]
    [InlineData("2001:db8::10-2001:db8::1f", "2001:db8::/64", true)]
    [InlineData("2001:db8::10-2001:db8:0:1::", "2001:db8::/64", false)]
    public void IsInside_subnet(string range, string subnet, bool expected)
    {
        Assert.Equal(expected, Range(range).IsInside(Subnet(subnet)));
    }

    [Theory]
    [InlineData("10.0.0.1-10.0.0.5", "10.0.0.5-10.0.0.9", true)]
    [InlineData("10.0.0.1-10.0.0.5", "10.0.0.6-10.0.0.9", false)]
    [InlineData("10.0.0.1-10.0.0.9", "10.0.0.3", true)]
    [InlineData("10.0.0.3", "10.0.0.3", true)]
    [InlineData("0.0.0.0-255.255.255.255", "::-::1", false)]
    public void Overlaps_is_symmetric(string a, string b, bool expected)
    {
        Assert.Equal(expected, Range(a).Overlaps(Range(b)));
        Assert.Equal(expected, Range(b).Overlaps(Range(a)));
    }

    [Fact]
    public void Equality()
    {
        Assert.Equal(Range("10.0.0.1 - 10.0.0.2"), Range("10.0.0.1-10.0.0.2"));
        Assert.True(Range("10.0.0.1") == Range("10.0.0.1-10.0.0.1"));
        Assert.True(Range("10.0.0.1") != Range("10.0.0.1-10.0.0.2"));
        Assert.Equal(Range("10.0.0.1").GetHashCode(), Range("10.0.0.1").GetHashCode());
        Assert.True(Range("10.0.0.1").Equals((object)Range("10.0.0.1")));
        Assert.False(Range("10.0.0.1").Equals("10.0.0.1"));
    }

    private static IpRange Range(string text)
    {
        Assert.True(IpRange.TryParse(text, out IpRange range, out string? error), error);
        return range;
    }

    private static IpSubnet Subnet(string text)
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
