using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GatewayDsl.Fuzz.Tests.Mutation;

/// <summary>(b) Random token edits: delete, duplicate, swap (adjacent or distant), replace by another token of the file, delete a run.</summary>
public static class TokenMutator
{
    /// <summary>Applies one to four random token edits to <paramref name="text"/>.</summary>
    public static (string Source, string Description) Mutate(string text, Random random)
    {
        var tokenized = TokenizedInput.Of(text);
        var pieces = tokenized.Pieces.ToList();
        if (pieces.Count == 0)
        {
            return (text, "no tokens");
        }

        var edits = new List<string>();
        var count = 1 + random.Next(4);
        for (var i = 0; i < count && pieces.Count > 0; i++)
        {
            // Aim at the definition method most of the time; indexes drift after earlier edits, which is fine.
            var at = Pick(tokenized, pieces.Count, random);
            switch (random.Next(6))
            {
                case 0:
                case 1:
                    edits.Add($"delete #{at} {Show(pieces[at])}");
                    pieces.RemoveAt(at);
                    break;
                case 2:
                    edits.Add($"duplicate #{at} {Show(pieces[at])}");
                    pieces.Insert(at, pieces[at]);
                    break;
                case 3:
                    var other = random.Next(2) == 0 ? Math.Min(at + 1, pieces.Count - 1) : Pick(tokenized, pieces.Count, random);
                    edits.Add($"swap #{at} {Show(pieces[at])} with #{other} {Show(pieces[other])}");
                    (pieces[at], pieces[other]) = (pieces[other], pieces[at]);
                    break;
                case 4:
                    var donor = tokenized.Pieces[random.Next(tokenized.Pieces.Count)];
                    edits.Add($"replace #{at} {Show(pieces[at])} by {Show(donor)}");
                    pieces[at] = donor;
                    break;
                default:
                    var length = Math.Min(2 + random.Next(19), pieces.Count - at);
                    edits.Add($"delete #{at}..#{at + length - 1} {Show(string.Concat(pieces.Skip(at).Take(length)))}");
                    pieces.RemoveRange(at, length);
                    break;
            }
        }

        return (string.Concat(pieces), string.Join("; ", edits));
    }

    private static int Pick(TokenizedInput tokenized, int count, Random random)
    {
        if (tokenized.DefinitionTokens.Count > 0 && random.Next(5) != 0)
        {
            return Math.Min(tokenized.DefinitionTokens[random.Next(tokenized.DefinitionTokens.Count)], count - 1);
        }

        return random.Next(count);
    }

    /// <summary>A short, one-line, quoted rendering of a piece of source for case descriptions.</summary>
    public static string Show(string piece)
    {
        var text = new StringBuilder();
        foreach (var c in piece.Trim())
        {
            text.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ when char.IsControl(c) => $"\\u{(int)c:X4}", _ => c.ToString() });
        }

        var shown = text.ToString();
        return "'" + (shown.Length <= 40 ? shown : shown.Substring(0, 37) + "...") + "'";
    }
}
