using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace GatewayDsl.PowerShell.Tests.Harness;

/// <summary>What a script left behind, as text: where the secret tests look for a sentinel that must not be there.</summary>
public static class ReachableText
{
    /// <summary>Every object the stub VMM fabric holds after a run, of every kind.</summary>
    public static IEnumerable<object?> AllFabricObjects(PowerShellHarness harness)
    {
        var kinds = harness.RunScript("$global:VmmFabric.Keys").Output.Select(o => (string)o.BaseObject);
        return kinds.SelectMany(k => harness.Fabric(k));
    }

    /// <summary>Every string reachable from a value: strings, ToString() of other values, note properties, collections.</summary>
    public static IEnumerable<string> Texts(object? value, int depth)
    {
        if (value is null || depth < 0)
            yield break;
        var v = value is PSObject p && p.BaseObject is not PSCustomObject ? p.BaseObject : value;
        yield return v is PSObject ? "" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        if (v is PSObject o)
        {
            foreach (var prop in o.Properties.Where(x => x.MemberType == PSMemberTypes.NoteProperty))
            {
                foreach (var t in Texts(prop.Value, depth - 1))
                    yield return t;
            }
        }
        else if (v is IEnumerable e and not string)
        {
            foreach (var item in e)
            {
                foreach (var t in Texts(item, depth - 1))
                    yield return t;
            }
        }
    }
}
