using System;
using System.IO;

namespace GatewayDsl.Analyzers.Tests.Infrastructure;

/// <summary>
/// The valid samples' source text, with edits: a rule test replaces one fragment (e.g. <c>metric: 20</c> with
/// <c>metric: {|GW2004:5|}</c>) and so tests the rule in a complete, otherwise valid definition.
/// </summary>
public static class SampleSource
{
    /// <summary>samples/ContosoGateway/ContosoEdge.cs (non-forwarding, 3NIC, VPN with BGP and NAT tenants) with edits.</summary>
    public static string NonForwarding(params (string Find, string Replace)[] edits) =>
        Edit(File.ReadAllText(RepoPaths.Combine("samples", "ContosoGateway", "ContosoEdge.cs")), edits);

    /// <summary>samples/ContosoForwardingGateway/ContosoForwarding.cs (DirectRoutingMode, 2NIC, DHCP) with edits.</summary>
    public static string Forwarding(params (string Find, string Replace)[] edits) =>
        Edit(File.ReadAllText(RepoPaths.Combine("samples", "ContosoForwardingGateway", "ContosoForwarding.cs")), edits);

    private static string Edit(string source, (string Find, string Replace)[] edits)
    {
        foreach (var (find, replace) in edits)
        {
            var first = source.IndexOf(find, StringComparison.Ordinal);
            if (first < 0 || source.IndexOf(find, first + 1, StringComparison.Ordinal) >= 0)
            {
                throw new ArgumentException($"'{find}' must occur exactly once in the sample.", nameof(edits));
            }

            source = source.Substring(0, first) + replace + source.Substring(first + find.Length);
        }

        return source;
    }
}
