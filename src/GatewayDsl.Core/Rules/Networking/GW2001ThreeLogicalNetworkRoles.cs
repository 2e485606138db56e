using System.Collections.Generic;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Networking;

/// <summary>
/// GW2001: each of the three logical-network roles (network virtualization / back end, External / front end,
/// Infrastructure / management) appears exactly once, and each has at least one network site.
/// </summary>
/// <remarks>
/// The gateway VMs get one adapter per role, and the network service connects its front end and back end to sites
/// of those networks (R17, R18; procedure prerequisite 2). A missing role points at the definition's root call, a
/// second network of a role at that second call, a network without sites at its call. A duplicate network is only
/// reported as a duplicate (its fix, removing or merging it, also settles whether it has sites).
/// </remarks>
internal sealed class ThreeLogicalNetworkRolesRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW2001",
        "three-logical-network-roles",
        "Each logical-network role must appear exactly once, with at least one network site",
        RuleSeverity.Error,
        RuleCategory.Networking,
        "R17, R18; procedure prerequisite 2");

    private static readonly NetworkRole[] Roles = { NetworkRole.NetworkVirtualization, NetworkRole.External, NetworkRole.Infrastructure };

    /// <summary>Creates the rule.</summary>
    public ThreeLogicalNetworkRolesRule()
        : base(Rule)
    {
    }

    /// <summary>
    /// The role as the procedure names it, e.g. <c>External / front-end</c>. Shared by the GW2xxx rules so every
    /// message names a role the same way.
    /// </summary>
    /// <param name="role">The role.</param>
    /// <returns>The role's readable name.</returns>
    public static string RoleName(NetworkRole role) => role switch
    {
        NetworkRole.NetworkVirtualization => "network virtualization / back-end",
        NetworkRole.External => "External / front-end",
        _ => "Infrastructure / management",
    };

    /// <summary>The builder method that declares a network of <paramref name="role"/>, for fix suggestions.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The method name, e.g. <c>External</c>.</returns>
    public static string BuilderMethod(NetworkRole role) => role switch
    {
        NetworkRole.NetworkVirtualization => "NetworkVirtualization",
        NetworkRole.External => "External",
        _ => "Infrastructure",
    };

    /// <summary>
    /// A logical network as messages name it, to follow "the": <c>logical network 'External' (External / front-end)</c>,
    /// or <c>External / front-end logical network</c> when its name is unknown, null or empty.
    /// </summary>
    /// <param name="network">The logical network.</param>
    /// <returns>The readable description.</returns>
    public static string Describe(LogicalNetworkSpec network) =>
        string.IsNullOrEmpty(network.Name.KnownValue())
            ? RoleName(network.Role) + " logical network"
            : "logical network '" + network.Name.Value + "' (" + RoleName(network.Role) + ")";

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        foreach (var role in Roles)
        {
            LogicalNetworkSpec? first = null;
            foreach (var network in spec.Networks(role))
            {
                if (first is null)
                {
                    first = network;
                    if (network.Sites.IsEmpty)
                    {
                        yield return Report(
                            SourceRef.Call(network.StepId),
                            $"The {Describe(network)} has no network site; each of the three logical networks needs at least one. "
                            + "Add .Site(\"name\", \"host group\", s => ...) with its subnet and IP pool inside it.");
                    }

                    continue;
                }

                // The second (and any later) network of a role: the gateway has one adapter per role, so there is
                // nothing to connect the extra network to.
                yield return Report(
                    SourceRef.Call(network.StepId),
                    $"The {Describe(network)} is a second {RoleName(role)} network after the {Describe(first)}; "
                    + "each role must appear exactly once. Move its sites into the first one and remove this call.",
                    SourceRef.Call(first.StepId));
            }

            if (first is null)
            {
                yield return Report(
                    new SourceRef(spec.RootStepId),
                    $"The definition has no {RoleName(role)} logical network; the gateway needs all three: network virtualization / back-end, "
                    + $"External / front-end and Infrastructure / management. Add .{BuilderMethod(role)}(\"name\", n => n.Site(...)) with at least one network site.");
            }
        }
    }
}
