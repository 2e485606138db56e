using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Reflection.Emit;

namespace GatewayDsl.PowerShell.Tests.Harness;

/// <summary>
/// The .NET types the generated stubs refer to. They are .NET types made once per process on purpose, not PowerShell
/// <c>enum</c>/<c>class</c> definitions in the stub script: PowerShell compiles a script's enums and classes into a new dynamic
/// assembly each time a runspace loads the script, and never unloads it, so one runspace per test would leave one assembly
/// per test behind. It also keeps the argument check in C#, where it is unit-tested.
/// </summary>
public static class VmmStubTypes
{
    /// <summary>Namespace of the enum types, e.g. <c>VmmStub.VPNProtocol</c>.</summary>
    public const string EnumNamespace = "VmmStub";

    private static readonly object Gate = new();
    private static readonly Dictionary<string, (Type Type, IReadOnlyList<string> Values)> Enums = new(StringComparer.Ordinal);
    private static ModuleBuilder? _module;

    /// <summary>
    /// Makes sure a .NET enum exists for each of the catalog's enum types (one dynamic assembly per process) and returns the
    /// PowerShell type name to use, by VMM type name.
    /// </summary>
    public static IReadOnlyDictionary<string, string> EnsureEnums(IEnumerable<VmmEnum> enums)
    {
        lock (Gate)
        {
            _module ??= AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("VmmStub.Enums"), AssemblyBuilderAccess.Run).DefineDynamicModule("VmmStub.Enums");
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in enums)
            {
                if (Enums.TryGetValue(e.TypeName, out var existing))
                {
                    if (!existing.Values.SequenceEqual(e.Values))
                        throw new InvalidOperationException($"Enum {e.TypeName} was already defined with other values.");
                }
                else
                {
                    var builder = _module.DefineEnum(EnumNamespace + "." + e.TypeName, TypeAttributes.Public, typeof(int));
                    for (var i = 0; i < e.Values.Count; i++)
                        builder.DefineLiteral(e.Values[i], i);
                    Enums[e.TypeName] = (builder.CreateType(), e.Values);
                }

                names[e.TypeName] = Enums[e.TypeName].Type.FullName!;
            }

            return names;
        }
    }
}

/// <summary>
/// <c>[GatewayDsl.PowerShell.Tests.Harness.VmmObject('LogicalNetwork')]</c> on every stub parameter whose type is a VMM class:
/// rejects an argument the real cmdlet could not convert (a string or number, or a fabric object of another VMM type) with
/// a ParameterArgumentTransformationError, as a compiled cmdlet does. An argument transformation rather than a validation
/// attribute so that PowerShell's own checks keep their real behaviour and messages: <c>$null</c> for a mandatory parameter is
/// "Cannot bind argument to parameter 'X' because it is null", <c>$null</c> for an optional one is accepted.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class VmmObjectAttribute : ArgumentTransformationAttribute
{
    // Which fabric object kinds an argument of a VMM parameter type may be, beyond the type itself.
    private static readonly Dictionary<string, string[]> Compatible = new(StringComparer.Ordinal)
    {
        ["NetworkServiceBase"] = new[] { "NetworkService", "NetworkGateway" }, // Add-SCVMNetworkGateway -NetworkGateway (COMM)
        ["VMMCredential"] = new[] { "RunAsAccount" },                          // ...or a PSCredential, which is no fabric object
        ["ClientObject"] = new[] { "*" },                                      // Set-SCPackageMapping -TargetObject, -SetQuorumDisk
    };

    /// <summary>Creates the attribute for a VMM type name (element type for array parameters).</summary>
    public VmmObjectAttribute(string typeName) => TypeName = typeName;

    /// <summary>The VMM type the parameter takes.</summary>
    public string TypeName { get; }

    /// <inheritdoc />
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        foreach (var item in Items(inputData))
        {
            if (Problem(item, TypeName) is { } problem)
                throw new ArgumentTransformationMetadataException(problem);
        }

        return inputData;
    }

    /// <summary>Why <paramref name="value"/> cannot be a <paramref name="typeName"/>, or null when it can.</summary>
    public static string? Problem(object? value, string typeName)
    {
        var raw = value is PSObject p ? p.BaseObject : value;
        if (raw is null)
            return null;
        if (raw is string || raw.GetType().IsValueType)
            return $"Cannot convert the \"{raw}\" value of type \"{raw.GetType().FullName}\" to type \"{typeName}\".";

        // Objects that are not fabric objects (hand-made test objects, a PSCredential) are let through.
        var kind = FabricObject.KindOf(PSObject.AsPSObject(value!));
        if (kind is null || kind == typeName)
            return null;
        if (Compatible.TryGetValue(typeName, out var ok) && (ok.Contains("*") || ok.Contains(kind)))
            return null;
        return $"Cannot convert the \"{kind}\" object to type \"{typeName}\".";
    }

    private static IEnumerable<object?> Items(object? inputData)
    {
        var raw = inputData is PSObject p ? p.BaseObject : inputData;
        if (raw is IEnumerable e and not string and not IDictionary)
            return e.Cast<object?>();
        return new[] { inputData };
    }
}
