using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Deployment;

/// <summary>
/// GW4004: the host cluster needs a Scale-Out File Server share. VMM must manage a Scale-Out File Server with a share
/// (prerequisite 3, R43), and that share is added to the host cluster as file share storage (step 5, R44): the gateway
/// service is deployed onto it.
/// </summary>
internal sealed class HostClusterNeedsScaleOutFileShareRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW4004",
        "host-cluster-needs-scale-out-file-share",
        "The host cluster needs a Scale-Out File Server share",
        RuleSeverity.Error,
        RuleCategory.Deployment,
        "R43, R44; procedure prerequisite 3 and step 5");

    /// <summary>Creates the rule.</summary>
    public HostClusterNeedsScaleOutFileShareRule()
        : base(Rule)
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        // This rule, not GW0004, owns the missing share: the catalog gives GW4004 exactly this finding.
        if (spec.FileShare is not { } share)
        {
            yield return Report(
                new SourceRef(spec.RootStepId),
                "No Scale-Out File Server share is given. The host cluster needs a share of a VMM-managed Scale-Out File Server as its file share storage. "
                + "Add .ScaleOutFileServer(\"sofs01.contoso.com\", \"GatewayShare\") with your file server and share.");
            yield break;
        }

        // The FQDN's syntax is GW3004's finding; here only a value that names nothing at all.
        if (RuleText.IsBlank(share.Server))
        {
            yield return Report(
                share.Server.Source,
                "The Scale-Out File Server's name is empty. Give the FQDN of the VMM-managed Scale-Out File Server, e.g. 'sofs01.contoso.com'.");
        }

        if (RuleText.IsBlank(share.Share))
        {
            yield return Report(
                share.Share.Source,
                "The Scale-Out File Server share's name is empty. Give the name of the VMM-managed share to add to the host cluster, e.g. 'GatewayShare'.");
        }
    }
}
