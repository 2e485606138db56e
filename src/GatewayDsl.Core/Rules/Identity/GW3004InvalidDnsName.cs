using System.Collections.Generic;
using System.Globalization;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Naming;

namespace GatewayDsl.Core.Rules.Identity;

/// <summary>
/// GW3004: a name that must be a DNS name or FQDN is not one: the domain (<c>InDomain</c>), the VMM server's domain
/// (<c>VmmServerInDomain</c>), the host cluster (<c>OnHostCluster</c>), each of its nodes (<c>Nodes</c>), the gateway VM
/// (<c>GatewayVm</c>) and the Scale-Out File Server (<c>ScaleOutFileServer</c>). The checks (empty, empty label, label
/// over 63, name over 253, characters outside letters, digits and '-', leading or trailing '-') are
/// <see cref="DnsName.FindInvalidReason"/>'s (vmm-reference c.2). Joining the domain, the connection string's
/// <c>VMHost=</c>/<c>GatewayVM=</c> and the script's host look-ups all need resolvable names (R38).
/// </summary>
/// <remarks>
/// Single-label names ("GatewayHost1") are valid DNS names and pass here; whether they are inside the domain is
/// GW3005's question, and a single-label AD domain is GW3008's. A <c>null</c> passed by the user counts as empty.
/// A node item that is <c>null</c> is skipped: the spec records an item the evaluator could not compute as <c>null</c>
/// too (GW0001 reports those), and the two cannot be told apart.
/// </remarks>
internal sealed class InvalidDnsNameRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW3004",
        "invalid-dns-name",
        "Domain and host names must be valid DNS names",
        RuleSeverity.Error,
        RuleCategory.Identity,
        "R38, vmm-reference c.2; procedure prerequisites 1, 3 and 6");

    /// <summary>Creates the rule.</summary>
    public InvalidDnsNameRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        foreach (var (what, value, at, example) in Names(spec))
        {
            if (DnsName.FindInvalidReason(value) is { } reason)
            {
                yield return Report(at, what + " '" + (value ?? string.Empty) + "' is not a valid DNS name. " + reason
                    + " Use a name such as '" + example + "'.");
            }
        }
    }

    /// <summary>
    /// Every known name this rule checks, in definition order, with a description for the message, its place and an
    /// example from the procedure.
    /// </summary>
    /// <param name="spec">The spec.</param>
    /// <returns>(description, value, place, example) per name.</returns>
    private static IEnumerable<(string What, string? Value, SourceRef At, string Example)> Names(GatewaySpec spec)
    {
        if (spec.Domain is { IsKnown: true } domain)
        {
            yield return ("The domain (InDomain)", domain.Value, domain.Source, "contoso.com");
        }

        if (spec.VmmServerDomain is { IsKnown: true } vmmDomain)
        {
            yield return ("The VMM server's domain (VmmServerInDomain)", vmmDomain.Value, vmmDomain.Source, "fabric.fabrikam.com");
        }

        if (spec.HostCluster is { } cluster)
        {
            if (cluster.Name.IsKnown)
            {
                yield return ("The host cluster name (OnHostCluster)", cluster.Name.Value, cluster.Name.Source, "GatewayHost1.contoso.com");
            }

            if (cluster.Nodes is { IsKnown: true } nodes)
            {
                for (var i = 0; i < nodes.Value.Count; i++)
                {
                    if (nodes.Value[i] is { } node)
                    {
                        var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                        var example = "HV" + number.PadLeft(2, '0') + ".contoso.com";
                        yield return ("Host cluster node " + number + " (Nodes)", node, new SourceRef(nodes.StepId, nodes.Parameter, i), example);
                    }
                }
            }
        }

        if (spec.GatewayVm is { IsKnown: true } gatewayVm)
        {
            yield return ("The gateway VM name (GatewayVm)", gatewayVm.Value, gatewayVm.Source, "GatewayVM1.contoso.com");
        }

        if (spec.FileShare is { Server.IsKnown: true } fileShare)
        {
            yield return ("The Scale-Out File Server name (ScaleOutFileServer)", fileShare.Server.Value, fileShare.Server.Source, "sofs01.contoso.com");
        }
    }
}
