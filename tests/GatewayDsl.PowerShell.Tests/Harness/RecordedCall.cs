using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace GatewayDsl.PowerShell.Tests.Harness;

/// <summary>One call a script made to a stub VMM cmdlet, recorded after PowerShell bound its parameters.</summary>
/// <param name="Cmdlet">Cmdlet name as declared by the stub, e.g. <c>New-SCLogicalNetwork</c>.</param>
/// <param name="ParameterSet">
/// The set PowerShell resolved (<c>$PSCmdlet.ParameterSetName</c>); <c>(All)</c> for a cmdlet with one unnamed set,
/// as in the reference TSV.
/// </param>
/// <param name="Parameters">
/// Bound parameters (case-insensitive keys) in binding order. Values are unwrapped from <see cref="PSObject"/> unless they
/// are fabric objects (which stay <see cref="PSObject"/> so their properties can be read); switches are <see cref="bool"/>,
/// arrays are <c>object?[]</c>, a SecureString is <see cref="SecureStringMarker"/>, a PSCredential is
/// <c>&lt;PSCredential:user&gt;</c>.
/// </param>
public sealed record RecordedCall(string Cmdlet, string ParameterSet, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>What a SecureString argument is recorded as; the plain text is never read.</summary>
    public const string SecureStringMarker = "<SecureString>";

    /// <summary>True when the parameter was bound.</summary>
    public bool Has(string parameter) => Parameters.ContainsKey(parameter);

    /// <summary>The bound value of a parameter (throws when it was not bound).</summary>
    public object? this[string parameter] => Parameters.TryGetValue(parameter, out var v)
        ? v
        : throw new KeyNotFoundException($"{Cmdlet} was called without -{parameter}. Bound: {string.Join(", ", Parameters.Keys)}.");

    /// <summary>A fabric-object argument's property, e.g. <c>call.Property("LogicalNetwork", "Name")</c>.</summary>
    public object? Property(string parameter, string property) =>
        this[parameter] is PSObject o ? o.Properties[property]?.Value : null;

    /// <summary>Compact text for assertion messages: <c>New-SCVMNetwork[Default] -Name 'x' -LogicalNetwork &lt;LogicalNetwork 'y'&gt;</c>.</summary>
    public override string ToString() =>
        $"{Cmdlet}[{ParameterSet}]" + string.Concat(Parameters.Select(p => $" -{p.Key} {Describe(p.Value)}"));

    internal static string Describe(object? value) => value switch
    {
        null => "$null",
        string s => "'" + s + "'",
        bool b => b ? "$true" : "$false",
        PSObject o when FabricObject.KindOf(o) is { } kind => $"<{kind} '{o.Properties["Name"]?.Value}'>",
        IEnumerable e => "@(" + string.Join(", ", e.Cast<object?>().Select(Describe)) + ")",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };
}

/// <summary>Helpers for objects of the stub fabric.</summary>
public static class FabricObject
{
    /// <summary>The type-name prefix a fabric object carries, followed by its kind.</summary>
    public const string TypePrefix = "Microsoft.SystemCenter.VirtualMachineManager.";

    /// <summary>The kind (VMM type name, e.g. <c>LogicalNetwork</c>) of a fabric object, or null for anything else.</summary>
    public static string? KindOf(PSObject o)
    {
        if (!o.TypeNames.Contains("VmmStub.FabricObject"))
            return null;
        var t = o.TypeNames.FirstOrDefault(n => n.StartsWith(TypePrefix, StringComparison.Ordinal));
        return t?[TypePrefix.Length..];
    }

    /// <summary>A property value of a PowerShell object, or null when absent.</summary>
    public static object? Get(PSObject o, string property) => Unwrap(o.Properties[property]?.Value);

    /// <summary>
    /// Unwraps <see cref="PSObject"/> around plain .NET values; keeps fabric objects and other PSCustomObjects wrapped.
    /// </summary>
    public static object? Unwrap(object? value) => value switch
    {
        PSObject o when o.BaseObject is PSCustomObject => o,
        PSObject o => Unwrap(o.BaseObject),
        object?[] a => a.Select(Unwrap).ToArray(),
        _ => value,
    };
}
