using System.Collections.Generic;
using System.Text;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.Deployment;

namespace GatewayDsl.Core.Rules.Security;

/// <summary>
/// GW6001: a secret is written in source with <c>Secret.Literal(...)</c>: the product key of the gateway VMs
/// (<c>ServiceTemplate(... t => t.ProductKey(...))</c>, R51) or a VPN pre-shared key
/// (<c>SiteToSiteVpn(... s => s.PreSharedKey(account, ...))</c>, R15). Source code is copied, committed and reviewed
/// widely, so a key in it is a leaked key. Artifacts never contain the value anyway (the script asks for it as a
/// SecureString parameter instead, CONVENTIONS §5), so taking it from the environment or a script parameter costs nothing.
/// </summary>
/// <remarks>
/// The reducer drops a literal's value (<see cref="SecretSpec.Reference"/> is null for a literal), so no message here can
/// leak it; messages name which secret it is and suggest a reference instead. The finding points at the
/// <c>Secret.Literal</c> call. Passwords are not covered because the DSL takes none: accounts are VMM Run As accounts
/// referred to by name.
/// </remarks>
internal sealed class SecretLiteralInSourceRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW6001",
        "secret-literal-in-source",
        "Secrets should not be written as literals in source",
        RuleSeverity.Warning,
        RuleCategory.Security,
        "R51, R15; CONVENTIONS §5");

    /// <summary>Creates the rule.</summary>
    public SecretLiteralInSourceRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.ServiceTemplate?.ProductKey is { Kind: SecretSourceKind.Literal } productKey)
        {
            yield return LiteralFound(productKey, "The product key (ProductKey)", TemplateNeedsProductKeyOrEvaluationRule.ProductKeyVariable, "ProductKey");
        }

        foreach (var (vmNetwork, connectivity) in spec.Connectivity())
        {
            if (connectivity.Vpn?.PreSharedKey is { Kind: SecretSourceKind.Literal } preSharedKey)
            {
                var name = vmNetwork.Name.KnownValue();
                var what = "The pre-shared key (PreSharedKey) of VM network '" + (name ?? "?") + "'";
                var stem = Words(name);
                yield return LiteralFound(preSharedKey, what, string.Join("_", stem).ToUpperInvariant() + "_PSK", string.Concat(stem.ConvertAll(RuleText.Capitalize)) + "Psk");
            }
        }
    }

    /// <summary>Reports the <c>Secret.Literal</c> call of <paramref name="secret"/>; the value is never in the message.</summary>
    /// <param name="secret">The literal secret.</param>
    /// <param name="what">Which secret, for the message.</param>
    /// <param name="variable">A suggested environment variable name.</param>
    /// <param name="parameter">A suggested script parameter name.</param>
    /// <returns>The violation.</returns>
    private Violation LiteralFound(SecretSpec secret, string what, string variable, string parameter) =>
        WithFixProperty(
            Report(
                SourceRef.Call(secret.StepId),
                what + " is written in source with Secret.Literal(...); take it from Secret.FromEnvironment(\"" + variable
                    + "\") or Secret.FromParameter(\"" + parameter + "\"); artifacts only reference it."),
            FixProperties.SecretVariable,
            variable);

    /// <summary>The ASCII letter-and-digit words of a VM network name ("Tenant-A" gives "Tenant", "A"), or "Tenant" if none.</summary>
    /// <param name="name">The VM network's name, or null.</param>
    /// <returns>The words, at least one.</returns>
    private static List<string> Words(string? name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in (name ?? string.Empty) + " ")
        {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (words.Count == 0)
        {
            words.Add("Tenant");
        }

        return words;
    }
}
