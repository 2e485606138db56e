using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GatewayDsl.Core.ConnectionStrings;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Naming;

namespace GatewayDsl.Core.Rules.NetworkService;

/// <summary>
/// GW1003: a value written into the connection string contains <c>;</c>, <c>=</c>, a control or invisible (format,
/// line or paragraph separator) character, or leading or
/// trailing white space. The string is <c>key=value</c> items separated by <c>;</c> (R1) and
/// <see cref="ConnectionStringWriter"/> writes values as given, so such a value would split an item, start a bogus
/// one, or name a host, VM or switch that does not exist. An empty <c>BackendSwitch=</c> is reported too: no other
/// rule checks that value, and VMM cannot attach the back-end adapter without it (R4).
/// </summary>
/// <remarks>
/// Checked values, in the writer's order: the host cluster name (<c>VMHost=</c>), the gateway VM (<c>GatewayVM=</c>),
/// the back-end switch (<c>BackendSwitch=</c>), <c>FrontEndServerAddress=</c> and <c>VPNServerAddress=</c>.
/// GW1004 skips an address this rule reports, so a bad address gives one diagnostic.
/// </remarks>
internal sealed class ConnectionStringValueUnsafeRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW1003",
        "connection-string-value-unsafe",
        "A connection-string value would corrupt the connection string",
        RuleSeverity.Error,
        RuleCategory.NetworkService,
        "R1, R4; procedure step 16");

    /// <summary>Creates the rule.</summary>
    public ConnectionStringValueUnsafeRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        foreach (var (key, setting) in Values(spec))
        {
            if (setting is not { IsKnown: true })
            {
                continue;
            }

            var value = setting.Value;
            var problems = FindProblems(value);
            if (problems.Count > 0)
            {
                yield return Report(setting.Source, $"The {key}= value '{Show(value!)}' {JoinProblems(problems)}; {Consequence(value!)}");
            }
            else if (key == ConnectionStringKeys.BackendSwitch && string.IsNullOrEmpty(value))
            {
                yield return Report(
                    setting.Source,
                    "The BackendSwitch= value is empty; VMM needs the name of the virtual switch that the gateway's back-end adapter connects to "
                    + "(without it the adapter stays unconnected, VMM error 21426). Pass the switch's name, e.g. BackendSwitch(\"VirtualSwitch1\").");
            }
        }
    }

    /// <summary>
    /// Why <paramref name="value"/> cannot go into the connection string as written: each applicable fragment, e.g.
    /// "contains ';' at position 8"; empty when the value is safe (a null or empty value is safe here: it does not
    /// corrupt the string, and the rule about that value reports it).
    /// </summary>
    /// <param name="value">A connection-string value.</param>
    /// <returns>Sentence fragments that follow the quoted value.</returns>
    public static IReadOnlyList<string> FindProblems(string? value)
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(value))
        {
            return problems;
        }

        // Report the first ';', the first '=' and the first control character: enough to find and fix each kind.
        int semicolon = value!.IndexOf(';');
        int equals = value.IndexOf('=');
        int control = -1;
        for (int i = 0; i < value.Length && control < 0; i++)
        {
            if (IsControlOrInvisible(value[i]))
            {
                control = i;
            }
        }

        foreach (var index in new[] { semicolon, equals, control })
        {
            if (index >= 0)
            {
                // An invisible character is named by its code point only: quoted, a bidi override would reorder the message itself.
                var what = char.IsControl(value[index]) ? "the control character " + CharacterText.Describe(value, index)
                    : IsControlOrInvisible(value[index]) ? "the invisible character U+" + ((int)value[index]).ToString("X4", CultureInfo.InvariantCulture)
                    : CharacterText.Describe(value, index);
                problems.Add($"contains {what} at position {CharacterText.Position(index)}");
            }
        }

        // A control character at either end is already reported above; white space here means spaces and the like.
        if (char.IsWhiteSpace(value[0]) && !IsControlOrInvisible(value[0]))
        {
            problems.Add("starts with white space");
        }

        var last = value[value.Length - 1];
        if (char.IsWhiteSpace(last) && !IsControlOrInvisible(last))
        {
            problems.Add("ends with white space");
        }

        return problems;
    }

    /// <summary>
    /// A control character, or one that is invisible or moves text around: a format character (bidirectional overrides
    /// and isolates, zero-width characters, U+FEFF) or a line or paragraph separator. VMM would look up a name the
    /// operator cannot see as written (the connection string is shown and copied by hand, procedure step 16).
    /// </summary>
    private static bool IsControlOrInvisible(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>"a, b and c".</summary>
    private static string JoinProblems(IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? problems[0]
            : string.Join(", ", problems.Take(problems.Count - 1)) + " and " + problems[problems.Count - 1];

    /// <summary>Why the value is harmful and how to fix it: a separator or control character corrupts the string;
    /// surrounding white space becomes part of the name VMM looks up.</summary>
    private static string Consequence(string value)
    {
        if (value.IndexOf(';') >= 0 || value.IndexOf('=') >= 0 || value.Any(IsControlOrInvisible))
        {
            return "the connection string is key=value items separated by ';', so this value would split an item or start a bogus one. "
                + "Remove these characters (if the resource's real name in VMM contains them, rename it: the connection string cannot carry them).";
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0
            ? "the value is only white space, so VMM would get no name at all. Pass the resource's real name."
            : $"VMM would look for a resource whose name includes the white space and not find it. Use '{trimmed}' instead.";
    }

    /// <summary>The connection-string values in the writer's order, each with its key.</summary>
    private static IEnumerable<(string Key, Setting<string?>? Setting)> Values(GatewaySpec spec)
    {
        yield return (ConnectionStringKeys.VmHost, spec.HostCluster?.Name);
        yield return (ConnectionStringKeys.GatewayVm, spec.GatewayVm);
        yield return (ConnectionStringKeys.BackendSwitch, spec.BackendSwitch);
        yield return (ConnectionStringKeys.FrontEndServerAddress, spec.FrontEndServerAddress);
        yield return (ConnectionStringKeys.VpnServerAddress, spec.VpnServerAddress);
    }

    /// <summary>The value with control characters shown as C# escapes (\u0009), so the message stays on one readable line.</summary>
    private static string Show(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (IsControlOrInvisible(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
