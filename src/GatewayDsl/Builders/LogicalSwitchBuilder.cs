using GatewayDsl.Recording;
using S = GatewayDsl.Core.Steps.DslSteps;

namespace GatewayDsl;

/// <summary>Describes a logical switch's uplink port profiles.</summary>
public sealed class LogicalSwitchBuilder : ScopeBuilder<LogicalSwitchBuilder>
{
    internal LogicalSwitchBuilder(StepRecorder recorder)
        : base(recorder)
    {
    }

    /// <summary>An uplink port profile and the network sites it includes; together they must cover all three logical networks (GW2012).</summary>
    /// <param name="name">The uplink port profile's name.</param>
    /// <param name="sites">The names of the network sites it includes.</param>
    public LogicalSwitchBuilder UplinkPortProfile(string name, params string[] sites) =>
        Record(S.UplinkPortProfile.Method, Arg.Of(S.UplinkPortProfile.Name, name), Arg.Strings(S.UplinkPortProfile.Sites, sites));
}
