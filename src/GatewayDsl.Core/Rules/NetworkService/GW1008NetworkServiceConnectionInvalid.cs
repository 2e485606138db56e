using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.NetworkService;

/// <summary>
/// GW1008: the network service's front-end and back-end connections (procedure step 21, R61). Both are required; the
/// front-end site must exist, belong to the External logical network and have a static IP pool (R28); the back-end
/// site must belong to the network-virtualization logical network and have a static IP pool (R29).
/// </summary>
/// <remarks>
/// A missing connection is reported at the <c>NetworkService</c> call; a wrong site at the connection's <c>site</c>
/// argument, with the site's own call as an additional location. Each connection gives at most one violation, the
/// first that applies: missing, unknown site, wrong logical network, no static pool. The rule is silent when there is
/// no network service (GW0004) and for a site name that is not known (GW0001).
/// </remarks>
internal sealed class NetworkServiceConnectionInvalidRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW1008",
        "network-service-connection-invalid",
        "The network service's front-end or back-end connection is missing or uses an unsuitable site",
        RuleSeverity.Error,
        RuleCategory.NetworkService,
        "R28, R29, R61; procedure step 21");

    /// <summary>Creates the rule.</summary>
    public NetworkServiceConnectionInvalidRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        if (spec.NetworkService is not { } service)
        {
            yield break;
        }

        var frontEnd = CheckConnection(spec, service, service.FrontEndSite, new Connection("front-end", "FrontEnd", NetworkRole.External, "the External logical network"));
        if (frontEnd is not null)
        {
            yield return frontEnd;
        }

        var backEnd = CheckConnection(spec, service, service.BackEndSite, new Connection("back-end", "BackEnd", NetworkRole.NetworkVirtualization, "the network-virtualization logical network"));
        if (backEnd is not null)
        {
            yield return backEnd;
        }
    }

    /// <summary>The first problem of one connection, or null when it is fine or cannot be judged.</summary>
    private Violation? CheckConnection(GatewaySpec spec, NetworkServiceSpec service, Setting<string?>? setting, Connection connection)
    {
        var suggestion = Suggest(spec, connection.Role);
        if (setting is null)
        {
            var serviceName = service.Name.KnownValue() is { Length: > 0 } name ? $" '{name}'" : string.Empty;
            return Report(
                SourceRef.Call(service.StepId),
                $"The network service{serviceName} has no {connection.Name} connection; VMM needs both the front-end and the back-end connection. "
                + $"Add {connection.Method}(...) with a site of {connection.NetworkText} that has a static IP pool{ExampleCall(connection, suggestion)}.");
        }

        if (!setting.IsKnown)
        {
            return null;
        }

        var siteName = setting.Value ?? string.Empty;
        if (spec.FindSite(setting.Value) is not { } found)
        {
            return Report(
                setting.Source,
                $"The {connection.Name} connection's site '{siteName}' does not exist. Use a site of {connection.NetworkText} that has a static IP pool{Example(suggestion)}.");
        }

        var siteCall = SourceRef.Call(found.Site.StepId);
        if (found.Network.Role != connection.Role)
        {
            return Report(
                setting.Source,
                $"The {connection.Name} connection's site '{siteName}' belongs to {RoleText(found.Network)}; the {connection.Name} connection needs a site of {connection.NetworkText}{Example(suggestion)}.",
                siteCall);
        }

        if (found.Site.Pools.Count == 0)
        {
            var how = found.Site.UsesDhcp is not null ? "uses DHCP and has no static IP pool" : "has no static IP pool";
            return Report(
                setting.Source,
                $"The {connection.Name} connection's site '{siteName}' {how}; VMM assigns the gateway's {connection.Name} address from the site's static pool. "
                + "Add StaticPool(...) to the site.",
                siteCall);
        }

        return null;
    }

    /// <summary>The first site of the right role with a static pool and a known name, to propose in messages.</summary>
    private static string? Suggest(GatewaySpec spec, NetworkRole role) =>
        spec.Networks(role)
            .SelectMany(n => n.Sites)
            .Where(s => s.Pools.Count > 0)
            .Select(s => s.Name.KnownValue())
            .FirstOrDefault(n => !string.IsNullOrEmpty(n));

    /// <summary>", e.g. 'NV-Site'" when a suitable site exists, else nothing.</summary>
    private static string Example(string? suggestion) => suggestion is null ? string.Empty : $", e.g. '{suggestion}'";

    /// <summary>", e.g. BackEnd("NV-Site")" when a suitable site exists, else nothing.</summary>
    private static string ExampleCall(Connection connection, string? suggestion) =>
        suggestion is null ? string.Empty : $", e.g. {connection.Method}(\"{suggestion}\")";

    /// <summary>E.g. "the Infrastructure logical network 'Infrastructure'".</summary>
    private static string RoleText(LogicalNetworkSpec network)
    {
        var role = network.Role switch
        {
            NetworkRole.NetworkVirtualization => "the network-virtualization logical network",
            NetworkRole.External => "the External logical network",
            _ => "the Infrastructure logical network",
        };
        return network.Name.KnownValue() is { Length: > 0 } name ? $"{role} '{name}'" : role;
    }

    /// <summary>What one connection requires.</summary>
    /// <param name="Name">"front-end" or "back-end".</param>
    /// <param name="Method">The builder method that adds it.</param>
    /// <param name="Role">The role its site's logical network must have.</param>
    /// <param name="NetworkText">That role in words.</param>
    private sealed record Connection(string Name, string Method, NetworkRole Role, string NetworkText);
}
