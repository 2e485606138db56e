using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Core.Reduction;

/// <summary>Reduces the host cluster, library, service template and network service scopes.</summary>
internal static class FabricReducer
{
    /// <summary>Reduces <c>OnHostCluster(name, c => ...)</c>.</summary>
    public static HostClusterSpec HostCluster(Step step, SettingSlots slots)
    {
        Setting<EquatableArray<string?>>? nodes = null;
        Setting<long>? adapters = null;
        Setting<string?>? hostGroup = null;
        foreach (var inner in StepReader.Scope(step, S.OnHostCluster.Configure))
        {
            switch (inner.Method)
            {
                case S.Nodes.Method:
                    slots.Once(ref nodes, StepReader.Strings(inner, S.Nodes.Fqdns), inner, "The host cluster's nodes (Nodes)");
                    break;
                case S.NetworkAdapters.Method:
                    slots.Once(ref adapters, StepReader.Number(inner, S.NetworkAdapters.PerNode), inner, "The number of network adapters per node (NetworkAdapters)");
                    break;
                case S.HostGroup.Method:
                    slots.Once(ref hostGroup, StepReader.String(inner, S.HostGroup.Path), inner, "The host cluster's host group (HostGroup)");
                    break;
            }
        }

        return new HostClusterSpec(step.Id, StepReader.String(step, S.OnHostCluster.Name), nodes, adapters, hostGroup);
    }

    /// <summary>Reduces <c>Library(share, l => ...)</c>.</summary>
    public static LibrarySpec Library(Step step, SettingSlots slots)
    {
        Setting<string?>? os = null, csv = null, quorum = null;
        foreach (var inner in StepReader.Scope(step, S.Library.Configure))
        {
            switch (inner.Method)
            {
                case S.Disk.OsDisk:
                    slots.Once(ref os, StepReader.String(inner, S.Disk.FileName), inner, "The OS disk (OsDisk)");
                    break;
                case S.Disk.CsvDisk:
                    slots.Once(ref csv, StepReader.String(inner, S.Disk.FileName), inner, "The CSV disk (CsvDisk)");
                    break;
                case S.Disk.QuorumDisk:
                    slots.Once(ref quorum, StepReader.String(inner, S.Disk.FileName), inner, "The quorum disk (QuorumDisk)");
                    break;
            }
        }

        return new LibrarySpec(step.Id, StepReader.String(step, S.Library.Share), os, csv, quorum);
    }

    /// <summary>Reduces <c>ServiceTemplate(template, t => ...)</c>.</summary>
    public static ServiceTemplateSpec ServiceTemplate(Step step, SettingSlots slots)
    {
        SecretSpec? productKey = null;
        var productKeyStepId = 0; // the ProductKey(...) call itself: GW0003 points at it, not at the Secret factory inside it
        Setting<bool>? evaluation = null;
        Setting<string?>? staticAddress = null;
        var disabled = new List<Setting<string?>>();
        foreach (var inner in StepReader.Scope(step, S.ServiceTemplate.Configure))
        {
            switch (inner.Method)
            {
                case S.ProductKey.Method:
                    // ProductKey(null) gives no key at all: GW4005 then says what is missing, at run time and build time alike.
                    if (SecretReader.Read(inner, S.ProductKey.Key) is { } key)
                    {
                        slots.Once(ref productKey, key, productKeyStepId, inner, "The product key (ProductKey)");
                        productKeyStepId = inner.Id;
                    }

                    break;
                case S.EvaluationDeployment.Method:
                    slots.Once(ref evaluation, StepReader.Marker(inner), inner, "EvaluationDeployment");
                    break;
                case S.VmClusterStaticIpAddress.Method:
                    slots.Once(ref staticAddress, StepReader.String(inner, S.VmClusterStaticIpAddress.Address), inner, "VMClusterStaticIPAddress (VmClusterStaticIpAddress)");
                    break;
                case S.DisableIntegrationService.Method:
                    disabled.Add(StepReader.EnumMember(inner, S.DisableIntegrationService.Service));
                    break;
            }
        }

        return new ServiceTemplateSpec(
            step.Id,
            StepReader.EnumMember(step, S.ServiceTemplate.Template),
            productKey,
            evaluation,
            staticAddress,
            disabled.ToEquatableArray());
    }

    /// <summary>Reduces <c>NetworkService(name, ns => ...)</c>.</summary>
    public static NetworkServiceSpec NetworkService(Step step, SettingSlots slots)
    {
        Setting<string?>? description = null, frontEnd = null, backEnd = null, runAs = null;
        var hostGroups = new List<Setting<string?>>();
        foreach (var inner in StepReader.Scope(step, S.NetworkService.Configure))
        {
            switch (inner.Method)
            {
                case S.Description.Method:
                    slots.Once(ref description, StepReader.String(inner, S.Description.Text), inner, "The network service's description (Description)");
                    break;
                case S.HostGroups.Method:
                    hostGroups.AddRange(StepReader.StringItems(inner, S.HostGroups.Paths));
                    break;
                case S.Connection.FrontEnd:
                    slots.Once(ref frontEnd, StepReader.String(inner, S.Connection.Site), inner, "The front-end connection (FrontEnd)");
                    break;
                case S.Connection.BackEnd:
                    slots.Once(ref backEnd, StepReader.String(inner, S.Connection.Site), inner, "The back-end connection (BackEnd)");
                    break;
                case S.RunAsAccount.Method:
                    slots.Once(ref runAs, StepReader.String(inner, S.RunAsAccount.Name), inner, "The network service's Run As account (RunAsAccount)");
                    break;
            }
        }

        return new NetworkServiceSpec(step.Id, StepReader.String(step, S.NetworkService.Name), description, hostGroups.ToEquatableArray(), frontEnd, backEnd, runAs);
    }
}
