using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Steps;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl.Core.Reduction;

/// <summary>
/// The only place that knows what a step means: turns the steps recorded by the runtime builder, or produced by the
/// compile-time parser, into a <see cref="GatewaySpec"/>. Unknown methods are ignored (a newer builder may record
/// steps an older reducer does not know); it never throws on odd values.
/// </summary>
internal static class GatewayReducer
{
    /// <summary>Reduces the root steps of one definition (the first is normally <c>Gateway.Named</c>).</summary>
    public static ReductionResult Reduce(IReadOnlyList<Step> rootSteps)
    {
        var slots = new SettingSlots();
        Setting<string?>? name = null, domain = null, vmmDomain = null, gatewayVm = null, backendSwitch = null;
        Setting<string?>? frontEnd = null, vpnServer = null, domainJoin = null, administrator = null;
        Setting<bool>? directRouting = null, sameNetwork = null;
        Setting<long>? maxVmNetworks = null;
        HostClusterSpec? hostCluster = null;
        LogicalSwitchSpec? logicalSwitch = null;
        FileShareSpec? fileShare = null;
        LibrarySpec? library = null;
        ServiceTemplateSpec? serviceTemplate = null;
        NetworkServiceSpec? networkService = null;
        var logicalNetworks = new List<LogicalNetworkSpec>();
        var vmNetworks = new List<VmNetworkSpec>();
        var rootStepId = rootSteps.Count > 0 ? rootSteps[0].Id : 0;

        foreach (var step in rootSteps)
        {
            switch (step.Method)
            {
                case S.Named.Method:
                    rootStepId = step.Id;
                    slots.Once(ref name, StepReader.String(step, S.Named.Name), step, "The gateway name (Gateway.Named)");
                    break;
                case S.InDomain.Method:
                    slots.Once(ref domain, StepReader.String(step, S.InDomain.Fqdn), step, "The domain (InDomain)");
                    break;
                case S.VmmServerInDomain.Method:
                    slots.Once(ref vmmDomain, StepReader.String(step, S.VmmServerInDomain.Fqdn), step, "The VMM server's domain (VmmServerInDomain)");
                    break;
                case S.GatewayVm.Method:
                    slots.Once(ref gatewayVm, StepReader.String(step, S.GatewayVm.Name), step, "The gateway VM (GatewayVm)");
                    break;
                case S.BackendSwitch.Method:
                    slots.Once(ref backendSwitch, StepReader.String(step, S.BackendSwitch.Name), step, "The back-end switch (BackendSwitch)");
                    break;
                case S.DirectRoutingMode.Method:
                    slots.Once(ref directRouting, StepReader.Boolean(step, S.DirectRoutingMode.Enabled), step, "DirectRoutingMode");
                    break;
                case S.FrontEndServerAddress.Method:
                    slots.Once(ref frontEnd, StepReader.String(step, S.FrontEndServerAddress.Address), step, "FrontEndServerAddress");
                    break;
                case S.VpnServerAddress.Method:
                    slots.Once(ref vpnServer, StepReader.String(step, S.VpnServerAddress.Address), step, "VPNServerAddress");
                    break;
                case S.MaxVmNetworks.Method:
                    slots.Once(ref maxVmNetworks, StepReader.Number(step, S.MaxVmNetworks.Count), step, "MaxVMNetworksSupported (MaxVmNetworks)");
                    break;
                case S.InfrastructureRoutesToSameNetworkAsExternal.Method:
                    slots.Once(ref sameNetwork, StepReader.Boolean(step, S.InfrastructureRoutesToSameNetworkAsExternal.Value), step, "InfrastructureRoutesToSameNetworkAsExternal");
                    break;
                case S.DomainJoinAccount.Method:
                    slots.Once(ref domainJoin, StepReader.String(step, S.DomainJoinAccount.RunAsAccount), step, "The domain-join Run As account (DomainJoinAccount)");
                    break;
                case S.AdministratorAccount.Method:
                    slots.Once(ref administrator, StepReader.String(step, S.AdministratorAccount.RunAsAccount), step, "The administrator Run As account (AdministratorAccount)");
                    break;
                case S.OnHostCluster.Method:
                    slots.Once(ref hostCluster, FabricReducer.HostCluster(step, slots), hostCluster?.StepId ?? 0, step, "The host cluster (OnHostCluster)");
                    break;
                case S.LogicalNetwork.NetworkVirtualization:
                    logicalNetworks.Add(NetworkReducer.LogicalNetwork(step, NetworkRole.NetworkVirtualization, slots));
                    break;
                case S.LogicalNetwork.External:
                    logicalNetworks.Add(NetworkReducer.LogicalNetwork(step, NetworkRole.External, slots));
                    break;
                case S.LogicalNetwork.Infrastructure:
                    logicalNetworks.Add(NetworkReducer.LogicalNetwork(step, NetworkRole.Infrastructure, slots));
                    break;
                case S.LogicalSwitch.Method:
                    slots.Once(ref logicalSwitch, NetworkReducer.LogicalSwitch(step), logicalSwitch?.StepId ?? 0, step, "The logical switch (LogicalSwitch)");
                    break;
                case S.ScaleOutFileServer.Method:
                    slots.Once(ref fileShare, new FileShareSpec(step.Id, StepReader.String(step, S.ScaleOutFileServer.Server), StepReader.String(step, S.ScaleOutFileServer.Share)), fileShare?.StepId ?? 0, step, "The Scale-Out File Server share (ScaleOutFileServer)");
                    break;
                case S.Library.Method:
                    slots.Once(ref library, FabricReducer.Library(step, slots), library?.StepId ?? 0, step, "The library (Library)");
                    break;
                case S.ServiceTemplate.Method:
                    slots.Once(ref serviceTemplate, FabricReducer.ServiceTemplate(step, slots), serviceTemplate?.StepId ?? 0, step, "The service template (ServiceTemplate)");
                    break;
                case S.NetworkService.Method:
                    slots.Once(ref networkService, FabricReducer.NetworkService(step, slots), networkService?.StepId ?? 0, step, "The network service (NetworkService)");
                    break;
                case S.VmNetwork.Method:
                    vmNetworks.Add(ConnectivityReducer.VmNetwork(step, slots));
                    break;
            }
        }

        var spec = new GatewaySpec
        {
            RootStepId = rootStepId,
            Name = name,
            Domain = domain,
            VmmServerDomain = vmmDomain,
            HostCluster = hostCluster,
            GatewayVm = gatewayVm,
            BackendSwitch = backendSwitch,
            DirectRoutingMode = directRouting,
            FrontEndServerAddress = frontEnd,
            VpnServerAddress = vpnServer,
            MaxVmNetworks = maxVmNetworks,
            InfrastructureRoutesToSameNetworkAsExternal = sameNetwork,
            LogicalNetworks = logicalNetworks.ToEquatableArray(),
            LogicalSwitch = logicalSwitch,
            FileShare = fileShare,
            Library = library,
            ServiceTemplate = serviceTemplate,
            DomainJoinAccount = domainJoin,
            AdministratorAccount = administrator,
            NetworkService = networkService,
            VmNetworks = vmNetworks.ToEquatableArray(),
        };

        return new ReductionResult(spec, slots.Findings.Concat(UnwritableText.Find(rootSteps)).ToEquatableArray());
    }
}
