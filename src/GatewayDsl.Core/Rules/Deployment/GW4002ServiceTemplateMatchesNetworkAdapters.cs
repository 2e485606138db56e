using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Deployment;

/// <summary>
/// GW4002: the service template must match the host nodes' network adapters. The download has two templates, 2NIC for
/// nodes with two network adapters and 3NIC for nodes with three (preparatory task, R49); a template wires the gateway
/// VMs' adapters to the host's, so the wrong one cannot connect them.
/// </summary>
internal sealed class ServiceTemplateMatchesNetworkAdaptersRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW4002",
        "service-template-matches-network-adapters",
        "The service template must match the host nodes' network adapters",
        RuleSeverity.Error,
        RuleCategory.Deployment,
        "R49; procedure preparatory task and step 1");

    /// <summary>Creates the rule.</summary>
    public ServiceTemplateMatchesNetworkAdaptersRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        var adapters = spec.HostCluster?.NetworkAdapters is { IsKnown: true } known ? known : null;

        // No template exists for other adapter counts, so that is wrong whichever template is chosen (or none yet);
        // comparing it with the template would only add a second finding for the same fault.
        if (adapters is not null && adapters.Value is not (2 or 3))
        {
            yield return Report(
                adapters.Source,
                $"NetworkAdapters({RuleText.Number(adapters.Value)}) gives each host node {Adapters(adapters.Value)}, but the Windows Server Gateway "
                + "service templates exist only for 2 (2NIC) and 3 (3NIC) network adapters per node. Give each node 2 or 3 network adapters "
                + "and choose the matching template.");
            yield break;
        }

        // A missing template is GW0004's finding; an unknown one is GW0001's.
        if (spec.ServiceTemplate?.Template is not { IsKnown: true } template)
        {
            yield break;
        }

        if (spec.ServiceTemplate.AdapterCount is not { } templateAdapters)
        {
            // An enum value outside GatewayTemplate (a cast number) matches no host; the builder records it by number.
            yield return Report(
                template.Source,
                $"Service template '{template.Value ?? "null"}' is not one of the two gateway templates. Use GatewayTemplate.TwoNic (2NIC) or GatewayTemplate.ThreeNic (3NIC).");
            yield break;
        }

        if (adapters is not null && adapters.Value != templateAdapters)
        {
            var matching = adapters.Value == 2 ? "GatewayTemplate.TwoNic" : "GatewayTemplate.ThreeNic";
            yield return Report(
                template.Source,
                $"Service template '{template.Value}' ({Flavour(templateAdapters)}) is made for host nodes with {templateAdapters} network adapters, "
                + $"but NetworkAdapters({RuleText.Number(adapters.Value)}) gives each node {adapters.Value}. Use {matching}, or correct NetworkAdapters "
                + $"if the nodes have {templateAdapters} adapters.",
                adapters.Source);
        }
    }

    /// <summary>The template's name in the download ("2NIC" or "3NIC").</summary>
    private static string Flavour(int adapters) => adapters == 2 ? "2NIC" : "3NIC";

    /// <summary>"1 network adapter" or "n network adapters".</summary>
    private static string Adapters(long value) => value == 1 ? "1 network adapter" : RuleText.Number(value) + " network adapters";
}
