using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Text;
using GatewayDsl.Generators.Tests.Infrastructure;

namespace GatewayDsl.Generators.Tests.Emitting;

/// <summary>
/// The commands of a runbook's PowerShell blocks, read with a small tokenizer (quoted strings skipped, brackets nesting
/// commands), and checked against the VMM cmdlet reference the repository carries: each command is a VMM cmdlet or an
/// allowed program, and each cmdlet's parameters resolve to exactly one parameter set, as PowerShell would bind them.
/// </summary>
internal static class RunbookCommands
{
    /// <summary>Commands that are not VMM cmdlets but may appear: the procedure's own check (step 8).</summary>
    private static readonly HashSet<string> Programs = new(StringComparer.OrdinalIgnoreCase) { "ping" };

    private static readonly Lazy<ILookup<string, (string Set, bool IsDefault, string Parameter, bool Mandatory)>> Reference = new(() =>
        File.ReadAllLines(RepoPaths.Combine("tests", "GatewayDsl.PowerShell.Tests", "Reference", "vmm-cmdlets-detail.tsv"))
            .Skip(1)
            .Select(l => l.Split('\t'))
            .ToLookup(c => c[0], c => (c[1], c[2] == "true", c[3], c[5] == "true"), StringComparer.OrdinalIgnoreCase));

    /// <summary>One command and the named parameters given to it.</summary>
    /// <param name="Name">The command.</param>
    /// <param name="Parameters">The parameter names, without the dash.</param>
    public sealed record Command(string Name, IReadOnlyList<string> Parameters);

    /// <summary>The commands of <paramref name="code"/>; a command called through <c>&amp;</c> is named by its string.</summary>
    public static IReadOnlyList<Command> Read(string code)
    {
        var commands = new List<Command>();
        var frames = new Stack<(string? Command, List<string>? Parameters, bool AtStart)>();
        frames.Push((null, null, true));
        var i = 0;
        var callOperator = false;
        while (i < code.Length)
        {
            var c = code[i];
            if (c is '\'' or '"')
            {
                var end = i + 1;
                while (end < code.Length && !(code[end] == c && (end + 1 >= code.Length || code[end + 1] != c)))
                {
                    end += code[end] == c ? 2 : 1;
                }

                var text = code.Substring(i + 1, Math.Max(0, end - i - 1)).Replace(new string(c, 2), c.ToString());
                if (callOperator)
                {
                    Start(frames, commands, text);
                    callOperator = false;
                }
                else
                {
                    NotAtStart(frames);
                }

                i = end + 1;
            }
            else if (c is '(' or '{' or '[')
            {
                frames.Push((null, null, c != '['));
                i++;
            }
            else if (c is ')' or '}' or ']')
            {
                frames.Pop();
                NotAtStart(frames);
                i++;
            }
            else if (c is '|' or ';' or '\n')
            {
                frames.Pop();
                frames.Push((null, null, true));
                i++;
            }
            else if (c == '&')
            {
                callOperator = true;
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                var start = i;
                while (i < code.Length && !char.IsWhiteSpace(code[i]) && "()[]{}|;'\"".IndexOf(code[i]) < 0)
                {
                    i++;
                }

                var word = code.Substring(start, i - start);
                var frame = frames.Peek();
                if (frame.AtStart && word[0] != '$' && word[0] != '-' && word[0] != '.' && !char.IsDigit(word[0]))
                {
                    Start(frames, commands, word);
                }
                else if (word[0] == '-' && word.Length > 1 && char.IsLetter(word[1]) && frame.Parameters is not null)
                {
                    frame.Parameters.Add(word.Substring(1));
                }
                else
                {
                    NotAtStart(frames);
                }
            }
        }

        return commands;
    }

    /// <summary>The parameters the generated script declares (its <c>param(...)</c> block), in order.</summary>
    public static IReadOnlyList<string> ScriptParameters(string deployScript)
    {
        var block = Regex.Match(deployScript, @"\nparam\((.*?)\n\)\n", RegexOptions.Singleline).Groups[1].Value;
        return Regex.Matches(block, @"\] \$(\w+)").Select(m => m.Groups[1].Value).ToList();
    }

    /// <summary>
    /// Why <paramref name="command"/> would not run as written against VMM 2016, or null when it would. A call of the
    /// script itself may pass <c>-WhatIf</c>, <c>-Verbose</c>, <c>-Confirm</c> and the script's own parameters.
    /// </summary>
    public static string? Problem(Command command, string scriptFile, IReadOnlyCollection<string>? scriptParameters = null)
    {
        if (Programs.Contains(command.Name))
        {
            return null;
        }

        if (command.Name == ".\\" + scriptFile)
        {
            var unexpected = command.Parameters
                .Where(p => p is not ("WhatIf" or "Verbose" or "Confirm") && scriptParameters?.Contains(p, StringComparer.OrdinalIgnoreCase) != true)
                .ToList();
            return unexpected.Count == 0 ? null : "the script is called with parameters it does not declare: " + string.Join(", ", unexpected);
        }

        var rows = Reference.Value[command.Name].ToArray();
        if (rows.Length == 0)
        {
            return command.Name + " is not a VMM cmdlet of the reference";
        }

        var sets = rows.GroupBy(r => r.Set).Select(g => (Name: g.Key, IsDefault: g.Any(r => r.IsDefault), Parameters: g.Select(r => r.Parameter).ToArray(), Mandatory: g.Where(r => r.Mandatory).Select(r => r.Parameter).ToArray())).ToArray();
        var candidates = sets
            .Where(s => command.Parameters.All(p => s.Parameters.Contains(p, StringComparer.OrdinalIgnoreCase)))
            .Where(s => s.Mandatory.All(m => command.Parameters.Contains(m, StringComparer.OrdinalIgnoreCase)))
            .ToArray();
        return candidates.Length == 1 || candidates.Count(s => s.IsDefault) == 1
            ? null
            : $"{command.Name} -{string.Join(" -", command.Parameters)} matches {candidates.Length} parameter sets";
    }

    private static void Start(Stack<(string? Command, List<string>? Parameters, bool AtStart)> frames, List<Command> commands, string name)
    {
        var parameters = new List<string>();
        commands.Add(new Command(name, parameters));
        frames.Pop();
        frames.Push((name, parameters, false));
    }

    private static void NotAtStart(Stack<(string? Command, List<string>? Parameters, bool AtStart)> frames)
    {
        var frame = frames.Pop();
        frames.Push((frame.Command, frame.Parameters, false));
    }
}
