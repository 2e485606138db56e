using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>Describes a static IP pool's name, reserved addresses, VIPs and DNS servers.</summary>
public sealed class StaticPoolBuilder : ScopeBuilder<StaticPoolBuilder>
{
    internal StaticPoolBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>The pool's name in VMM (default: the site's name followed by " Pool").</summary>
    /// <param name="name">The pool's name.</param>
    public StaticPoolBuilder PoolName(string name) => Record(S.PoolName.Method, Arg.Of(S.PoolName.Name, name));

    /// <summary>
    /// Addresses reserved for other uses (<c>-IPAddressReservedSet</c>). On the Infrastructure pool, reserve the gateway's
    /// VMClusterStaticIPAddress here (GW2005).
    /// </summary>
    /// <param name="addresses">Addresses or ranges such as <c>10.0.0.25-10.0.0.35</c>.</param>
    public StaticPoolBuilder Reserve(params string[] addresses) => Record(S.Reserve.Method, Arg.Strings(S.Reserve.Addresses, addresses));

    /// <summary>Addresses set aside for VIPs (<c>-VIPAddressSet</c>).</summary>
    /// <param name="addresses">Addresses or ranges.</param>
    public StaticPoolBuilder Vips(params string[] addresses) => Record(S.Vips.Method, Arg.Strings(S.Vips.Addresses, addresses));

    /// <summary>DNS servers handed out by the pool. The Infrastructure network needs a reachable DNS server and domain controller (R23).</summary>
    /// <param name="addresses">DNS server addresses.</param>
    public StaticPoolBuilder DnsServers(params string[] addresses) => Record(S.DnsServers.Method, Arg.Strings(S.DnsServers.Addresses, addresses));
}
