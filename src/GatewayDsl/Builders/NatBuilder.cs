using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>Describes NAT connectivity (<c>Add-SCNATConnection</c>, <c>Add-SCNATRule</c>).</summary>
public sealed class NatBuilder : ScopeBuilder<NatBuilder>
{
    internal NatBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>Take the NAT address from a static pool of the External network.</summary>
    /// <param name="poolName">The pool's name.</param>
    public NatBuilder ExternalPool(string poolName) => Record(S.ExternalPool.Method, Arg.Of(S.ExternalPool.PoolName, poolName));

    /// <summary>Use this external address for NAT.</summary>
    /// <param name="address">The external IP address.</param>
    public NatBuilder ExternalAddress(string address) => Record(S.ExternalAddress.Method, Arg.Of(S.ExternalAddress.Address, address));

    /// <summary>A port-forwarding rule from the external address to a tenant VM.</summary>
    /// <param name="name">The rule's name.</param>
    /// <param name="protocol">TCP or UDP.</param>
    /// <param name="externalPort">The external port.</param>
    /// <param name="internalAddress">The tenant VM's address.</param>
    /// <param name="internalPort">The tenant VM's port.</param>
    public NatBuilder Rule(string name, NatProtocol protocol, int externalPort, string internalAddress, int internalPort) =>
        Record(
            S.NatRule.Method,
            Arg.Of(S.NatRule.Name, name),
            Arg.Enum(S.NatRule.Protocol, protocol),
            Arg.Of(S.NatRule.ExternalPort, externalPort),
            Arg.Of(S.NatRule.InternalAddress, internalAddress),
            Arg.Of(S.NatRule.InternalPort, internalPort));
}
