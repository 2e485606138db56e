using System.Globalization;

namespace GatewayDsl.Core.Naming;

/// <summary>
/// Rules for DNS names and FQDNs (the AD domain the gateway joins, host FQDNs in connection
/// strings), per RFC 1035/1123 as summarised in vmm-reference.md §c.2.
/// </summary>
/// <remarks>
/// <para>
/// Only the letter-digit-hyphen ("LDH") syntax is accepted, although Windows DNS can store UTF-8
/// and '_': the names here are host and domain names that many tools must resolve, and the
/// reference flags '_' in domain names. Letters and digits are ASCII only. A single trailing
/// period (an absolute name, "contoso.com.") is accepted and ignored by every method here.
/// </para>
/// <para>
/// Lengths count characters, which equal octets for LDH names. Case is ignored for ASCII letters
/// only (RFC 4343; see <see cref="AsciiText"/>). No method throws on bad input.
/// </para>
/// </remarks>
internal static class DnsName
{
    /// <summary>The longest label, in octets (RFC 1035 §2.3.4).</summary>
    public const int MaxLabelLength = 63;

    /// <summary>
    /// The longest name in dotted text without a trailing period: the 255-octet wire limit less the
    /// first length byte and the root byte.
    /// </summary>
    public const int MaxNameLength = 253;

    /// <summary>
    /// The practical limit for an Active Directory domain FQDN (KB 909264): SYSVOL paths embed it
    /// and must stay within the 260-character MAX_PATH.
    /// </summary>
    public const int MaxActiveDirectoryDomainLength = 64;

    /// <summary>Finds the first reason <paramref name="fqdn"/> is not a valid DNS name.</summary>
    /// <param name="fqdn">The name, relative ("contoso.com") or absolute ("contoso.com.").</param>
    /// <returns>
    /// <see langword="null"/> when valid; otherwise a reason: empty, only the root, longer than
    /// 253 characters, an empty label (leading period or ".."), a label over 63 characters, a
    /// character other than a letter, digit, '-' or separating '.' (named, with its 1-based
    /// position), or a label that starts or ends with '-'.
    /// </returns>
    public static string? FindInvalidReason(string? fqdn)
    {
        if (fqdn == null || fqdn.Length == 0)
        {
            return "The DNS name is empty.";
        }

        if (fqdn == ".")
        {
            return "'.' is only the DNS root; a name needs at least one label.";
        }

        int length = fqdn[fqdn.Length - 1] == '.' ? fqdn.Length - 1 : fqdn.Length;
        if (length > MaxNameLength)
        {
            return "The DNS name is " + length.ToString(CultureInfo.InvariantCulture)
                + " characters long (without a trailing period); DNS names are limited to 253.";
        }

        int labelStart = 0;
        while (labelStart <= length)
        {
            int labelEnd = fqdn.IndexOf('.', labelStart);
            if (labelEnd < 0 || labelEnd > length)
            {
                labelEnd = length;
            }

            string? reason = FindLabelProblem(fqdn, labelStart, labelEnd);
            if (reason != null)
            {
                return reason;
            }

            labelStart = labelEnd + 1;
        }

        return null;
    }

    /// <summary>
    /// Whether the name has a single label ("contoso", or "contoso."), which the reference advises
    /// against for an AD domain.
    /// </summary>
    /// <param name="fqdn">The name; <see langword="null"/> or empty is not single-label.</param>
    /// <returns><see langword="true"/> when the name, less one trailing period, is non-empty and has no period.</returns>
    public static bool IsSingleLabel(string? fqdn)
    {
        string body = WithoutTrailingPeriod(fqdn);
        return body.Length > 0 && body.IndexOf('.') < 0;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is <paramref name="domain"/> itself or a name inside it,
    /// comparing whole labels and ignoring ASCII case: "hv01.contoso.com" is inside "contoso.com";
    /// "notcontoso.com" and "contoso.com.evil" are not.
    /// </summary>
    /// <param name="name">The candidate name, e.g. a host FQDN.</param>
    /// <param name="domain">The domain, e.g. the AD domain the hosts join.</param>
    /// <returns><see langword="true"/> when the name is the domain or below it; <see langword="false"/> when either is empty.</returns>
    public static bool IsSameOrSubdomain(string? name, string? domain)
    {
        string nameBody = WithoutTrailingPeriod(name);
        string domainBody = WithoutTrailingPeriod(domain);
        if (nameBody.Length == 0 || domainBody.Length == 0)
        {
            return false;
        }

        if (nameBody.Length == domainBody.Length)
        {
            return AsciiText.EqualsIgnoreCase(nameBody, domainBody);
        }

        return nameBody.Length > domainBody.Length + 1
            && nameBody[nameBody.Length - domainBody.Length - 1] == '.'
            && AsciiText.EndsWithIgnoreCase(nameBody, domainBody);
    }

    /// <summary>Checks one label, given by its bounds in the whole name, so positions refer to the whole name.</summary>
    /// <param name="fqdn">The whole name.</param>
    /// <param name="start">Index of the label's first character.</param>
    /// <param name="end">Index just after the label's last character.</param>
    /// <returns><see langword="null"/> when the label is valid, else a reason.</returns>
    private static string? FindLabelProblem(string fqdn, int start, int end)
    {
        int labelLength = end - start;
        if (labelLength == 0)
        {
            return start == 0
                ? "'" + fqdn + "' starts with a period; a DNS name has no empty labels."
                : "'" + fqdn + "' has an empty label at position " + CharacterText.Position(start)
                    + " (two periods in a row); only labels separated by single periods, and one optional trailing period, are allowed.";
        }

        string label = fqdn.Substring(start, labelLength);
        if (labelLength > MaxLabelLength)
        {
            return "The label '" + label + "' is " + labelLength.ToString(CultureInfo.InvariantCulture)
                + " characters long; DNS labels are limited to 63.";
        }

        for (int i = start; i < end; i++)
        {
            if (!AsciiText.IsLetterDigitHyphen(fqdn[i]))
            {
                return "'" + fqdn + "' contains " + CharacterText.Describe(fqdn, i) + " at position "
                    + CharacterText.Position(i) + ", which DNS names do not allow; use only letters A-Z, digits and '-', with '.' between labels.";
            }
        }

        if (label[0] == '-')
        {
            return "The label '" + label + "' in '" + fqdn + "' starts with '-'; a DNS label must start with a letter or digit.";
        }

        if (label[labelLength - 1] == '-')
        {
            return "The label '" + label + "' in '" + fqdn + "' ends with '-'; a DNS label must end with a letter or digit.";
        }

        return null;
    }

    /// <summary>Removes one trailing period (the root), so that absolute and relative names compare alike.</summary>
    /// <param name="name">The name; <see langword="null"/> becomes empty.</param>
    /// <returns>The name without its trailing period.</returns>
    private static string WithoutTrailingPeriod(string? name)
    {
        if (name == null || name.Length == 0)
        {
            return string.Empty;
        }

        return name[name.Length - 1] == '.' ? name.Substring(0, name.Length - 1) : name;
    }
}
