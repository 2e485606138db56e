using System.Collections.Generic;
using GatewayDsl.Core.Model;
using GatewayDsl.Core.Naming;
using GatewayDsl.Core.Rules;
using GatewayDsl.Core.Steps;

namespace GatewayDsl.Core.Reduction;

/// <summary>
/// Finds string arguments that are not text: a lone UTF-16 surrogate (half of a character outside the BMP). Every
/// artifact is a UTF-8 file, and UTF-8 cannot encode half a character: the script would hold U+FFFD instead, and the
/// JSON an escape most readers refuse. Such a value is reported as GW0001 (a value the build cannot evaluate into an
/// artifact; the message says what is allowed) on the argument, and the generator skips the definition. Everything else
/// a C# string can hold, control and bidirectional characters included, is escaped for each artifact instead.
/// </summary>
internal static class UnwritableText
{
    /// <summary>One GW0001 per argument (or array item) that holds a lone surrogate, in step order.</summary>
    public static IEnumerable<Violation> Find(IEnumerable<Step> steps)
    {
        foreach (var step in steps)
        {
            foreach (var argument in step.Arguments)
            {
                foreach (var violation in Find(step, argument.Parameter, argument.Value, -1))
                {
                    yield return violation;
                }
            }
        }
    }

    private static IEnumerable<Violation> Find(Step step, string parameter, StepValue value, int index)
    {
        switch (value.Kind)
        {
            case StepValueKind.String when LoneSurrogate(value.Text!) is { } at:
                yield return new Violation(
                    UsageRules.NonConstantArgument,
                    UsageRules.NonConstantArgument.DefaultSeverity,
                    $"The argument '{parameter}' of {step.Method}(...) holds {CharacterText.Describe(value.Text!, at)} at position {CharacterText.Position(at)}, "
                        + "half of a UTF-16 surrogate pair, which is not text: the artifacts are UTF-8 files and cannot carry it. "
                        + "Remove it, or write the whole character (both halves, e.g. \"\\U0001F600\").",
                    new SourceRef(step.Id, parameter, index),
                    default);
                break;
            case StepValueKind.Array:
                for (var i = 0; i < value.Items.Count; i++)
                {
                    foreach (var violation in Find(step, parameter, value.Items[i], i))
                    {
                        yield return violation;
                    }
                }

                break;
            case StepValueKind.Scope or StepValueKind.Call:
                foreach (var violation in Find(value.Steps))
                {
                    yield return violation;
                }

                break;
        }
    }

    /// <summary>The index of the first lone surrogate in <paramref name="text"/>, or null.</summary>
    private static int? LoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }
}
