using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.Networking;
using Xunit;

namespace GatewayDsl.Tests.Rules.Networking;

/// <summary>What rules read from a pool's addresses, and the free address GW1001's fix proposes.</summary>
public sealed class PoolFactsTests
{
    [Fact]
    public void First_free_address_is_the_range_start() =>
        Assert.Equal("131.107.20.10", Facts("131.107.20.10", "131.107.20.99", "131.107.20.1").FirstFreeAddress()?.ToString());

    [Fact]
    public void Reserved_VIP_and_gateway_addresses_are_skipped_in_any_order() =>
        Assert.Equal(
            "10.0.0.17",
            Facts("10.0.0.10", "10.0.0.99", "10.0.0.16", reserved: ["10.0.0.13-10.0.0.15", "10.0.0.10, 10.0.0.11"], vips: ["10.0.0.12"]).FirstFreeAddress()?.ToString());

    [Fact]
    public void Overlapping_taken_ranges_are_jumped() =>
        Assert.Equal(
            "10.0.0.31",
            Facts("10.0.0.10", "10.0.0.99", "10.0.0.1", reserved: ["10.0.0.10-10.0.0.20"], vips: ["10.0.0.15-10.0.0.30"]).FirstFreeAddress()?.ToString());

    [Fact]
    public void Full_range_has_no_free_address() =>
        Assert.Null(Facts("10.0.0.10", "10.0.0.12", "10.0.0.12", reserved: ["10.0.0.10"], vips: ["10.0.0.11"]).FirstFreeAddress());

    [Fact]
    public void Range_ending_at_the_last_address_has_no_free_address_beyond_it() =>
        Assert.Null(Facts("255.255.255.254", "255.255.255.255", "10.0.0.1", reserved: ["255.255.255.254-255.255.255.255"]).FirstFreeAddress());

    [Fact]
    public void IPv6_ranges_work() =>
        Assert.Equal("2001:db8::3", Facts("2001:db8::1", "2001:db8::ff", "2001:db8::2", reserved: ["2001:db8::1"]).FirstFreeAddress()?.ToString());

    [Fact]
    public void Unreadable_reserved_entry_gives_no_proposal()
    {
        var facts = Facts("10.0.0.10", "10.0.0.99", "10.0.0.1", reserved: ["10.0.0.300"]);

        Assert.Null(facts.Reserved);
        Assert.Null(facts.FirstFreeAddress());
    }

    [Fact]
    public void Inverted_range_is_unreadable() => Assert.Null(Facts("10.0.0.99", "10.0.0.10", "10.0.0.1").Range);

    private static PoolFacts Facts(string start, string end, string gateway, string[]? reserved = null, string[]? vips = null) =>
        new(new StaticPoolSpec(
            1,
            Known("Pool"),
            null,
            Known(start),
            Known(end),
            Known(gateway),
            new Setting<long>(10, 1, "metric"),
            Items(reserved),
            Items(vips),
            EquatableArray<Setting<string?>>.Empty));

    private static Setting<string?> Known(string value) => new(value, 1, "p");

    private static EquatableArray<Setting<string?>> Items(string[]? values) =>
        (values ?? []).Select(v => Known(v)).ToEquatableArray();
}
