using System;
using System.Collections.Generic;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Steps;

namespace GatewayDsl.Recording;

/// <summary>
/// Records the calls made on one builder scope as neutral <see cref="Step"/>s. The builder only records; what a call
/// means is decided by the shared reducer, exactly as for the steps the compile-time parser reads from source.
/// </summary>
internal sealed class StepRecorder
{
    private readonly StepIdSource ids;
    private readonly List<Step> steps = new();

    /// <summary>Creates a recorder that numbers its steps from <paramref name="ids"/>.</summary>
    public StepRecorder(StepIdSource ids) => this.ids = ids;

    /// <summary>The steps recorded so far, in call order.</summary>
    public IReadOnlyList<Step> Steps => steps;

    /// <summary>Records a call with plain arguments.</summary>
    public void Record(string method, params StepArgument[] arguments) =>
        steps.Add(new Step(ids.Next(), method, arguments.ToEquatableArray()));

    /// <summary>
    /// Records a call whose last argument is a configuring lambda: the call takes its number first, then the lambda
    /// runs on a nested recorder, so numbering matches the parser's (a call before the calls inside its lambda).
    /// </summary>
    public void RecordScope<TBuilder>(string method, string configureParameter, Func<StepRecorder, TBuilder> createBuilder, Action<TBuilder>? configure, params StepArgument[] arguments)
    {
        var id = ids.Next();
        var nested = new StepRecorder(ids);
        configure?.Invoke(createBuilder(nested));
        var all = new List<StepArgument>(arguments)
        {
            new(configureParameter, configure is null ? StepValue.Null : StepValue.ScopeOf(nested.Steps)),
        };
        steps.Add(new Step(id, method, all.ToEquatableArray()));
    }

    /// <summary>A number for a value-producing factory step (e.g. <c>Secret.FromEnvironment</c>).</summary>
    public int NextId() => ids.Next();
}

/// <summary>Hands out step numbers for one definition.</summary>
internal sealed class StepIdSource
{
    private int next;

    /// <summary>The next number (the first is 1; 0 means "the definition as a whole").</summary>
    public int Next() => ++next;
}
