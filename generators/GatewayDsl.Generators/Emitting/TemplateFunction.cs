using System;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GatewayDsl.Generators.Emitting;

/// <summary>
/// A function the templates call (<c>ps</c>, <c>md</c>, <c>fence</c>, ...) that invokes its C# method directly.
/// </summary>
/// <remarks>
/// Scriban's own wrappers for a delegate (<c>ScriptObject.Import(name, delegate)</c> and
/// <c>DelegateCustomFunction.CreateFunc</c>, Scriban 7.5.3) call it through <c>Delegate.DynamicInvoke</c>: every call
/// looks the method up by reflection and builds an invoke stub, a dynamic method the finalizer destroys later. The
/// templates call these functions once per value they write, hundreds of times per render: that was a fifth of a
/// render's time and most of its finalizer work (docs/performance.md, Fix 4). Scriban converts each argument to the
/// declared parameter type before <see cref="Invoke"/>; the conversions here only make a call from any other path behave
/// the same.
/// </remarks>
internal sealed class TemplateFunction : IScriptCustomFunction
{
    private readonly ScriptParameterInfo[] parameters;
    private readonly Func<TemplateContext, SourceSpan, ScriptArray, object?> invoke;

    private TemplateFunction(ScriptParameterInfo[] parameters, Func<TemplateContext, SourceSpan, ScriptArray, object?> invoke)
    {
        this.parameters = parameters;
        this.invoke = invoke;
    }

    /// <inheritdoc/>
    public int RequiredParameterCount => parameters.Length;

    /// <inheritdoc/>
    public int ParameterCount => parameters.Length;

    /// <inheritdoc/>
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc/>
    public Type ReturnType => typeof(string);

    /// <summary>A function of one string (an escaping function: <c>{{ ps value }}</c>, <c>{{ value | md }}</c>).</summary>
    public static TemplateFunction Of(Func<string?, string> function) =>
        new([new ScriptParameterInfo(typeof(string), "value")], (context, span, arguments) => function(Text(context, span, arguments[0])));

    /// <summary>A function of two strings and a number (<c>fence</c>: text, info string, indentation).</summary>
    public static TemplateFunction Of(Func<string?, string?, int, string> function, string first, string second, string third) =>
        new(
            [new ScriptParameterInfo(typeof(string), first), new ScriptParameterInfo(typeof(string), second), new ScriptParameterInfo(typeof(int), third)],
            (context, span, arguments) => function(Text(context, span, arguments[0]), Text(context, span, arguments[1]), arguments[2] is int number ? number : context.ToObject<int>(span, arguments[2])));

    /// <inheritdoc/>
    public ScriptParameterInfo GetParameterInfo(int index) => parameters[index];

    /// <inheritdoc/>
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != parameters.Length)
        {
            throw new ScriptRuntimeException(span, $"The function `{callerContext}` takes {parameters.Length} argument(s), not {arguments.Count}.");
        }

        return invoke(context, span, arguments);
    }

    /// <inheritdoc/>
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    private static string? Text(TemplateContext context, SourceSpan span, object? value) =>
        value is null or string ? (string?)value : context.ToObject<string>(span, value);
}
