using System;
using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Model;

namespace GatewayDsl.Core.Rules.Usage;

/// <summary>
/// GW0004: a required part of the definition is missing. One violation per missing part, naming the part and the
/// builder method that adds it. A missing root part is reported at the root call (<c>Gateway.Named</c>); a missing
/// nested part at the call of its enclosing scope (e.g. <c>OnHostCluster</c> for missing <c>Nodes</c>).
/// </summary>
/// <remarks>
/// Several required parts belong to other rules because they have more to say than "missing", and reporting them
/// here as well would give two diagnostics for one omission: the three logical-network roles (GW2001), the
/// Scale-Out File Server share (GW4004), the two Run As accounts (GW3006), the product key or evaluation deployment
/// (GW4005), the front-end and back-end connections (GW1008) and <c>FrontEndServerAddress</c> of a forwarding
/// gateway (GW1001). Every other rule skips a missing part and leaves it to this one.
/// </remarks>
internal sealed class RequiredPartMissingRule : GatewayRule
{
    /// <summary>The rule's identity.</summary>
    public static readonly RuleDescriptor Rule = new(
        "GW0004",
        "required-part-missing",
        "A required part of the gateway definition is missing",
        RuleSeverity.Error,
        RuleCategory.Usage,
        "R2, R3, R4, R33, R38, R45, R46, R49, R50, R60; procedure prerequisites 1, 4 and 6, steps 1, 2, 7, 12 to 16 and 19");

    /// <summary>Creates the rule.</summary>
    public RequiredPartMissingRule()
        : base(Rule)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Violation> Check(GatewaySpec spec)
    {
        var root = new SourceRef(spec.RootStepId);

        // Root parts, in the order the procedure asks for them (prerequisite 1, step 2, step 16, prerequisite 4, step 1, steps 12-21).
        if (spec.Domain is null)
        {
            yield return Report(root, "The definition has no domain. Call InDomain(...) with the FQDN of the AD domain that the host cluster and the gateway VMs join, e.g. InDomain(\"contoso.com\").");
        }

        if (spec.HostCluster is null)
        {
            yield return Report(root, "The definition has no host cluster. Call OnHostCluster(...) with the FQDN of the two-node Hyper-V host cluster that runs the gateway VMs (VMHost= in the connection string), e.g. OnHostCluster(\"GatewayHost1.contoso.com\", c => c.Nodes(...).NetworkAdapters(...).HostGroup(...)).");
        }
        else
        {
            foreach (var violation in CheckHostCluster(spec.HostCluster))
            {
                yield return violation;
            }
        }

        if (spec.GatewayVm is null)
        {
            yield return Report(root, "The definition has no gateway VM. Call GatewayVm(...) with the gateway VM's name for GatewayVM= in the connection string, e.g. GatewayVm(\"GatewayVM1.contoso.com\").");
        }

        if (spec.BackendSwitch is null)
        {
            yield return Report(root, "The definition has no back-end switch. Call BackendSwitch(...) with the name of the virtual switch of the back-end connection for BackendSwitch= in the connection string, e.g. BackendSwitch(\"VirtualSwitch1\").");
        }

        if (spec.Library is null)
        {
            yield return Report(root, "The definition has no library. Call Library(...) with the VMM library share that holds the OS disk and the 'Windows Server Gateway' folder, and add OsDisk(...), CsvDisk(...) and QuorumDisk(...) inside it.");
        }
        else
        {
            foreach (var violation in CheckLibrary(spec.Library))
            {
                yield return violation;
            }
        }

        if (spec.ServiceTemplate is null)
        {
            yield return Report(root, "The definition has no service template. Call ServiceTemplate(...) with GatewayTemplate.TwoNic or GatewayTemplate.ThreeNic, matching the number of network adapters on the host nodes.");
        }

        if (spec.NetworkService is null)
        {
            yield return Report(root, "The definition has no network service. Call NetworkService(...) with the name of the network service that adds the gateway to VMM, and give it HostGroups(...), FrontEnd(...) and BackEnd(...).");
        }
        else if (spec.NetworkService.HostGroups.Count == 0)
        {
            // An empty HostGroups() call cannot be told apart from no call; both leave the service available nowhere.
            yield return Report(
                SourceRef.Call(spec.NetworkService.StepId),
                $"{Describe("The network service", spec.NetworkService.Name)} has no host groups. Call HostGroups(...) with the host groups the gateway is available to, including every host group of its front-end and back-end sites, e.g. HostGroups({SuggestHostGroups(spec)}).");
        }
    }

    /// <summary>The host cluster's missing parts, reported at the <c>OnHostCluster</c> call.</summary>
    private IEnumerable<Violation> CheckHostCluster(HostClusterSpec cluster)
    {
        var at = SourceRef.Call(cluster.StepId);
        var subject = Describe("The host cluster", cluster.Name);
        if (cluster.Nodes is null)
        {
            yield return Report(at, $"{subject} has no nodes. Call Nodes(...) inside OnHostCluster with the FQDNs of its two Hyper-V hosts, e.g. Nodes(\"HV01.contoso.com\", \"HV02.contoso.com\").");
        }

        if (cluster.NetworkAdapters is null)
        {
            yield return Report(at, $"{subject} does not say how many network adapters each node has. Call NetworkAdapters(...) inside OnHostCluster with 2 or 3; it decides between the 2NIC and the 3NIC service template.");
        }

        if (cluster.HostGroup is null)
        {
            yield return Report(at, $"{subject} has no host group. Call HostGroup(...) inside OnHostCluster with the VMM host group that holds the cluster, e.g. HostGroup(\"All Hosts\\\\Edge\").");
        }
    }

    /// <summary>The library's missing disks, reported at the <c>Library</c> call.</summary>
    private IEnumerable<Violation> CheckLibrary(LibrarySpec library)
    {
        var at = SourceRef.Call(library.StepId);
        if (library.OsDisk is null)
        {
            yield return Report(at, "The library has no OS disk. Call OsDisk(...) inside Library with the file name of the sysprepped Windows Server .vhd or .vhdx, e.g. OsDisk(\"WS2016-Datacenter.vhdx\").");
        }

        if (library.CsvDisk is null)
        {
            yield return Report(at, "The library has no CSV disk. Call CsvDisk(...) inside Library with the copy of VMM's blank .vhdx for the Cluster Shared Volume, e.g. CsvDisk(\"Gateway-CSV.vhdx\").");
        }

        if (library.QuorumDisk is null)
        {
            yield return Report(at, "The library has no quorum disk. Call QuorumDisk(...) inside Library with the second copy of VMM's blank .vhdx, for the quorum, e.g. QuorumDisk(\"Gateway-Quorum.vhdx\").");
        }
    }

    /// <summary>"The host cluster 'X'" when the name is known and not empty, else just "The host cluster".</summary>
    private static string Describe(string what, Setting<string?> name) =>
        name.KnownValue() is { Length: > 0 } value ? $"{what} '{value}'" : what;

    /// <summary>
    /// The host groups to propose for the network service: those of its front-end and back-end sites (what GW1007
    /// will require), else the host cluster's, else the procedure-style example.
    /// </summary>
    private static string SuggestHostGroups(GatewaySpec spec)
    {
        var service = spec.NetworkService!;
        var paths = new[] { service.FrontEndSite, service.BackEndSite }
            .Select(s => spec.FindSite(s.KnownValue()))
            .Where(found => found is not null)
            .SelectMany(found => found!.Value.Site.HostGroups)
            .Select(h => h.KnownValue())
            .Where(p => !string.IsNullOrEmpty(p))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (paths.Count == 0 && spec.HostCluster?.HostGroup.KnownValue() is { Length: > 0 } clusterGroup)
        {
            paths.Add(clusterGroup);
        }

        if (paths.Count == 0)
        {
            paths.Add("All Hosts\\Edge");
        }

        return string.Join(", ", paths.Select(p => "\"" + p!.Replace("\\", "\\\\") + "\""));
    }
}
