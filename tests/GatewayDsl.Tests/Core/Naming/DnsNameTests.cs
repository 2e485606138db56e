using GatewayDsl.Core.Naming;
using Xunit;

namespace GatewayDsl.Tests.Core.Naming;

public class DnsNameTests
{
    private static readonly string Label63 = new string('a', 63);
    private static readonly string Label64 = new string('a', 64);

    [Theory]
    [InlineData("contoso.com")]
    [InlineData("contoso.com.")]
    [InlineData("CONTOSO.COM")]
    [InlineData("hv01.corp.contoso.com")]
    [InlineData("contoso")]
    [InlineData("a")]
    [InlineData("1.2.3.4")] // RFC 1123 allows all-digit labels
    [InlineData("xn--caf-dma.example")]
    [InlineData("a-b.c-d")]
    [InlineData("a--b.com")]
    public void Valid_names(string name)
    {
        Assert.Null(DnsName.FindInvalidReason(name));
    }

    [Theory]
    [InlineData(null, "The DNS name is empty.")]
    [InlineData("", "The DNS name is empty.")]
    [InlineData(".", "'.' is only the DNS root")]
    [InlineData(".contoso.com", "'.contoso.com' starts with a period; a DNS name has no empty labels.")]
    [InlineData("a..b", "'a..b' has an empty label at position 3 (two periods in a row)")]
    [InlineData("contoso.com..", "has an empty label at position 13")]
    [InlineData("..", "starts with a period")]
    [InlineData("contoso_corp.com", "'contoso_corp.com' contains '_' at position 8, which DNS names do not allow")]
    [InlineData("contoso.com/", "contains '/' at position 12")]
    [InlineData("con toso.com", "contains ' ' (space) at position 4")]
    [InlineData("contoso.com ", "contains ' ' (space) at position 12")]
    [InlineData("café.com", "contains 'é' (U+00E9) at position 4")]
    [InlineData("a\tb", "contains U+0009 at position 2")]
    [InlineData("-contoso.com", "The label '-contoso' in '-contoso.com' starts with '-'")]
    [InlineData("contoso-.com", "The label 'contoso-' in 'contoso-.com' ends with '-'")]
    [InlineData("contoso.-com", "The label '-com' in 'contoso.-com' starts with '-'")]
    [InlineData("contoso.com-", "ends with '-'")]
    [InlineData("-", "starts with '-'")]
    public void Invalid_names(string? name, string fragment)
    {
        string? reason = DnsName.FindInvalidReason(name);
        Assert.NotNull(reason);
        Assert.Contains(fragment, reason);
    }

    [Fact]
    public void Label_length_63_is_allowed_and_64_is_not()
    {
        Assert.Null(DnsName.FindInvalidReason(Label63 + ".com"));
        Assert.Null(DnsName.FindInvalidReason("host." + Label63));

        Assert.Equal(
            "The label '" + Label64 + "' is 64 characters long; DNS labels are limited to 63.",
            DnsName.FindInvalidReason(Label64 + ".com"));
        Assert.NotNull(DnsName.FindInvalidReason("host." + Label64));
        Assert.NotNull(DnsName.FindInvalidReason("host." + Label64 + "."));
    }

    [Fact]
    public void Total_length_253_is_allowed_and_254_is_not()
    {
        // 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253
        string name253 = Label63 + "." + Label63 + "." + Label63 + "." + new string('b', 61);
        Assert.Equal(253, name253.Length);
        Assert.Null(DnsName.FindInvalidReason(name253));
        Assert.Null(DnsName.FindInvalidReason(name253 + ".")); // the root period does not count

        string name254 = name253 + "b";
        Assert.Equal(
            "The DNS name is 254 characters long (without a trailing period); DNS names are limited to 253.",
            DnsName.FindInvalidReason(name254));
        Assert.NotNull(DnsName.FindInvalidReason(name254 + "."));
    }

    [Fact]
    public void Constants()
    {
        Assert.Equal(64, DnsName.MaxActiveDirectoryDomainLength);
        Assert.Equal(63, DnsName.MaxLabelLength);
        Assert.Equal(253, DnsName.MaxNameLength);
    }

    [Theory]
    [InlineData("contoso", true)]
    [InlineData("contoso.", true)]
    [InlineData("contoso.com", false)]
    [InlineData("contoso.com.", false)]
    [InlineData("", false)]
    [InlineData(".", false)]
    [InlineData(null, false)]
    public void IsSingleLabel(string? name, bool expected)
    {
        Assert.Equal(expected, DnsName.IsSingleLabel(name));
    }

    [Theory]
    [InlineData("hv01.contoso.com", "contoso.com", true)]
    [InlineData("contoso.com", "contoso.com", true)]
    [InlineData("HV01.CONTOSO.COM", "contoso.com", true)]
    [InlineData("hv01.contoso.com", "CONTOSO.com", true)]
    [InlineData("hv01.contoso.com.", "contoso.com", true)]
    [InlineData("hv01.contoso.com", "contoso.com.", true)]
    [InlineData("a.b.hv01.contoso.com", "contoso.com", true)]
    [InlineData("hv01.contoso.com", "com", true)]
    [InlineData("contoso.com.evil", "contoso.com", false)]
    [InlineData("notcontoso.com", "contoso.com", false)]
    [InlineData("contoso.com", "hv01.contoso.com", false)]
    [InlineData("contoso.co", "contoso.com", false)]
    [InlineData(".contoso.com", "contoso.com", false)] // an empty first label is not a name inside the domain
    [InlineData("hv01.contoso.com", "", false)]
    [InlineData("", "contoso.com", false)]
    [InlineData(null, "contoso.com", false)]
    [InlineData("contoso.com", null, false)]
    [InlineData("hv01.contoſo.com", "contoso.com", false)] // ASCII-only case folding
    public void IsSameOrSubdomain(string? name, string? domain, bool expected)
    {
        Assert.Equal(expected, DnsName.IsSameOrSubdomain(name, domain));
    }
}
