using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GatewayDsl.Core.Steps;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GatewayDsl.Analyzers.Parsing;

/// <summary>
/// Turns an argument's operation into a <see cref="StepValue"/> when the compiler can compute it: literals, constants
/// (also from other classes and files), constant interpolated strings, <c>nameof</c>, enum members, and arrays,
/// <c>params</c> lists or collection expressions of those. Everything else is "not constant" (GW0001).
/// </summary>
internal static class ConstantEvaluator
{
    /// <summary>The value, or null when it is not a compile-time constant; <paramref name="offending"/> is then the part that is not.</summary>
    public static StepValue? Evaluate(IOperation value, bool isParams, out IOperation? offending)
    {
        offending = null;
        if (TryScalar(value, out var scalar))
        {
            return scalar;
        }

        var unwrapped = value;
        while (unwrapped is IConversionOperation conversion)
        {
            unwrapped = conversion.Operand;
        }

        if (unwrapped is IArrayCreationOperation { Initializer: { } initializer })
        {
            var items = new List<StepValue>(initializer.ElementValues.Length);
            foreach (var element in initializer.ElementValues)
            {
                var item = Evaluate(element, isParams: false, out offending);
                if (item is null)
                {
                    offending ??= element;
                    return null;
                }

                items.Add(item);
            }

            return StepValue.ArrayOf(items);
        }

        // Roslyn 4.8 has no ICollectionExpressionOperation (it surfaces as kind None), so read the syntax.
        if (unwrapped.Syntax is CollectionExpressionSyntax collection && unwrapped.SemanticModel is { } model)
        {
            var items = new List<StepValue>(collection.Elements.Count);
            foreach (var element in collection.Elements)
            {
                var elementOperation = element is ExpressionElementSyntax expression ? model.GetOperation(expression.Expression) : null;
                var item = elementOperation is null ? null : Evaluate(elementOperation, isParams: false, out offending);
                if (item is null)
                {
                    offending ??= elementOperation ?? value;
                    return null;
                }

                items.Add(item);
            }

            return StepValue.ArrayOf(items);
        }

        offending = value;
        return null;
    }

    /// <summary>
    /// The value of a left-out optional argument: the parameter's default, as the run-time builder receives it
    /// (an enum default arrives as its underlying number and is mapped back to its member name).
    /// </summary>
    public static StepValue DefaultValue(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue || parameter.ExplicitDefaultValue is null)
        {
            return StepValue.Null;
        }

        var type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : parameter.Type;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return StepValue.EnumMember(EnumMemberName(enumType, parameter.ExplicitDefaultValue));
        }

        return FromConstant(parameter.ExplicitDefaultValue) ?? StepValue.Unknown;
    }

    /// <summary>Where each item of an explicit array or collection expression argument is written (none for other values).</summary>
    public static IReadOnlyList<Location> ItemLocations(IOperation value, SyntaxNode valueSyntax)
    {
        switch (valueSyntax)
        {
            case CollectionExpressionSyntax collection:
                return collection.Elements.Select(e => e.GetLocation()).ToArray();
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return initializer.Expressions.Select(e => e.GetLocation()).ToArray();
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return implicitArray.Initializer.Expressions.Select(e => e.GetLocation()).ToArray();
            default:
                return Array.Empty<Location>();
        }
    }

    private static bool TryScalar(IOperation value, out StepValue? result)
    {
        result = null;

        // An enum converted to Nullable<TEnum> (an optional enum parameter) is not itself constant: look through it.
        var operation = value;
        while (!operation.ConstantValue.HasValue && operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        if (!operation.ConstantValue.HasValue)
        {
            return false;
        }

        var constant = operation.ConstantValue.Value;
        var enumType = EnumType(operation);
        if (enumType is not null && constant is not null)
        {
            result = StepValue.EnumMember(EnumMemberName(enumType, constant));
            return true;
        }

        result = FromConstant(constant);
        return result is not null;
    }

    private static StepValue? FromConstant(object? constant) =>
        constant switch
        {
            null => StepValue.Null,
            string text => StepValue.Of(text),
            bool flag => StepValue.Of(flag),
            int number => StepValue.Of(number),
            long number => StepValue.Of(number),
            uint number => StepValue.Of(number),
            short number => StepValue.Of(number),
            ushort number => StepValue.Of(number),
            byte number => StepValue.Of(number),
            sbyte number => StepValue.Of(number),
            ulong number when number <= long.MaxValue => StepValue.Of((long)number),
            _ => null,
        };

    private static INamedTypeSymbol? EnumType(IOperation operation)
    {
        for (var current = operation; current is not null; current = (current as IConversionOperation)?.Operand)
        {
            if (current.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            {
                return enumType;
            }

            if (current is not IConversionOperation)
            {
                break;
            }
        }

        return null;
    }

    private static string EnumMemberName(INamedTypeSymbol enumType, object constant)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant))
            {
                return field.Name;
            }
        }

        // Same as Enum.ToString() at run time for an undefined value, so both paths give the rules the same text.
        return Convert.ToString(constant, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
