using System.Collections.Generic;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Rules;
using GatewayDsl.Core.Steps;

namespace GatewayDsl.Core.Reduction;

/// <summary>
/// Collects the reducer's own findings. A single-valued setting given twice keeps the later value, as the
/// builder does at run time, and reports GW0003 on the earlier, overridden call (which the code fix removes).
/// </summary>
internal sealed class SettingSlots
{
    private readonly List<Violation> findings = new();

    /// <summary>The findings so far.</summary>
    public EquatableArray<Violation> Findings => findings.ToEquatableArray();

    /// <summary>Stores <paramref name="value"/> in <paramref name="slot"/>, reporting GW0003 if the slot was already set.</summary>
    public void Once<T>(ref T? slot, T value, int previousStepId, Step current, string what)
        where T : class
    {
        if (slot is not null)
        {
            ReportTwice(previousStepId, current, what);
        }

        slot = value;
    }

    /// <summary>Stores a setting once, reporting GW0003 on the earlier call if it was already set.</summary>
    public void Once<T>(ref Setting<T>? slot, Setting<T> value, Step current, string what)
    {
        if (slot is not null)
        {
            ReportTwice(slot.StepId, current, what);
        }

        slot = value;
    }

    private void ReportTwice(int previousStepId, Step current, string what) =>
        findings.Add(new Violation(
            UsageRules.SettingGivenTwice,
            UsageRules.SettingGivenTwice.DefaultSeverity,
            $"{what} is given twice; this call is overridden by a later {current.Method}(...) call. Remove one of the two calls.",
            SourceRef.Call(previousStepId),
            EquatableArray.Create(SourceRef.Call(current.Id))));
}
