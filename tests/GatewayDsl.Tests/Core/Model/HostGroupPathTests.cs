using GatewayDsl.Core.Model;
using Xunit;

namespace GatewayDsl.Tests.Core.Model;

public sealed class HostGroupPathTests
{
    [Theory]
    [InlineData("All Hosts\\Edge", "All Hosts\\Edge")]
    [InlineData("Edge", "All Hosts\\Edge")]
    [InlineData("all hosts\\EDGE\\", "All Hosts\\Edge")]
    [InlineData("All Hosts\\\\Edge", "All Hosts\\Edge")]
    [InlineData(" All Hosts \\ Edge ", "All Hosts\\Edge")]
    [InlineData("All Hosts", "all hosts\\")]
    public void Spellings_of_one_group_are_the_same(string left, string right)
    {
        var a = HostGroupPath.Parse(left)!;
        var b = HostGroupPath.Parse(right)!;

        Assert.True(a.SameAs(b));
        Assert.True(b.SameAs(a));
        Assert.True(a.Contains(b));
        Assert.True(a.IsRelatedTo(b));
    }

    [Theory]
    [InlineData("All Hosts", "All Hosts\\Edge")]
    [InlineData("All Hosts\\Edge", "Edge\\Rack1")]
    [InlineData("Edge", "ALL HOSTS\\edge\\rack1\\shelf2")]
    public void A_parent_contains_its_children_and_not_the_other_way(string parent, string child)
    {
        var p = HostGroupPath.Parse(parent)!;
        var c = HostGroupPath.Parse(child)!;

        Assert.True(p.Contains(c));
        Assert.False(c.Contains(p));
        Assert.False(p.SameAs(c));
        Assert.True(c.IsRelatedTo(p));
    }

    [Theory]
    [InlineData("All Hosts\\Edge", "All Hosts\\Edge2")]
    [InlineData("All Hosts\\Edge\\Rack1", "All Hosts\\Backend\\Rack1")]
    public void Siblings_and_cousins_are_unrelated(string left, string right)
    {
        var a = HostGroupPath.Parse(left)!;
        var b = HostGroupPath.Parse(right)!;

        Assert.False(a.IsRelatedTo(b));
        Assert.False(b.IsRelatedTo(a));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\\\\")]
    public void A_path_that_names_no_group_is_not_a_path(string? text) => Assert.Null(HostGroupPath.Parse(text));

    [Fact]
    public void Text_is_kept_as_written_for_messages() => Assert.Equal("all hosts\\edge\\", HostGroupPath.Parse("all hosts\\edge\\")!.Text);
}
