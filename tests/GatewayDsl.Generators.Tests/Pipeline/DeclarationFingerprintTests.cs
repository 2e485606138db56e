using GatewayDsl.Generators.Caching;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GatewayDsl.Generators.Tests.Pipeline;

/// <summary>
/// The per-file fingerprint the definition cache compares: an edit that cannot change how another file binds keeps it,
/// every edit that can (a declaration, a constant, an attribute, a using, a directive) changes it.
/// </summary>
public sealed class DeclarationFingerprintTests
{
    private const string Source = """
        global using System.Text;
        using System;
        using static System.Math;

        namespace Contoso;

        [Obsolete("old")]
        public static class Numbers
        {
            public const int Asn = 65010;
            public static readonly int[] Ports = [80, 443];
            public static Func<int, int> Twice = x => x * 2;
            public static Func<int> Anonymous = delegate { return 1; };

            public static int Answer => 42;

            public static int Property { get => 1; set { _ = value; } }

            public static int Sum(int a, int b)
            {
                int Local(int x) => x + 1;
                return Local(a) + b;
            }

            static Numbers() { Twice = x => x + x; }

            public static int operator +(Numbers left, int right) => right;
        }

        public enum Protocol { Tcp = 6, Udp = 17 }

        """;

    [Theory]
    [InlineData("return Local(a) + b;", "return Local(b) + a;")]
    [InlineData("int Local(int x) => x + 1;", "int Local(int y) => y - 1;")]
    [InlineData("x => x * 2", "x => x * 3")]
    [InlineData("delegate { return 1; }", "delegate { return 2; }")]
    [InlineData("public static int Answer => 42;", "public static int Answer => 43;")]
    [InlineData("get => 1;", "get => 2;")]
    [InlineData("set { _ = value; }", "set { }")]
    [InlineData("static Numbers() { Twice = x => x + x; }", "static Numbers() { }")]
    [InlineData("public static int operator +(Numbers left, int right) => right;", "public static int operator +(Numbers left, int right) => 0;")]
    [InlineData("public static int Sum(", "// A comment.\n    public static int Sum(")]
    [InlineData("public const int Asn = 65010;", "public const int Asn   =   65010;   ")]
    public void Body_comment_and_whitespace_edits_keep_the_fingerprint(string before, string after) =>
        Assert.Equal(Fingerprint(Source), Fingerprint(Source.Replace(before, after, System.StringComparison.Ordinal)));

    [Theory]
    [InlineData("public const int Asn = 65010;", "public const int Asn = 65011;")]
    [InlineData("[80, 443]", "[80, 8443]")]
    [InlineData("Tcp = 6", "Tcp = 7")]
    [InlineData("[Obsolete(\"old\")]", "[Obsolete(\"new\")]")]
    [InlineData("global using System.Text;", "global using System.IO;")]
    [InlineData("using static System.Math;", "using Math = System.Math;")]
    [InlineData("namespace Contoso;", "namespace Fabrikam;")]
    [InlineData("public static int Sum(int a, int b)", "public static long Sum(int a, int b)")]
    [InlineData("public static int Sum(int a, int b)", "internal static int Sum(int a, int b)")]
    [InlineData("public enum Protocol", "public sealed class Added { }\n\npublic enum Protocol")]
    [InlineData("public static int Answer => 42;", "public static int Answer { get; } = 42;")]
    [InlineData("namespace Contoso;", "#nullable disable\nnamespace Contoso;")]
    [InlineData("public const int Asn = 65010;", "#if DEBUG\n    public const int Asn = 1;\n#else\n    public const int Asn = 65010;\n#endif")]
    [InlineData("public static int Sum(int a, int b)\n    {", "public static int Sum(int a, int b) =>\n    throw null!;\n\n    public static int Sum2(int a, int b)\n    {")]
    public void Declaration_edits_change_the_fingerprint(string before, string after)
    {
        var edited = Source.Replace(before, after, System.StringComparison.Ordinal);
        Assert.NotEqual(Source, edited);
        Assert.NotEqual(Fingerprint(Source), Fingerprint(edited));
    }

    [Fact]
    public void Top_level_statements_count_by_presence_only()
    {
        const string Program = "using System;\n\nConsole.WriteLine(1);\n\nstatic int Twice(int x) => x * 2;\n";

        Assert.Equal(Fingerprint(Program), Fingerprint(Program.Replace("WriteLine(1)", "WriteLine(2)", System.StringComparison.Ordinal)));
        Assert.NotEqual(Fingerprint("using System;\n"), Fingerprint(Program));
    }

    [Fact]
    public void Parse_options_and_file_path_are_part_of_the_fingerprint()
    {
        var tree = CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest), "Numbers.cs");
        var fingerprint = DeclarationFingerprint.Compute(tree, default);

        Assert.Equal(fingerprint, DeclarationFingerprint.Compute(CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest), "Numbers.cs"), default));
        Assert.NotEqual(fingerprint, DeclarationFingerprint.Compute(CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.CSharp11), "Numbers.cs"), default));
        Assert.NotEqual(fingerprint, DeclarationFingerprint.Compute(CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: ["TRACE"]), "Numbers.cs"), default));
        Assert.NotEqual(fingerprint, DeclarationFingerprint.Compute(CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest), "Other.cs"), default));
    }

    [Fact]
    public void Cancelled_walk_throws()
    {
        var tree = CSharpSyntaxTree.ParseText(string.Concat(System.Linq.Enumerable.Repeat("class C { int F; }\n", 2000)));

        Assert.Throws<System.OperationCanceledException>(() => DeclarationFingerprint.Compute(tree, new System.Threading.CancellationToken(canceled: true)));
    }

    private static byte[] Fingerprint(string source) =>
        DeclarationFingerprint.Compute(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), "Numbers.cs"), default);
}
