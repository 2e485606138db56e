using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GatewayDsl.Core.Common;
using GatewayDsl.Generators.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GatewayDsl.Generators.Tests.Pipeline;

/// <summary>
/// A reflection walk over every type the pipeline caches (the models and everything reachable through their
/// properties, generic arguments and array element types): no Roslyn object that pins a compilation, and no collection
/// that compares by reference, because either one silently defeats incremental caching.
/// </summary>
public sealed class PipelineModelShapeTests
{
    private static readonly Type[] Banned =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SemanticModel), typeof(Compilation),
        typeof(AttributeData), typeof(SyntaxReference),
    };

    [Fact]
    public void Pipeline_models_hold_only_value_equatable_data()
    {
        var problems = PipelineModelWalker.Problems(typeof(DefinitionSteps), typeof(GatewayModel), typeof(TemplateOverride), typeof(EquatableArray<TemplateOverride>), typeof(GeneratedClass));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Walk_finds_banned_members_deep_inside()
    {
        var problems = PipelineModelWalker.Problems(typeof(BadModel));

        Assert.Contains(problems, p => p.Contains("BadModel.Names") && p.Contains("array"));
        Assert.Contains(problems, p => p.Contains("BadModel.Inner.Symbol") && p.Contains("ISymbol"));
        Assert.Contains(problems, p => p.Contains("BadModel.Inner.Lists") && p.Contains("collection"));
        Assert.Contains(problems, p => p.Contains("BadModel.Plain") && p.Contains("IEquatable"));
        Assert.Contains(problems, p => p.Contains("BadModel.Wrapped") && p.Contains("SyntaxNode"));
    }

    /// <summary>Walks model types; a problem names the member path and what is wrong.</summary>
    private static class PipelineModelWalker
    {
        public static IReadOnlyList<string> Problems(params Type[] roots)
        {
            var problems = new List<string>();
            var seen = new HashSet<Type>();
            foreach (var root in roots)
            {
                Walk(root, root.Name, seen, problems);
            }

            return problems;
        }

        private static void Walk(Type type, string path, HashSet<Type> seen, List<string> problems)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal))
            {
                return;
            }

            if (Banned.FirstOrDefault(b => b.IsAssignableFrom(type)) is { } banned)
            {
                problems.Add($"{path}: {type.Name} is a {banned.Name}, which pins the compilation");
                return;
            }

            if (type.IsArray)
            {
                problems.Add($"{path}: {type.Name} is an array, which compares by reference (use EquatableArray<T>)");
                Walk(type.GetElementType()!, path + "[]", seen, problems);
                return;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                Walk(type.GetGenericArguments()[0], path + "[]", seen, problems);
                return;
            }

            if (typeof(IEnumerable).IsAssignableFrom(type))
            {
                problems.Add($"{path}: {type.Name} is a collection that compares by reference (use EquatableArray<T>)");
                foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
                {
                    Walk(argument, path + "[]", seen, problems);
                }

                return;
            }

            if (!seen.Add(type))
            {
                return;
            }

            if (!typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type))
            {
                problems.Add($"{path}: {type.Name} does not implement IEquatable<{type.Name}> (make it a record)");
            }

            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
            {
                Walk(argument, $"{path}<{argument.Name}>", seen, problems);
            }

            const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
            foreach (var property in type.GetProperties(Instance).Where(p => p.Name != "EqualityContract" && p.GetIndexParameters().Length == 0))
            {
                Walk(property.PropertyType, path + "." + property.Name, seen, problems);
            }
        }
    }

#pragma warning disable CA1812, SA1201 // Shapes the walk must reject.
    private sealed record BadModel(string[] Names, BadInner Inner, PlainClass Plain, Wrapper<SyntaxNode> Wrapped);

    private sealed record BadInner(ISymbol Symbol, List<int> Lists);

    private sealed class PlainClass
    {
        public int Value { get; init; }
    }

    private sealed record Wrapper<T>(int Count);
#pragma warning restore CA1812, SA1201
}
