using System;
using GatewayDsl.Core.Steps;
using GatewayDsl.Recording;

namespace GatewayDsl;

/// <summary>The common base of the nested builders: each method records one step and returns the builder.</summary>
/// <typeparam name="TSelf">The concrete builder, so chains keep their type.</typeparam>
public abstract class ScopeBuilder<TSelf>
    where TSelf : ScopeBuilder<TSelf>
{
    private protected ScopeBuilder(StepRecorder recorder) => Recorder = recorder;

    private protected StepRecorder Recorder { get; }

    private protected TSelf Record(string method, params StepArgument[] arguments)
    {
        Recorder.Record(method, arguments);
        return (TSelf)this;
    }

    private protected TSelf Scope<TBuilder>(string method, string configureParameter, Func<StepRecorder, TBuilder> create, Action<TBuilder>? configure, params StepArgument[] arguments)
    {
        Recorder.RecordScope(method, configureParameter, create, configure, arguments);
        return (TSelf)this;
    }
}
