using System.Linq;
using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Steps;

/// <summary>
/// One recorded call of a DSL builder method: which method, with which argument values.
/// The runtime builder records these; the compile-time parser produces the same from source code.
/// Neither knows what a step means: only <see cref="Reduction.GatewayReducer"/> does.
/// </summary>
/// <param name="Id">A number unique within one definition, assigned in call order (a call before the calls inside its lambda).
/// Violations point at steps by this number; the analyzer maps it back to a source location.</param>
/// <param name="Method">The builder method's name (one of <see cref="DslSteps"/>).</param>
/// <param name="Arguments">The arguments, by parameter name, including defaulted ones.</param>
internal sealed record Step(int Id, string Method, EquatableArray<StepArgument> Arguments)
{
    /// <summary>The value of the named argument, or <see cref="StepValue.Null"/> when absent.</summary>
    public StepValue Get(string parameter)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Parameter == parameter)
            {
                return argument.Value;
            }
        }

        return StepValue.Null;
    }

    /// <summary>Whether the call passed the named argument.</summary>
    public bool Has(string parameter) => Arguments.Any(a => a.Parameter == parameter);

    /// <inheritdoc/>
    public override string ToString() => Method + "(" + string.Join(", ", Arguments.Select(a => a.Parameter + ": " + a.Value)) + ")";
}
