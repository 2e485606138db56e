using System.Collections.Generic;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Core.Reduction;

/// <summary>Reduces logical networks, their sites, subnets and pools, and the logical switch.</summary>
internal static class NetworkReducer
{
    /// <summary>Reduces <c>NetworkVirtualization/External/Infrastructure(name, n => ...)</c>.</summary>
    public static LogicalNetworkSpec LogicalNetwork(Step step, NetworkRole role, SettingSlots slots)
    {
        Setting<bool>? allow = null;
        var sites = new List<NetworkSiteSpec>();
        foreach (var inner in StepReader.Scope(step, S.LogicalNetwork.Configure))
        {
            switch (inner.Method)
            {
                case S.AllowNetworkVirtualization.Method:
                    slots.Once(ref allow, StepReader.Boolean(inner, S.AllowNetworkVirtualization.Allow), inner, "AllowNetworkVirtualization");
                    break;
                case S.Site.Method:
                    sites.Add(Site(inner, slots));
                    break;
            }
        }

        return new LogicalNetworkSpec(step.Id, role, StepReader.String(step, S.LogicalNetwork.Name), allow, sites.ToEquatableArray());
    }

    /// <summary>Reduces <c>Site(name, hostGroup, s => ...)</c>. A pool belongs to the subnet declared last before it.</summary>
    public static NetworkSiteSpec Site(Step step, SettingSlots slots)
    {
        var name = StepReader.String(step, S.Site.Name);
        var hostGroups = new List<Setting<string?>> { StepReader.String(step, S.Site.HostGroup) };
        var subnets = new List<SubnetSpec>();
        var pools = new List<StaticPoolSpec>();
        Setting<bool>? dhcp = null;
        foreach (var inner in StepReader.Scope(step, S.Site.Configure))
        {
            switch (inner.Method)
            {
                case S.HostGroup.Method:
                    hostGroups.Add(StepReader.String(inner, S.HostGroup.Path));
                    break;
                case S.Subnet.Method:
                    subnets.Add(new SubnetSpec(inner.Id, StepReader.String(inner, S.Subnet.Cidr), StepReader.Number(inner, S.Subnet.Vlan, whenAbsent: 0)));
                    break;
                case S.StaticPool.Method:
                    pools.Add(Pool(inner, name, subnets.Count > 0 ? subnets[subnets.Count - 1].Cidr : null, slots));
                    break;
                case S.UsesDhcp.Method:
                    slots.Once(ref dhcp, StepReader.Marker(inner), inner, "UsesDhcp");
                    break;
            }
        }

        return new NetworkSiteSpec(step.Id, name, hostGroups.ToEquatableArray(), subnets.ToEquatableArray(), pools.ToEquatableArray(), dhcp);
    }

    private static StaticPoolSpec Pool(Step step, Setting<string?> siteName, Setting<string?>? subnet, SettingSlots slots)
    {
        Setting<string?>? name = null;
        var reserved = new List<Setting<string?>>();
        var vips = new List<Setting<string?>>();
        var dns = new List<Setting<string?>>();
        foreach (var inner in StepReader.Scope(step, S.StaticPool.Configure))
        {
            switch (inner.Method)
            {
                case S.PoolName.Method:
                    slots.Once(ref name, StepReader.String(inner, S.PoolName.Name), inner, "The pool's name (PoolName)");
                    break;
                case S.Reserve.Method:
                    reserved.AddRange(StepReader.StringItems(inner, S.Reserve.Addresses));
                    break;
                case S.Vips.Method:
                    vips.AddRange(StepReader.StringItems(inner, S.Vips.Addresses));
                    break;
                case S.DnsServers.Method:
                    dns.AddRange(StepReader.StringItems(inner, S.DnsServers.Addresses));
                    break;
            }
        }

        // The default name follows VMM's wizard habit of naming a pool after its site.
        name ??= new Setting<string?>(siteName.IsKnown && siteName.Value is { } site ? site + " Pool" : null, step.Id, null, siteName.IsKnown);

        return new StaticPoolSpec(
            step.Id,
            name,
            subnet,
            StepReader.String(step, S.StaticPool.RangeStart),
            StepReader.String(step, S.StaticPool.RangeEnd),
            StepReader.String(step, S.StaticPool.Gateway),
            StepReader.Number(step, S.StaticPool.Metric),
            reserved.ToEquatableArray(),
            vips.ToEquatableArray(),
            dns.ToEquatableArray());
    }

    /// <summary>Reduces <c>LogicalSwitch(name, ls => ...)</c>.</summary>
    public static LogicalSwitchSpec LogicalSwitch(Step step)
    {
        var profiles = new List<UplinkPortProfileSpec>();
        foreach (var inner in StepReader.Scope(step, S.LogicalSwitch.Configure))
        {
            if (inner.Method == S.UplinkPortProfile.Method)
            {
                profiles.Add(new UplinkPortProfileSpec(inner.Id, StepReader.String(inner, S.UplinkPortProfile.Name), StepReader.Strings(inner, S.UplinkPortProfile.Sites)));
            }
        }

        return new LogicalSwitchSpec(step.Id, StepReader.String(step, S.LogicalSwitch.Name), profiles.ToEquatableArray());
    }
}
