using System.Collections.Generic;
using System.Globalization;

namespace GatewayDsl.Core.Naming;

/// <summary>
/// Rules for Windows computer (NetBIOS) names, such as the gateway VMs' and the host cluster's
/// names, from KB 909264 as summarised in vmm-reference.md §c.1.
/// </summary>
/// <remarks>
/// <para>
/// A bad computer name fails only late in a VMM service deployment (when the guest joins the
/// domain), so the DSL reports it at compile time. The rules are split so that an analyzer can
/// give each its own diagnostic and severity: <see cref="FindInvalidReason"/> (Windows refuses the
/// name), <see cref="FindLengthReason"/> (longer than 15 characters) and
/// <see cref="FindDnsIncompatibility"/> (Windows accepts it, but the DNS host name, which is the
/// same text, breaks DNS rules; the reference suggests a warning).
/// </para>
/// <para>
/// Every method returns <see langword="null"/> when its rule holds and a user-facing reason
/// otherwise; none throws. Comparisons fold ASCII case only (see <see cref="AsciiText"/>), and
/// lengths are in UTF-16 characters.
/// </para>
/// </remarks>
internal static class NetBiosName
{
    /// <summary>
    /// The longest computer name Windows accepts: a NetBIOS name is 16 bytes and the 16th holds the
    /// service-type suffix.
    /// </summary>
    internal const int MaxLength = 15;

    /// <summary>The shortest DNS host name (KB 909264: "minimum 2 characters").</summary>
    internal const int MinDnsLength = 2;

    /// <summary>The characters that may never appear in a NetBIOS computer name.</summary>
    private const string ForbiddenCharacters = "\\/:*?\"<>|";

    /// <summary>
    /// Names reserved by Windows Server 2008 and later (KB 909264, the right-hand column), which
    /// clash with well-known security principals and so cannot name a computer. Exposed so that
    /// tests and generated documentation can list them.
    /// </summary>
    internal static IReadOnlyList<string> ReservedWords { get; } = new[]
    {
        "ANONYMOUS", "AUTHENTICATED USER", "BATCH", "BUILTIN", "CREATOR GROUP", "CREATOR GROUP SERVER",
        "CREATOR OWNER", "CREATOR OWNER SERVER", "DIALUP", "DIGEST AUTH", "DOMAIN", "ENTERPRISE",
        "INTERACTIVE", "INTERNET", "LOCAL", "LOCAL SYSTEM", "NETWORK", "NETWORK SERVICE", "NT AUTHORITY",
        "NT DOMAIN", "NTLM AUTH", "NULL", "PROXY", "REMOTE INTERACTIVE", "RESTRICTED", "SCHANNEL AUTH",
        "SELF", "SERVER", "SERVICE", "SYSTEM", "TERMINAL SERVER", "THIS ORGANIZATION", "USERS", "WORLD",
    };

    /// <summary>Host names reserved by RFC 952, which the DNS rules of KB 909264 carry over.</summary>
    internal static IReadOnlyList<string> Rfc952ReservedNames { get; } = new[] { "GATEWAY", "GW", "TAC" };

    /// <summary>
    /// Finds the first reason Windows would refuse <paramref name="name"/> as a computer name,
    /// ignoring its length (see <see cref="FindLengthReason"/>).
    /// </summary>
    /// <param name="name">The candidate name.</param>
    /// <returns>
    /// <see langword="null"/> when valid; otherwise a reason: empty or blank, a control character,
    /// a forbidden character (named, with its position), a leading period, all digits, or a
    /// reserved word.
    /// </returns>
    public static string? FindInvalidReason(string? name)
    {
        if (name == null || name.Length == 0)
        {
            return "The computer name is empty.";
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return "The computer name is only whitespace.";
        }

        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsControl(c))
            {
                return "'" + name + "' contains the control character " + CharacterText.Describe(name, i)
                    + " at position " + CharacterText.Position(i) + "; computer names cannot contain control characters.";
            }

            if (ForbiddenCharacters.IndexOf(c) >= 0)
            {
                return "'" + name + "' contains the forbidden character " + CharacterText.Describe(name, i)
                    + " at position " + CharacterText.Position(i)
                    + "; computer names cannot contain \\ / : * ? \" < > |.";
            }
        }

        if (name[0] == '.')
        {
            return "'" + name + "' starts with a period, which Windows does not allow in a computer name.";
        }

        if (IsAllAsciiDigits(name))
        {
            return "'" + name + "' is all digits; a computer that joins an Active Directory domain cannot have an all-numeric name.";
        }

        foreach (string reserved in ReservedWords)
        {
            if (AsciiText.EqualsIgnoreCase(name, reserved))
            {
                return "'" + name + "' is the reserved word " + reserved
                    + ", which Windows Server 2008 and later do not allow as a computer name.";
            }
        }

        return null;
    }

    /// <summary>Checks the 15-character limit, separately from the other rules.</summary>
    /// <param name="name">The candidate name; <see langword="null"/> counts as empty.</param>
    /// <returns><see langword="null"/> when at most <see cref="MaxLength"/> characters; otherwise a reason giving the length.</returns>
    public static string? FindLengthReason(string? name)
    {
        if (name == null || name.Length <= MaxLength)
        {
            return null;
        }

        return "'" + name + "' is " + name.Length.ToString(CultureInfo.InvariantCulture)
            + " characters long; a computer name is limited to 15 (the 16th NetBIOS byte is reserved for the service type).";
    }

    /// <summary>
    /// Finds the first way in which <paramref name="name"/>, used as the computer's DNS host name,
    /// breaks the DNS host-name rules of KB 909264.
    /// </summary>
    /// <param name="name">The candidate name.</param>
    /// <returns>
    /// <see langword="null"/> when DNS-compatible; otherwise a reason: empty, a non-ASCII character
    /// or a character other than A-Z a-z 0-9 '-' (named, with its position), a leading or trailing
    /// '-', fewer than 2 characters, or a name reserved by RFC 952 (GATEWAY, GW, TAC).
    /// </returns>
    public static string? FindDnsIncompatibility(string? name)
    {
        if (name == null || name.Length == 0)
        {
            return "The computer name is empty.";
        }

        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c > '\u007F')
            {
                return "'" + name + "' contains the non-ASCII character " + CharacterText.Describe(name, i)
                    + " at position " + CharacterText.Position(i) + "; DNS host names should use only A-Z, a-z, 0-9 and '-'.";
            }

            if (!AsciiText.IsLetterDigitHyphen(c))
            {
                return "'" + name + "' contains " + CharacterText.Describe(name, i) + " at position "
                    + CharacterText.Position(i) + ", which DNS host names do not allow; use only A-Z, a-z, 0-9 and '-'.";
            }
        }

        if (name[0] == '-')
        {
            return "'" + name + "' starts with '-'; a DNS host name must start with a letter or digit.";
        }

        if (name[name.Length - 1] == '-')
        {
            return "'" + name + "' ends with '-'; a DNS host name must end with a letter or digit.";
        }

        if (name.Length < MinDnsLength)
        {
            return "'" + name + "' is only 1 character long; a DNS host name needs at least 2.";
        }

        foreach (string reserved in Rfc952ReservedNames)
        {
            if (AsciiText.EqualsIgnoreCase(name, reserved))
            {
                return "'" + name + "' is the host name " + reserved + ", which RFC 952 reserves.";
            }
        }

        return null;
    }

    /// <summary>Whether every character is an ASCII digit (the name is non-empty here).</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when the name is all-numeric.</returns>
    private static bool IsAllAsciiDigits(string name)
    {
        foreach (char c in name)
        {
            if (!AsciiText.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
