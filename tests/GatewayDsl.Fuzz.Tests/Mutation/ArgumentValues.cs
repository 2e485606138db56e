using System;
using System.Collections.Generic;
using System.Linq;

namespace GatewayDsl.Fuzz.Tests.Mutation;

/// <summary>
/// (c) What an argument is replaced by: non-constants, <c>null</c> and <c>default</c> in every spelling, huge strings
/// (100,000 characters, as a literal, a verbatim literal, a raw literal and a long concatenation), hostile characters,
/// wrong types, arrays and collection expressions of those, lambdas and method groups where a value is expected, DSL
/// calls and secrets where they do not belong, and very deep expressions.
/// </summary>
public static class ArgumentValues
{
    /// <summary>The length of the huge strings.</summary>
    public const int HugeLength = 100_000;

    private static readonly Lazy<string> HugePlain = new(() => new string('x', HugeLength));

    private static readonly Lazy<string> HugeHostile = new(() =>
    {
        const string Unit = "\\\"$(calc);`\\u2018\\u201D\\u202E\\0\\n' ";
        return string.Concat(Enumerable.Repeat(Unit, HugeLength / Unit.Length + 1));
    });

    /// <summary>The ordinary replacements (cheap to compile).</summary>
    public static IReadOnlyList<string> Ordinary { get; } = new[]
    {
        // null and default, in every spelling.
        "null", "default", "null!", "default!", "default(string)", "default(int)", "(string)null", "(string?)null", "(int?)null",
        "(GatewayTemplate)default", "default(GatewayTemplate)", "default(System.Action<HostClusterBuilder>)", "(System.Action<NetworkSiteBuilder>?)null",

        // Not constant.
        "System.Environment.MachineName", "System.DateTime.Now.Year", "new string('x', 3)", "string.Empty", "Helper()", "undefinedName",
        "args", "typeof(int).Name", "\"a\" + System.Environment.NewLine", "$\"{System.Environment.MachineName}\"", "Define()",
        "Define().ToString()", "Values.NotConstant", "System.Guid.NewGuid().ToString()", "new object().ToString()", "(\"x\")!",
        "true ? \"a\" : \"b\"", "System.Environment.ProcessorCount > 1 ? \"a\" : \"b\"", "\"a\" ?? \"b\"", "1 + System.Environment.ProcessorCount",
        "checked(int.MaxValue + System.Environment.ProcessorCount)", "(int)System.Math.PI", "sizeof(int)", "__arglist(1)", "stackalloc int[1]",
        "ref x", "out var y", "in x", "await System.Threading.Tasks.Task.FromResult(1)", "throw null", "throw new System.Exception()",
        "x switch { _ => \"a\" }", "new()", "new { A = 1 }", "(1, \"a\")", "default((int, string))",

        // Wrong types and extreme numbers.
        "1.5", "1.5m", "1e308", "'c'", "true", "false", "0", "-1", "int.MaxValue", "int.MinValue", "long.MaxValue", "long.MinValue",
        "ulong.MaxValue", "uint.MaxValue", "(byte)255", "(sbyte)-128", "(short)-1", "(ushort)65535", "4_000_000_000", "0x7FFFFFFF", "-0",
        "\"text\"", "\"\"", "\" \"", "new object()", "new[] { 1, 2 }", "new int[0]", "new string[0]", "new string[] { null }",
        "new[] { \"a\", null }", "new string?[] { null, \"b\" }", "new[] { \"a\", System.Environment.MachineName }", "[]", "[null]",
        "[\"a\", null]", "[\"a\", .. new[] { \"b\" }]", "[.. Values.Array]", "[System.Environment.MachineName]", "new string[][] { }",
        "(GatewayTemplate)99", "(GatewayTemplate)(-1)", "GatewayTemplate.TwoNic", "NatProtocol.TCP", "(NatProtocol)int.MaxValue",
        "(VpnEncryptionMethod)(-1)", "GatewayIntegrationService.Heartbeat", "(GatewayIntegrationService)12345", "GatewaySeverity.Error",

        // Lambdas, delegates and DSL objects where values go (and values where lambdas go).
        "x => x", "_ => { }", "x => { return; }", "x => null", "x => throw null", "(x, y) => x", "() => { }", "static x => x.ToString()",
        "delegate { }", "Define", "System.Console.WriteLine", "x => x.Nodes(System.Environment.MachineName)", "x => { if (true) { } }",
        "x => { for (;;) { } }", "x => { var y = x; y.Nodes(\"a\"); }", "x => x.Nodes(\"a\").Nodes(\"b\").NetworkAdapters(2)",
        "x => Define()", "x => Gateway.Named(\"X\")", "x => x!", "(x) => (x)", "async x => await System.Threading.Tasks.Task.Yield()",
        "Gateway.Named(\"X\")", "Gateway.Named(null!)", "Gateway.Named(\"X\").InDomain(\"a\")",
        "Secret.Literal(\"x\")", "Secret.Literal(null!)", "Secret.FromEnvironment(null!)", "Secret.FromEnvironment(System.Environment.MachineName)",
        "Secret.FromParameter(\"\")", "(Secret)null!", "default(Secret)!",

        // Constants that look odd.
        "nameof(Define)", "nameof(System)", "$\"{1}\"", "$\"{\"a\"}{\"b\"}\"", "$\"{Values.Peer}\"", "\"\\0\"", "\"\\uD800\"", "\"\\uDFFF\\uD800\"",
        "\"\\u202E\\u2066\"", "\"\\uFEFF\"", "\"\\r\\n\\t\\v\\f\\a\\b\"", "\"\\\"\\\\\"", "@\"\"\"\"", "\"\"\"\n\"x\"\n\"\"\"", "\"\\U0001F600\"",
        "\"‘’“”\"", "\"$(Get-Process)\"", "\"`;&|<>\"", "\"a;b=c\"", "\" leading\"", "\"trailing \"", "\"10.0.0.0/33\"", "\"::ffff:1.2.3.4\"",
        "\"999.999.999.999\"", "\"10.0.0.1-10.0.0.0\"", "\"1-2-3\"", "\",,,\"", "\"a..b\"", "\".\"", "\"-\"", "\"*\"", "\"1.2.3.4/\"",
    };

    /// <summary>Replacements of about <see cref="HugeLength"/> characters, or very deep (used rarely: they dominate a case's time).</summary>
    public static IReadOnlyList<Func<string>> Huge { get; } = new Func<string>[]
    {
        () => "\"" + HugePlain.Value + "\"",
        () => "@\"" + HugePlain.Value.Replace("x", "\"\"", StringComparison.Ordinal).Substring(0, HugeLength) + "\"",
        () => "\"" + HugeHostile.Value + "\"",
        () => "\"\"\"\n" + HugePlain.Value + "\n\"\"\"",
        () => string.Join(" + ", Enumerable.Repeat("\"abcdefghij\"", 2_000)),
        () => string.Join(" + ", Enumerable.Repeat("\"ab\"", 1_000)) + " + System.Environment.MachineName + " + string.Join(" + ", Enumerable.Repeat("\"ab\"", 1_000)),
        () => new string('(', 300) + "\"deep\"" + new string(')', 300),
        () => "new[] { " + string.Join(", ", Enumerable.Repeat("\"10.0.0.1\"", 5_000)) + " }",
        () => "[" + string.Join(", ", Enumerable.Repeat("\"All Hosts\"", 5_000)) + "]",
        () => "$\"" + string.Concat(Enumerable.Repeat("{\"a\"}", 2_000)) + "\"",
    };
}
