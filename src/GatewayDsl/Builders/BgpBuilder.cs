using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>Describes BGP peers (<c>Add-SCBGPPeer</c>).</summary>
public sealed class BgpBuilder : ScopeBuilder<BgpBuilder>
{
    internal BgpBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>A BGP peer provided by the tenant.</summary>
    /// <param name="address">The peer's IP address.</param>
    /// <param name="asn">The peer's autonomous system number (1 to 4294967294).</param>
    public BgpBuilder Peer(string address, long asn) => Record(S.Peer.Method, Arg.Of(S.Peer.Address, address), Arg.Of(S.Peer.Asn, asn));
}
