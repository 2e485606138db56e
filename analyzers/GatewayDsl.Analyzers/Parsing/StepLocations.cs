using System.Collections.Generic;
using GatewayDsl.Core.Model;
using Microsoft.CodeAnalysis;

namespace GatewayDsl.Analyzers.Parsing;

/// <summary>
/// Where each step of a parsed definition is written: the call, each argument, each item of a <c>params</c> argument.
/// Kept beside the steps (never inside them) so that the steps stay location-free and cacheable.
/// </summary>
internal sealed class StepLocations
{
    private readonly Dictionary<int, CallSite> calls = new();

    /// <summary>Where the definition as a whole is (the definition method's name).</summary>
    public StepLocations(Location definition) => Definition = definition;

    /// <summary>The definition method's name, used for findings about the definition as a whole.</summary>
    public Location Definition { get; }

    /// <summary>Records where a step's call is written.</summary>
    public CallSite Add(int stepId, Location call)
    {
        var site = new CallSite(call);
        calls[stepId] = site;
        return site;
    }

    /// <summary>The source location of <paramref name="at"/>: the item, else the argument, else the call, else the definition.</summary>
    public Location Resolve(SourceRef at)
    {
        if (!calls.TryGetValue(at.StepId, out var site))
        {
            return Definition;
        }

        if (at.Parameter is null || !site.Arguments.TryGetValue(at.Parameter, out var argument))
        {
            return site.Call;
        }

        return at.Index >= 0 && at.Index < argument.Items.Count ? argument.Items[at.Index] : argument.Whole;
    }

    /// <summary>Where one call and its arguments are written.</summary>
    internal sealed class CallSite
    {
        /// <summary>Creates a call site.</summary>
        public CallSite(Location call) => Call = call;

        /// <summary>The call: from the method name to the closing parenthesis.</summary>
        public Location Call { get; }

        /// <summary>The arguments by parameter name (explicit arguments only; defaulted ones resolve to the call).</summary>
        public Dictionary<string, ArgumentSite> Arguments { get; } = new();
    }

    /// <summary>Where one argument is written.</summary>
    /// <param name="Whole">The whole argument (all items of a <c>params</c> list).</param>
    /// <param name="Items">Each item of an array or <c>params</c> argument.</param>
    internal sealed record ArgumentSite(Location Whole, IReadOnlyList<Location> Items);
}
