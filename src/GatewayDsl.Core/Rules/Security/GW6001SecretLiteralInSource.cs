using System.Collections.Generic;
using System.Text;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules.Deployment;

namespace GatewayDsl.Core.Rules.Security;

/// <summary>
/// GW6001: a secret is written in source with <c>Secret.Literal(...)</c>, or (an error) is referenced by a name the
/// deployment script cannot carry (<see cref="SecretReferenceNames"/>): the product key of the gateway VMs
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
        if (spec.ServiceTemplate?.ProductKey is { } productKey)
        {
            // A blank product-key name is GW4005's finding (no product-key source), so it is not reported twice.
            var finding = Check(productKey, "The product key (ProductKey)", TemplateNeedsProductKeyOrEvaluationRule.ProductKeyVariable, "ProductKey", blankReportedElsewhere: true);
            if (finding is not null)
            {
                yield return finding;
            }
        }

        foreach (var (vmNetwork, connectivity) in spec.Connectivity())
        {
            if (connectivity.Vpn?.PreSharedKey is { } preSharedKey)
            {
                var name = vmNetwork.Name.KnownValue();
                var what = "The pre-shared key (PreSharedKey) of VM network '" + (name ?? "?") + "'";
                var stem = Words(name);
                var finding = Check(preSharedKey, what, string.Join("_", stem).ToUpperInvariant() + "_PSK", string.Concat(stem.ConvertAll(RuleText.Capitalize)) + "Psk", blankReportedElsewhere: false);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>
    /// A literal secret (a warning), or a reference whose name the deployment script cannot carry (an error: the script
    /// would have to rename the parameter or read another variable than the one named, so the generator skips the
    /// definition instead). Null when the secret is a usable reference.
    /// </summary>
    private Violation? Check(SecretSpec secret, string what, string variable, string parameter, bool blankReportedElsewhere)
    {
        if (blankReportedElsewhere && secret.Reference is { } named && RuleText.IsBlank(named))
        {
            return null;
        }

        switch (secret.Kind)
        {
            case SecretSourceKind.Literal:
                return LiteralFound(secret, what, variable, parameter);
            case SecretSourceKind.Parameter when secret.Reference is { IsKnown: true } reference && SecretReferenceNames.ParameterProblem(reference.Value) is { } problem:
                return Report(
                    RuleSeverity.Error,
                    reference.Source,
                    what + " is read from the script parameter '" + Show(reference.Value) + "', which " + problem
                        + ". The deployment script declares it as '[securestring] $Name', so use a plain name such as Secret.FromParameter(\"" + parameter + "\").");
            case SecretSourceKind.Environment when secret.Reference is { IsKnown: true } reference && SecretReferenceNames.EnvironmentProblem(reference.Value) is { } problem:
                return Report(
                    RuleSeverity.Error,
                    reference.Source,
                    what + " is read from the environment variable '" + Show(reference.Value) + "', which " + problem
                        + ". Use a plain name such as Secret.FromEnvironment(\"" + variable + "\").");
            default:
                return null;
        }
    }

    /// <summary>The name as a message can show it: control characters as \uXXXX, at most 60 characters.</summary>
    private static string Show(string? name)
    {
        var text = new StringBuilder();
        foreach (var c in name ?? string.Empty)
        {
            if (text.Length >= 60)
            {
                text.Append("...");
                break;
            }

            if (char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)
            {
                text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
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
