using System;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace GatewayDsl.Benchmarks.Inputs;

/// <summary>
/// The synthetic source files of the benchmarks, generated in code: variations of the samples' definitions with unique
/// class and gateway names, and ordinary C# files that do not use the DSL.
/// </summary>
public static class SyntheticSources
{
    /// <summary>The samples whose definitions the synthetic definitions vary (embedded from <c>samples/</c>).</summary>
    public static readonly string[] Samples = ["ContosoEdge", "ContosoForwarding"];

    private static readonly Regex ClassDeclaration = new(@"partial class (?<name>\w+)", RegexOptions.CultureInvariant);
    private static readonly Regex GatewayName = new(@"Gateway\.Named\(""[^""]*""\)", RegexOptions.CultureInvariant);

    /// <summary>The text of a sample's definition file, e.g. <c>ContosoEdge</c>.</summary>
    public static string Sample(string name)
    {
        using var stream = typeof(SyntheticSources).Assembly.GetManifestResourceStream("Samples." + name + ".cs")
            ?? throw new InvalidOperationException("Sample not embedded: " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>
    /// Definition number <paramref name="index"/>: the samples in turn, with the class renamed to <c>Sample0042</c> and
    /// the gateway to <c>GW-E0042</c>. With <paramref name="withFinding"/> the gateway name has 20 characters, which
    /// gives exactly one diagnostic (GW3001) and no generated code.
    /// </summary>
    public static (string Path, string Text) Definition(int index, bool withFinding = false)
    {
        var sample = Samples[index % Samples.Length];
        var suffix = index.ToString("D4", CultureInfo.InvariantCulture);
        var text = Replace(ClassDeclaration, Sample(sample), "partial class ${name}" + suffix);
        var name = withFinding ? "CONTOSO-GATEWAY-" + suffix : "GW-" + sample[7] + suffix;
        text = Replace(GatewayName, text, $"Gateway.Named(\"{name}\")");
        return ($"Gateways/{sample}{suffix}.cs", text);
    }

    /// <summary>
    /// An ordinary file, number <paramref name="index"/>, that does not use the DSL: a small service class with a field,
    /// properties, LINQ, a lambda, an iterator, string interpolation, and one deliberate compiler warning (CS0219), so
    /// that a benchmark can check that the compiler really bound every method body.
    /// </summary>
    public static (string Path, string Text) Unrelated(int index) => ($"Services/Service{index:D4}.cs", $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Synthetic.Services.Group{{index / 50}};

        /// <summary>Keeps some numbers and answers questions about them.</summary>
        public sealed class Service{{index}}
        {
            private readonly List<int> values = new();

            /// <summary>How many values are kept.</summary>
            public int Count => values.Count;

            /// <summary>The largest value, or zero.</summary>
            public int Max => values.Count == 0 ? 0 : values.Max();

            /// <summary>Adds a non-negative value.</summary>
            public void Add(int value)
            {
                if (value < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(value), value, "Values are never negative.");
                }

                values.Add(value);
            }

            /// <summary>The sum of the squares of the even values.</summary>
            public long SumOfEvenSquares() => values.Where(v => v % 2 == 0).Select(v => (long)v * v).Sum();

            /// <summary>The values, smallest first, each at most once.</summary>
            public IEnumerable<int> Distinct()
            {
                foreach (var value in values.OrderBy(v => v).Distinct())
                {
                    yield return value;
                }
            }

            /// <summary>A one-line description.</summary>
            public string Describe()
            {
                var unused = {{index}};
                return $"Service{{index}}: {Count} values, max {Max}, sum of even squares {SumOfEvenSquares()}";
            }

            /// <summary>A service with <paramref name="items"/>.</summary>
            public static Service{{index}} Create(params int[] items)
            {
                var service = new Service{{index}}();
                foreach (var item in items)
                {
                    service.Add(item);
                }

                return service;
            }
        }

        """.Replace("\r\n", "\n"));

    /// <summary>An edit of an unrelated file's method body, as a user types: the text with one literal changed.</summary>
    public static string EditUnrelated(string text, int generation) =>
        text.Replace("\"Values are never negative.\"", $"\"Values are never negative ({generation}).\"", StringComparison.Ordinal);

    private static string Replace(Regex pattern, string input, string replacement)
    {
        if (!pattern.IsMatch(input))
        {
            throw new InvalidOperationException($"The sample no longer matches '{pattern}'; update {nameof(SyntheticSources)}.");
        }

        return pattern.Replace(input, replacement, 1);
    }
}
