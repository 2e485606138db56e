using System;
using System.Collections.Immutable;
using System.Linq;
using GatewayDsl.Analyzers.Diagnostics;
using GatewayDsl.Analyzers.Parsing;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Rules;
using GatewayDsl.Core.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GatewayDsl.Analyzers;

/// <summary>
/// Evaluates each <c>[Gateway]</c> definition as it is typed and reports every rule of the procedure on the argument
/// that causes it. One analyzer hosts all rules because they share one evaluation per definition: parse once, reduce
/// once, then run each rule (each rule is still its own class in the shared core).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GatewayDefinitionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => GatewayDiagnostics.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Projects that do not reference the DSL stop here and pay nothing more.
            var types = KnownTypes.TryCreate(start.Compilation);
            if (types is null)
            {
                return;
            }

            // Only [Gateway] classes register the operation-block action, so the compiler builds IOperation trees for
            // their members alone. Registered for the whole compilation, it made every method body of a project that
            // references the DSL pay for IOperation trees (docs/performance.md).
            start.RegisterSymbolStartAction(symbol => AnalyzeDefinitionClass(symbol, types), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeDefinitionClass(SymbolStartAnalysisContext context, KnownTypes types)
    {
        if (context.Symbol is not INamedTypeSymbol type || !types.IsDefinitionClass(type))
        {
            return;
        }

        context.RegisterOperationBlockAction(block => AnalyzeDefinition(block, type, types));
        context.RegisterSymbolEndAction(end => CheckDefinitionCount(end, type, types));
        context.RegisterSymbolEndAction(CheckGeneratedPart);
    }

    private static void AnalyzeDefinition(OperationBlockAnalysisContext context, INamedTypeSymbol type, KnownTypes types)
    {
        // A nested class's members are in its container's scope too: each definition is read by its own class only.
        if (context.OwningSymbol is not IMethodSymbol method
            || !types.IsDefinitionMethod(method)
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, type))
        {
            return;
        }

        var body = context.OperationBlocks.FirstOrDefault(b => b is IBlockOperation);
        var parsed = DefinitionParser.Parse(types, body, method.Locations.FirstOrDefault() ?? Location.None, context.CancellationToken);
        foreach (var problem in parsed.Problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(GatewayDiagnostics.For(problem.Rule), problem.Location, problem.Message));
        }

        var result = GatewayValidator.Validate(parsed.Steps);
        foreach (var violation in result.Violations)
        {
            context.ReportDiagnostic(ToDiagnostic(violation, parsed.Locations));
        }
    }

    private static void CheckDefinitionCount(SymbolAnalysisContext context, INamedTypeSymbol type, KnownTypes types)
    {
        var definitions = type.GetMembers().OfType<IMethodSymbol>().Where(types.IsDefinitionMethod).ToArray();
        if (definitions.Length == 1)
        {
            return;
        }

        var location = definitions.Length == 0 ? type.Locations.FirstOrDefault() : definitions[1].Locations.FirstOrDefault();
        var message = definitions.Length == 0
            ? $"The [Gateway] class '{type.Name}' has no definition: add 'public static GatewayDefinition Define() => Gateway.Named(\"...\")...;'."
            : $"The [Gateway] class '{type.Name}' has {definitions.Length} methods returning GatewayDefinition; a class holds one definition. Move '{definitions[1].Name}' to its own [Gateway] class.";
        context.ReportDiagnostic(Diagnostic.Create(GatewayDiagnostics.For(UsageRules.UnsupportedConstruct), location ?? Location.None, message));
    }

    /// <summary>GW0002 when the generator cannot add its part to the class (<see cref="GeneratedPartCheck"/>); the generator then skips it.</summary>
    private static void CheckGeneratedPart(SymbolAnalysisContext context)
    {
        if (context.Symbol is INamedTypeSymbol type && GeneratedPartCheck.Problem(type) is { } problem)
        {
            var location = problem.Location ?? type.Locations.FirstOrDefault() ?? Location.None;
            context.ReportDiagnostic(Diagnostic.Create(GatewayDiagnostics.For(UsageRules.UnsupportedConstruct), location, problem.Message));
        }
    }

    private static Diagnostic ToDiagnostic(Violation violation, StepLocations locations) =>
        Diagnostic.Create(
            GatewayDiagnostics.For(violation.Rule),
            locations.Resolve(violation.Location),
            GatewayDiagnostics.ToDiagnosticSeverity(violation.Severity),
            violation.AdditionalLocations.Select(locations.Resolve),
            ToProperties(violation.Properties),
            violation.Message);

    /// <summary>The data a code fix needs (<see cref="FixProperties"/>), as the diagnostic's properties; null when there is none.</summary>
    private static ImmutableDictionary<string, string?>? ToProperties(EquatableArray<FixProperty> properties)
    {
        if (properties.IsEmpty)
        {
            return null;
        }

        // A key given twice keeps the later value instead of throwing (an exception here would be AD0001).
        var builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            builder[property.Key] = property.Value;
        }

        return builder.ToImmutable();
    }
}
