using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>Describes the network service that represents the gateway in VMM (procedure steps 12 to 21).</summary>
public sealed class NetworkServiceBuilder : ScopeBuilder<NetworkServiceBuilder>
{
    internal NetworkServiceBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>An optional description (step 13).</summary>
    /// <param name="text">The description.</param>
    public NetworkServiceBuilder Description(string text) => Record(S.Description.Method, Arg.Of(S.Description.Text, text));

    /// <summary>The host groups the gateway is available to (step 19): include every host group of the connected sites (GW1007).</summary>
    /// <param name="paths">Host group paths.</param>
    public NetworkServiceBuilder HostGroups(params string[] paths) => Record(S.HostGroups.Method, Arg.Strings(S.HostGroups.Paths, paths));

    /// <summary>The front-end connection (step 21): a site of the External network with a static pool.</summary>
    /// <param name="site">The network site's name.</param>
    public NetworkServiceBuilder FrontEnd(string site) => Record(S.Connection.FrontEnd, Arg.Of(S.Connection.Site, site));

    /// <summary>The back-end connection (step 21): a site of the network-virtualization network with a static pool.</summary>
    /// <param name="site">The network site's name.</param>
    public NetworkServiceBuilder BackEnd(string site) => Record(S.Connection.BackEnd, Arg.Of(S.Connection.Site, site));

    /// <summary>The Run As account for the service's credentials (step 15). Leave it out to use the domain-join account, which it must be (GW1009).</summary>
    /// <param name="name">The Run As account's name.</param>
    public NetworkServiceBuilder RunAsAccount(string name) => Record(S.RunAsAccount.Method, Arg.Of(S.RunAsAccount.Name, name));
}
