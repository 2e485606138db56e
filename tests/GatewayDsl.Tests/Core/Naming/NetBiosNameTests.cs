using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Naming;
using Xunit;

namespace GatewayDsl.Tests.Core.Naming;

public class NetBiosNameTests
{
    public static IEnumerable<object[]> AllReservedWords() =>
        NetBiosName.ReservedWords.Select(w => new object[] { w });

    [Theory]
    [InlineData("GW01")]
    [InlineData("HV-HOST-01")]
    [InlineData("gateway-vm-01")]
    [InlineData("A")]
    [InlineData("1A")]
    [InlineData("A1")]
    [InlineData("MY.SERVER")] // a period is allowed, just not first
    [InlineData("MY SERVER")] // spaces are a DNS problem, not a NetBIOS one
    [InlineData("SERVER_1")]
    [InlineData("SYSTEMS")] // only the exact reserved word is reserved
    [InlineData("MY-SYSTEM")]
    [InlineData("WORKSTATION")] // not on the Windows Server 2008+ list
    [InlineData("GATEWAY")] // reserved by RFC 952 for DNS only
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ")] // length is a separate rule
    public void Valid_names(string name)
    {
        Assert.Null(NetBiosName.FindInvalidReason(name));
    }

    [Theory]
    [InlineData(null, "The computer name is empty.")]
    [InlineData("", "The computer name is empty.")]
    [InlineData("   ", "The computer name is only whitespace.")]
    [InlineData("\t", "The computer name is only whitespace.")]
    [InlineData(".SERVER", "starts with a period")]
    [InlineData("12345", "is all digits")]
    [InlineData("0", "is all digits")]
    [InlineData("123456789012345", "is all digits")]
    public void Invalid_names(string? name, string fragment)
    {
        string? reason = NetBiosName.FindInvalidReason(name);
        Assert.NotNull(reason);
        Assert.Contains(fragment, reason);
    }

    [Theory]
    [InlineData("GW\\01", "'\\'", "3")]
    [InlineData("GW/01", "'/'", "3")]
    [InlineData("GW:01", "':'", "3")]
    [InlineData("*GW01", "'*'", "1")]
    [InlineData("GW?01", "'?'", "3")]
    [InlineData("GW\"01", "'\"'", "3")]
    [InlineData("GW<01", "'<'", "3")]
    [InlineData("GW>01", "'>'", "3")]
    [InlineData("GW01|", "'|'", "5")]
    public void Forbidden_characters_are_named_with_their_position(string name, string character, string position)
    {
        string? reason = NetBiosName.FindInvalidReason(name);
        Assert.Equal(
            "'" + name + "' contains the forbidden character " + character + " at position " + position
            + "; computer names cannot contain \\ / : * ? \" < > |.",
            reason);
    }

    [Theory]
    [InlineData("GW\t01", "U+0009", "3")]
    [InlineData("GW\u000001", "U+0000", "3")]
    [InlineData("GW01\n", "U+000A", "5")]
    [InlineData("GW\u007F", "U+007F", "3")]
    public void Control_characters_are_named(string name, string code, string position)
    {
        string? reason = NetBiosName.FindInvalidReason(name);
        Assert.NotNull(reason);
        Assert.Contains("control character " + code + " at position " + position, reason);
    }

    [Theory]
    [MemberData(nameof(AllReservedWords))]
    public void Every_reserved_word_is_rejected_in_any_case(string word)
    {
        Assert.Contains("reserved word " + word, NetBiosName.FindInvalidReason(word));
        Assert.NotNull(NetBiosName.FindInvalidReason(word.ToLowerInvariant()));
        Assert.Contains("reserved word " + word, NetBiosName.FindInvalidReason(word.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("SYSTEM")]
    [InlineData("system")]
    [InlineData("System")]
    [InlineData("NETWORK SERVICE")]
    [InlineData("network service")]
    [InlineData("Local System")]
    [InlineData("NT AUTHORITY")]
    [InlineData("CREATOR GROUP SERVER")]
    [InlineData("THIS ORGANIZATION")]
    [InlineData("NULL")]
    [InlineData("WORLD")]
    public void Reserved_words_from_the_reference(string name)
    {
        string? reason = NetBiosName.FindInvalidReason(name);
        Assert.NotNull(reason);
        Assert.Contains("is the reserved word", reason);
        Assert.Contains("Windows Server 2008 and later", reason);
    }

    [Fact]
    public void Reserved_list_is_the_full_Windows_Server_2008_column()
    {
        Assert.Equal(34, NetBiosName.ReservedWords.Count);
        Assert.Equal(NetBiosName.ReservedWords.Count, NetBiosName.ReservedWords.Distinct().Count());
        Assert.Contains("AUTHENTICATED USER", NetBiosName.ReservedWords);
        Assert.Contains("SCHANNEL AUTH", NetBiosName.ReservedWords);
        Assert.Contains("TERMINAL SERVER", NetBiosName.ReservedWords);
    }

    [Fact]
    public void Reserved_words_fold_ASCII_case_only()
    {
        // U+017F LATIN SMALL LETTER LONG S upper-cases to 'S' under OrdinalIgnoreCase; it is not 's'.
        Assert.Null(NetBiosName.FindInvalidReason("\u017FYSTEM"));
    }

    [Theory]
    [InlineData("ABCDEFGHIJKLMNO", true)] // 15
    [InlineData("ABCDEFGHIJKLMNOP", false)] // 16
    [InlineData("A", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    public void Length_is_a_separate_rule(string? name, bool fits)
    {
        string? reason = NetBiosName.FindLengthReason(name);
        Assert.Equal(fits, reason == null);
    }

    [Fact]
    public void Length_reason_gives_the_length_and_the_limit()
    {
        Assert.Equal(15, NetBiosName.MaxLength);
        Assert.Equal(
            "'ABCDEFGHIJKLMNOP' is 16 characters long; a computer name is limited to 15 (the 16th NetBIOS byte is reserved for the service type).",
            NetBiosName.FindLengthReason("ABCDEFGHIJKLMNOP"));
        Assert.Null(NetBiosName.FindInvalidReason("ABCDEFGHIJKLMNOP"));
    }

    [Theory]
    [InlineData("GW01")]
    [InlineData("HV-HOST-01")]
    [InlineData("gw-01")]
    [InlineData("AB")]
    [InlineData("1A")]
    [InlineData("12")] // all digits is the NetBIOS rule's business
    [InlineData("GATEWAY01")]
    [InlineData("GWS")]
    public void Dns_compatible_names(string name)
    {
        Assert.Null(NetBiosName.FindDnsIncompatibility(name));
    }

    [Theory]
    [InlineData(null, "The computer name is empty.")]
    [InlineData("", "The computer name is empty.")]
    [InlineData("GW_01", "'GW_01' contains '_' at position 3, which DNS host names do not allow; use only A-Z, a-z, 0-9 and '-'.")]
    [InlineData("MY.SERVER", "contains '.' at position 3")]
    [InlineData("MY SERVER", "contains ' ' (space) at position 3")]
    [InlineData("GW,1", "contains ',' at position 3")]
    [InlineData("GW~1", "contains '~' at position 3")]
    [InlineData("GW!1", "contains '!' at position 3")]
    [InlineData("GW@1", "contains '@' at position 3")]
    [InlineData("GW#1", "contains '#' at position 3")]
    [InlineData("GW$1", "contains '$' at position 3")]
    [InlineData("GW%1", "contains '%' at position 3")]
    [InlineData("GW^1", "contains '^' at position 3")]
    [InlineData("GW&1", "contains '&' at position 3")]
    [InlineData("GW'1", "contains ''' at position 3")]
    [InlineData("GW(1", "contains '(' at position 3")]
    [InlineData("GW{1", "contains '{' at position 3")]
    [InlineData("GW\t1", "contains U+0009 at position 3")]
    [InlineData("Café01", "'Café01' contains the non-ASCII character 'é' (U+00E9) at position 4")]
    [InlineData("GW\u00A001", "non-ASCII character U+00A0 at position 3")]
    [InlineData("GW\U0001F600", "non-ASCII character '\U0001F600' (U+1F600) at position 3")]
    [InlineData("-GW01", "starts with '-'")]
    [InlineData("GW01-", "ends with '-'")]
    [InlineData("-", "starts with '-'")]
    [InlineData("A", "is only 1 character long; a DNS host name needs at least 2.")]
    [InlineData("7", "needs at least 2")]
    [InlineData("GATEWAY", "'GATEWAY' is the host name GATEWAY, which RFC 952 reserves.")]
    [InlineData("gateway", "is the host name GATEWAY")]
    [InlineData("GW", "is the host name GW")]
    [InlineData("gw", "is the host name GW")]
    [InlineData("Tac", "is the host name TAC")]
    public void Dns_incompatible_names(string? name, string fragment)
    {
        string? reason = NetBiosName.FindDnsIncompatibility(name);
        Assert.NotNull(reason);
        Assert.Contains(fragment, reason);
    }
}
