using System.Collections.Generic;
using GatewayDsl.Core.Addressing;
using GatewayDsl.Core.ConnectionStrings;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.NetworkService;

/// <summary>
/// GW1004: <c>FrontEndServerAddress</c> or <c>VPNServerAddress</c> is not a valid IP address (R7). The provider takes
/// a plain IPv4 or IPv6 address: no host name, no prefix length, no port.
/// </summary>
/// <remarks>
/// A null or empty address is reported as empty: the call is there but says nothing. A value that GW1003 reports
/// (a ';', '=', control character or surrounding white space) is left to GW1003, so one mistake gives one diagnostic.
/// </remarks>
internal sealed class InvalidServerAddressRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW1004",
        "invalid-server-address",
        "FrontEndServerAddress or VPNServerAddress is not a valid IP address",
        RuleSeverity.Error,
        RuleCategory.NetworkService,
        "R7; procedure step 16");

    /// <summary>Creates the rule.</summary>
    public InvalidServerAddressRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        foreach (var (key, method, setting) in new[]
        {
            (ConnectionStringKeys.FrontEndServerAddress, "FrontEndServerAddress", spec.FrontEndServerAddress),
            (ConnectionStringKeys.VpnServerAddress, "VpnServerAddress", spec.VpnServerAddress),
        })
        {
            if (setting is not { IsKnown: true } || ConnectionStringValueUnsafeRule.FindProblems(setting.Value).Count > 0)
            {
                continue;
            }

            if (!IpAddress.TryParse(setting.Value, out _, out var error))
            {
                var what = string.IsNullOrEmpty(setting.Value) ? $"{key} is empty." : $"{key}: {error}";
                yield return Report(
                    setting.Source,
                    $"{what} The connection string needs a plain IPv4 or IPv6 address (no host name, prefix length or port), e.g. {method}(\"131.107.20.5\").");
            }
        }
    }
}
