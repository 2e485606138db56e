using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GatewayDsl.Core.Common;
using GatewayDsl.Core.Rules;
using GatewayDsl.Core.Steps;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GatewayDsl.Analyzers.Parsing;

/// <summary>
/// Reads a definition method's body as <see cref="IOperation"/>s and produces the neutral steps the run-time builder
/// would record. It recognises only "a call to a DSL builder method, its argument values by parameter, and the lambdas it
/// opens"; what a call means is the reducer's business. It never throws on half-typed code: anything it cannot follow
/// becomes GW0001 (a value) or GW0002 (a shape) and the rest of the definition is still read.
/// </summary>
internal sealed class DefinitionParser
{
    private readonly KnownTypes types;
    private readonly CancellationToken cancellationToken;
    private readonly List<ParseProblem> problems = new();
    private readonly StepLocations locations;
    private int nextId;

    private DefinitionParser(KnownTypes types, Location definition, CancellationToken cancellationToken)
    {
        this.types = types;
        this.cancellationToken = cancellationToken;
        locations = new StepLocations(definition);
    }

    /// <summary>Parses the body of a definition method.</summary>
    /// <param name="types">The DSL's resolved types.</param>
    /// <param name="body">The method's operation block (an expression body is a block with an implicit return).</param>
    /// <param name="definition">The definition method's name location, for findings about the definition as a whole.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static ParsedDefinition Parse(KnownTypes types, IOperation? body, Location definition, CancellationToken cancellationToken)
    {
        var parser = new DefinitionParser(types, definition, cancellationToken);
        var steps = parser.ParseBody(body, definition);
        return new ParsedDefinition(steps, parser.locations, parser.problems);
    }

    private IReadOnlyList<Step> ParseBody(IOperation? body, Location definition)
    {
        var returned = SingleReturnedValue(body);
        if (returned is null)
        {
            if (problems.Count == 0)
            {
                Unsupported(body?.Syntax.GetLocation() ?? definition, "The definition method must return one builder chain, e.g. 'public static GatewayDefinition Define() => Gateway.Named(\"CONTOSO-GW01\")...;'.");
            }

            return [];
        }

        return ParseChain(Unwrap(returned), scopeParameter: null);
    }

    /// <summary>The single value a block returns, reporting GW0002 on any other statement.</summary>
    private IOperation? SingleReturnedValue(IOperation? body)
    {
        switch (body)
        {
            case IBlockOperation block:
                IOperation? returned = null;
                foreach (var statement in block.Operations)
                {
                    if (statement is IReturnOperation { ReturnedValue: { } value } && returned is null)
                    {
                        returned = value;
                    }
                    else if (IsConstantDeclaration(statement))
                    {
                        // 'const int Asn = 65010;' only names a constant; the chain reads it like a literal.
                        continue;
                    }
                    else
                    {
                        Unsupported(statement.Syntax.GetLocation(), $"The definition must be a single builder chain; the statement '{Short(statement.Syntax)}' is not evaluated at build time. Write the whole definition as one expression: 'Define() => Gateway.Named(...)...;'.");
                    }
                }

                return returned;
            case IReturnOperation { ReturnedValue: { } value }:
                return value;
            default:
                return null;
        }
    }

    /// <summary>Parses a chain of DSL calls ending at <paramref name="outermost"/> and starting at <c>Gateway.Named</c> (root) or at the lambda parameter (scope).</summary>
    private IReadOnlyList<Step> ParseChain(IOperation outermost, IParameterSymbol? scopeParameter)
    {
        var calls = new List<IInvocationOperation>();
        var current = outermost;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            current = Unwrap(current);
            if (current is IInvocationOperation invocation && IsDslCall(invocation))
            {
                calls.Add(invocation);
                if (invocation.Instance is null)
                {
                    if (scopeParameter is null && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, types.Gateway))
                    {
                        break;
                    }

                    Unsupported(invocation.Syntax.GetLocation(), $"'{Short(invocation.Syntax)}' does not continue the builder chain. Start the definition with Gateway.Named(...) and write every call on that chain.");
                    return [];
                }

                current = invocation.Instance;
                continue;
            }

            if (scopeParameter is not null && current is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, scopeParameter))
            {
                break;
            }

            ReportBrokenChain(current, scopeParameter);
            return [];
        }

        calls.Reverse();
        var steps = new List<Step>(calls.Count);
        foreach (var call in calls)
        {
            steps.Add(ParseCall(call));
        }

        return steps;
    }

    private void ReportBrokenChain(IOperation operation, IParameterSymbol? scopeParameter)
    {
        var location = operation.Syntax.GetLocation();
        switch (operation)
        {
            case ILocalReferenceOperation local:
                Unsupported(location, $"The builder chain is split across variables ('{local.Local.Name}'). The build-time evaluator reads one chain: write the calls directly on {(scopeParameter is null ? "Gateway.Named(...)" : "the lambda's parameter")}.");
                break;
            case IConditionalOperation or ICoalesceOperation or ISwitchExpressionOperation:
                Unsupported(location, "Branches are not evaluated at build time. Write one chain and use constants for the values that differ.");
                break;
            case IInvocationOperation invocation:
                Unsupported(location, $"Calls to helper methods ('{invocation.TargetMethod.Name}') are not followed at build time. Write the builder calls inline in the definition.");
                break;
            case IInvalidOperation:
                // Half-typed code: the compiler already reports an error here; do not add noise.
                break;
            default:
                Unsupported(location, $"'{Short(operation.Syntax)}' is not a builder call. Write the definition as one chain starting at {(scopeParameter is null ? "Gateway.Named(...)" : "the lambda's parameter")}.");
                break;
        }
    }

    private Step ParseCall(IInvocationOperation invocation)
    {
        var id = ++nextId;
        var site = locations.Add(id, CallLocation(invocation));
        var arguments = new List<StepArgument>();
        foreach (var argument in invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? int.MaxValue))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (argument.Parameter is null)
            {
                continue;
            }

            var name = argument.Parameter.Name;
            if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                site.Arguments[name] = ArgumentSite(argument, site.Call);
            }

            var value = argument.ArgumentKind == ArgumentKind.DefaultValue
                ? ConstantEvaluator.DefaultValue(argument.Parameter)
                : Evaluate(argument.Value, invocation.TargetMethod.Name, name, argument.ArgumentKind == ArgumentKind.ParamArray);
            arguments.Add(new StepArgument(name, value));
        }

        return new Step(id, invocation.TargetMethod.Name, arguments.ToEquatableArray());
    }

    private StepValue Evaluate(IOperation value, string method, string parameter, bool isParams)
    {
        var unwrapped = UnwrapConversions(value);
        if (unwrapped is IDelegateCreationOperation or IAnonymousFunctionOperation)
        {
            return ParseLambda(unwrapped, method, parameter);
        }

        if (value.Type?.TypeKind == TypeKind.Delegate)
        {
            if (value.ConstantValue is { HasValue: true, Value: null })
            {
                return StepValue.Null;
            }

            Unsupported(value.Syntax.GetLocation(), $"Argument '{parameter}' of {method} must be a lambda written in place, e.g. '{parameter}: x => x...'; a delegate stored elsewhere is not evaluated at build time.");
            return StepValue.Unknown;
        }

        if (unwrapped is IInvocationOperation factory && types.Secret is not null
            && factory.TargetMethod.IsStatic
            && SymbolEqualityComparer.Default.Equals(factory.TargetMethod.ContainingType, types.Secret))
        {
            return StepValue.CallOf(ParseCall(factory));
        }

        return ConstantEvaluator.Evaluate(value, isParams, out var offending)
            ?? NonConstant(offending ?? value, method, parameter);
    }

    private StepValue NonConstant(IOperation offending, string method, string parameter)
    {
        if (offending is IInvalidOperation || offending.Type?.TypeKind == TypeKind.Error || offending.Descendants().Any(d => d is IInvalidOperation))
        {
            // The compiler reports the real error (e.g. an unresolved name); an extra GW0001 would only add noise.
            return StepValue.Unknown;
        }

        problems.Add(new ParseProblem(
            UsageRules.NonConstantArgument,
            offending.Syntax.GetLocation(),
            $"Argument '{parameter}' of {method} must be a compile-time constant, but '{Short(offending.Syntax)}' is computed at run time. Use a literal, a const field or local, a constant interpolated string, nameof, an enum member, or an array of those."));
        return StepValue.Unknown;
    }

    private StepValue ParseLambda(IOperation value, string method, string parameter)
    {
        var lambda = value switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation target } => target,
            IAnonymousFunctionOperation direct => direct,
            _ => null,
        };

        if (lambda is null)
        {
            Unsupported(value.Syntax.GetLocation(), $"Argument '{parameter}' of {method} must be a lambda written in place; a method group is not evaluated at build time.");
            return StepValue.Unknown;
        }

        var scopeParameter = lambda.Symbol.Parameters.FirstOrDefault();
        var steps = new List<Step>();
        if (scopeParameter is null)
        {
            return StepValue.ScopeOf(steps);
        }

        foreach (var statement in lambda.Body.Operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (statement)
            {
                case IExpressionStatementOperation expression:
                    steps.AddRange(ParseChain(expression.Operation, scopeParameter));
                    break;
                case IReturnOperation { ReturnedValue: { } returned }:
                    steps.AddRange(ParseChain(returned, scopeParameter));
                    break;
                case IReturnOperation { IsImplicit: true }:
                    break;
                case var declaration when IsConstantDeclaration(declaration):
                    break;
                case IConditionalOperation or ILoopOperation or ISwitchOperation:
                    Unsupported(statement.Syntax.GetLocation(), "Branches and loops inside a configuring lambda are not evaluated at build time. Write each call once, unconditionally.");
                    break;
                default:
                    Unsupported(statement.Syntax.GetLocation(), $"The statement '{Short(statement.Syntax)}' is not a builder call on '{scopeParameter.Name}' and is not evaluated at build time.");
                    break;
            }
        }

        return StepValue.ScopeOf(steps);
    }

    private static bool IsConstantDeclaration(IOperation statement) =>
        statement is IVariableDeclarationGroupOperation group
        && group.Declarations.SelectMany(d => d.Declarators).All(d => d.Symbol.IsConst);

    private bool IsDslCall(IInvocationOperation invocation) =>
        types.IsDslType(invocation.TargetMethod.ContainingType)
        && !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, types.Secret)
        && invocation.TargetMethod.Name is not ("Validate" or "GetConnectionString");

    private void Unsupported(Location location, string message) =>
        problems.Add(new ParseProblem(UsageRules.UnsupportedConstruct, location, message));

    private static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation { IsImplicit: true } conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                default:
                    return operation;
            }
        }
    }

    private static IOperation UnwrapConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The call from its method name to the closing parenthesis (<c>Nodes(...)</c>), which is what users read as "the call".</summary>
    private static Location CallLocation(IInvocationOperation invocation)
    {
        if (invocation.Syntax is InvocationExpressionSyntax syntax)
        {
            var start = syntax.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.SpanStart,
                MemberBindingExpressionSyntax binding => binding.Name.SpanStart,
                _ => syntax.SpanStart,
            };
            return Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, syntax.Span.End));
        }

        return invocation.Syntax.GetLocation();
    }

    private static StepLocations.ArgumentSite ArgumentSite(IArgumentOperation argument, Location call)
    {
        if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
        {
            // Each item as written, e.g. '("x")' or 'x!' (the element's own syntax may be only the inner operand).
            var writtenItems = initializer.ElementValues.Select(e => (SyntaxNode?)e.Syntax.AncestorsAndSelf().OfType<ArgumentSyntax>().FirstOrDefault() ?? e.Syntax).ToArray();
            var items = writtenItems.Select(w => w.GetLocation()).ToArray();
            if (items.Length > 0)
            {
                var first = writtenItems[0];
                var last = writtenItems[writtenItems.Length - 1];
                var whole = Location.Create(first.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(first.SpanStart, last.Span.End));
                return new StepLocations.ArgumentSite(whole, items);
            }

            // An empty params list is written nowhere: the call itself is the place to point at.
            return new StepLocations.ArgumentSite(call, []);
        }

        // The argument as written, e.g. 'null!' (the operation's own syntax may be only the operand of the '!').
        var written = argument.Syntax.AncestorsAndSelf().OfType<ArgumentSyntax>().FirstOrDefault();
        var valueSyntax = written?.Expression ?? argument.Syntax;
        return new StepLocations.ArgumentSite(valueSyntax.GetLocation(), ConstantEvaluator.ItemLocations(argument.Value, valueSyntax));
    }

    private static string Short(SyntaxNode syntax)
    {
        var text = syntax.ToString().Replace("\r", " ").Replace("\n", " ");
        return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
