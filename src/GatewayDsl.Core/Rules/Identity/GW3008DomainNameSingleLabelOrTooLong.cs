using System.Collections.Generic;
using System.Globalization;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Naming;

namespace GatewayDsl.Core.Rules.Identity;

/// <summary>
/// GW3008: the AD domain the host cluster and the gateway VMs join (<c>InDomain</c>) is single-label ("contoso") or
/// longer than 64 characters. KB 909264 (vmm-reference c.2) advises against single-label domain names, which need
/// special DNS and client configuration, and limits an AD domain FQDN to 64 characters in practice because SYSVOL
/// paths embed it and must stay within MAX_PATH.
/// </summary>
/// <remarks>
/// The length is counted without one trailing period, like every <see cref="DnsName"/> check. Names that are not
/// valid DNS names are GW3004's and skipped here; a missing or unknown domain is GW0004's or GW0001's. Only the
/// gateway's own domain is checked: the VMM server's domain already exists and is not created or joined here.
/// </remarks>
internal sealed class DomainNameSingleLabelOrTooLongRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW3008",
        "domain-name-single-label-or-too-long",
        "The AD domain name should have more than one label and at most 64 characters",
        RuleSeverity.Warning,
        RuleCategory.Identity,
        "vmm-reference c.2 (KB 909264); procedure prerequisite 1");

    /// <summary>Creates the rule.</summary>
    public DomainNameSingleLabelOrTooLongRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.Domain is not { IsKnown: true, Value: { } domain } setting || DnsName.FindInvalidReason(domain) is not null)
        {
            yield break;
        }

        if (DnsName.IsSingleLabel(domain))
        {
            yield return Report(setting.Source, "The domain '" + domain + "' (InDomain) is a single-label name; Active Directory domains should have a "
                + "DNS name of two or more labels. Use the domain's full DNS name, e.g. 'contoso.com' rather than 'contoso'.");
            yield break;
        }

        var length = domain.EndsWith(".", System.StringComparison.Ordinal) ? domain.Length - 1 : domain.Length;
        if (length > DnsName.MaxActiveDirectoryDomainLength)
        {
            yield return Report(setting.Source, "The domain '" + domain + "' (InDomain) has " + length.ToString(CultureInfo.InvariantCulture)
                + " characters; an Active Directory domain name should have at most "
                + DnsName.MaxActiveDirectoryDomainLength.ToString(CultureInfo.InvariantCulture)
                + " because SYSVOL paths embed it. Use a domain with a shorter DNS name.");
        }
    }
}
