using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.ConnectionStrings;

/// <summary>
/// Writes the gateway's connection string (procedure step 16): <c>key=value</c> items joined by <c>;</c>, keys in the
/// fixed order of <see cref="ConnectionStringKeys"/>. Values are written as given: GW1003 rejects any value that
/// would corrupt the string, and the generator emits nothing for a definition with errors.
/// </summary>
internal static class ConnectionStringWriter
{
    /// <summary>The items of the connection string, in order. Unset optional keys are left out.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Items(GatewaySpec spec)
    {
        var items = new List<KeyValuePair<string, string>>
        {
            Item(ConnectionStringKeys.VmHost, spec.HostCluster?.Name.Value),
            Item(ConnectionStringKeys.GatewayVm, spec.GatewayVm?.Value),
            Item(ConnectionStringKeys.BackendSwitch, spec.BackendSwitch?.Value),
        };

        if (spec.IsForwarding)
        {
            items.Add(Item(ConnectionStringKeys.DirectRoutingMode, "True"));
        }

        AddIfSet(items, ConnectionStringKeys.FrontEndServerAddress, spec.FrontEndServerAddress?.Value);
        AddIfSet(items, ConnectionStringKeys.VpnServerAddress, spec.VpnServerAddress?.Value);
        if (spec.MaxVmNetworks is { IsKnown: true } max)
        {
            items.Add(Item(ConnectionStringKeys.MaxVmNetworksSupported, max.Value.ToString(CultureInfo.InvariantCulture)));
        }

        return items;
    }

    /// <summary>The connection string, e.g. <c>VMHost=GatewayHost1.contoso.com;GatewayVM=GatewayVM1.contoso.com;BackendSwitch=VirtualSwitch1</c>.</summary>
    public static string Write(GatewaySpec spec) => string.Join(";", Items(spec).Select(i => i.Key + "=" + i.Value));

    /// <summary>Splits a connection string back into its items (for round-trip checks); <c>null</c> if it is malformed.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>>? Parse(string connectionString)
    {
        var items = new List<KeyValuePair<string, string>>();
        foreach (var part in connectionString.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0 || part.IndexOf('=', equals + 1) >= 0)
            {
                return null;
            }

            items.Add(new KeyValuePair<string, string>(part.Substring(0, equals), part.Substring(equals + 1)));
        }

        return items;
    }

    private static KeyValuePair<string, string> Item(string key, string? value) => new(key, value ?? string.Empty);

    private static void AddIfSet(List<KeyValuePair<string, string>> items, string key, string? value)
    {
        if (value is not null)
        {
            items.Add(Item(key, value));
        }
    }
}
