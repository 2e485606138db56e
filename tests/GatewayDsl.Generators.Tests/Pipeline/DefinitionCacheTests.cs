using System;
using System.Linq;
using GatewayDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GatewayDsl.Generators.Tests.Pipeline;

/// <summary>
/// The generator's cache of definition reads across compilations (<c>DefinitionCache</c>): an edit that cannot change
/// how a definition binds reuses the earlier read (no binding, every step Cached or Unchanged), and every edit that can
/// change it reads again and generates from the new values. Each test runs one generator instance on a compilation and
/// then on an edited one, and watches the cache's read count and the generated text.
/// </summary>
public sealed class DefinitionCacheTests
{
    private const string Edge = "ContosoEdge";
    private const string Forwarding = "ContosoForwarding";

    /// <summary>The Edge sample with its gateway VM taken from a constant declared in another file.</summary>
    private static readonly (string Path, string Text) EdgeSource = (
        "ContosoEdge.cs",
        GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs").Text.Replace(".GatewayVm(\"GatewayVM1.contoso.com\")", ".GatewayVm(Names.GatewayVm)", StringComparison.Ordinal));

    private static readonly (string Path, string Text) ForwardingSource = GeneratorHarness.Sample("ContosoForwardingGateway", "ContosoForwarding.cs");

    /// <summary>The constant, in the global namespace (so a type in the definition's namespace can shadow it).</summary>
    private static readonly (string Path, string Text) NamesSource = ("Names.cs", """
        internal static class Names
        {
        #if GATEWAY_VM7
            public const string GatewayVm = "GatewayVM7.contoso.com";
        #else
            public const string GatewayVm = "GatewayVM1.contoso.com";
        #endif
        }

        """);

    private static readonly (string Path, string Text) HelperSource = ("Helper.cs", """
        internal static class Helper
        {
            public static int Answer() => 41;

            public static int Sum(int[] values)
            {
                var total = 0;
                foreach (var value in values)
                {
                    total += value;
                }

                return total;
            }
        }

        """);

    [Fact]
    public void Method_body_edit_elsewhere_reuses_every_read()
    {
        var run = Run(c => Replace(c, HelperSource.Path, HelperSource.Text.Replace("total += value;", "total -= value;", StringComparison.Ordinal)));

        Assert.Equal(0, run.Reads);
        StepReasons.AssertNothingRecomputed(run.Result);
        Assert.Equal(StepReasons.Cached, StepReasons.Of(run.Result, Edge));
        Assert.Equal(StepReasons.Cached, StepReasons.Of(run.Result, Forwarding));
    }

    [Fact]
    public void Expression_body_edit_elsewhere_reuses_every_read()
    {
        var run = Run(c => Replace(c, HelperSource.Path, HelperSource.Text.Replace("=> 41", "=> 42", StringComparison.Ordinal)));

        Assert.Equal(0, run.Reads);
        StepReasons.AssertNothingRecomputed(run.Result);
    }

    [Fact]
    public void Edit_of_a_definition_reads_that_one_again()
    {
        var run = Run(c => Replace(c, EdgeSource.Path, EdgeSource.Text.Replace("HV02.contoso.com", "HV03.contoso.com", StringComparison.Ordinal)));

        Assert.Equal(1, run.Reads);
        Assert.Contains("HV03.contoso.com", Generated(run.Result, Edge), StringComparison.Ordinal);
        Assert.Equal(StepReasons.Modified, StepReasons.Of(run.Result, Edge));
        Assert.Equal(StepReasons.Cached, StepReasons.Of(run.Result, Forwarding));
    }

    [Fact]
    public void Comment_edit_in_a_definition_reads_it_again_but_validates_and_renders_nothing()
    {
        var run = Run(c => Replace(c, EdgeSource.Path, EdgeSource.Text.Replace("// Step 2:", "// Step two:", StringComparison.Ordinal)));

        Assert.Equal(1, run.Reads);
        Assert.Equal(StepReasons.Cached, StepReasons.Of(run.Result, Edge));
        StepReasons.AssertNothingRecomputed(run.Result);
    }

    [Fact]
    public void Edit_of_a_constant_in_another_file_generates_the_new_value()
    {
        var run = Run(c => Replace(c, NamesSource.Path, NamesSource.Text.Replace("\"GatewayVM1.contoso.com\"", "\"GatewayVM2.contoso.com\"", StringComparison.Ordinal)));

        Assert.Equal(2, run.Reads);
        Assert.Contains("GatewayVM=GatewayVM2.contoso.com", Generated(run.Result, Edge), StringComparison.Ordinal);
        Assert.DoesNotContain("GatewayVM1.contoso.com", Generated(run.Result, Edge), StringComparison.Ordinal);
    }

    [Fact]
    public void New_type_that_shadows_the_constant_generates_its_value()
    {
        var run = Run(c => c.AddSyntaxTrees(Parse(("Shadow.cs", "namespace ContosoGateway;\n\ninternal static class Names\n{\n    public const string GatewayVm = \"GatewayVM5.contoso.com\";\n}\n"))));

        Assert.Equal(2, run.Reads);
        Assert.Contains("GatewayVM=GatewayVM5.contoso.com", Generated(run.Result, Edge), StringComparison.Ordinal);
    }

    [Fact]
    public void New_type_that_shadows_a_DSL_type_is_read_again_and_generates_nothing()
    {
        var run = Run(c => c.AddSyntaxTrees(Parse(("Shadow.cs", "namespace ContosoGateway;\n\ninternal static class Gateway\n{\n}\n"))));

        Assert.Equal(2, run.Reads);
        Assert.DoesNotContain(run.Result.GeneratedTrees, t => t.FilePath.EndsWith("." + Edge + ".g.cs", StringComparison.Ordinal));
        Assert.Contains(run.Result.GeneratedTrees, t => t.FilePath.EndsWith("." + Forwarding + ".g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Preprocessor_symbols_of_another_file_generate_the_value_they_select()
    {
        var run = Run(c => Replace(c, NamesSource.Path, NamesSource.Text, GeneratorHarness.ParseOptions.WithPreprocessorSymbols("GATEWAY_VM7")));

        Assert.Equal(2, run.Reads);
        Assert.Contains("GatewayVM=GatewayVM7.contoso.com", Generated(run.Result, Edge), StringComparison.Ordinal);
    }

    [Fact]
    public void Language_version_change_reads_again()
    {
        var options = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp11);
        var run = Run(c => c.RemoveAllSyntaxTrees().AddSyntaxTrees(c.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), options))));

        Assert.Equal(2, run.Reads);
        Assert.Equal(2, run.Result.GeneratedTrees.Length);
    }

    [Fact]
    public void New_reference_objects_read_again()
    {
        var run = Run(c => c.WithReferences(c.References.Select(r => r is PortableExecutableReference { FilePath: { } path } && path.EndsWith("GatewayDsl.dll", StringComparison.Ordinal)
            ? MetadataReference.CreateFromFile(path)
            : r)));

        Assert.Equal(2, run.Reads);
        Assert.Equal(2, run.Result.GeneratedTrees.Length);
    }

    [Fact]
    public void Compilation_options_change_reads_again()
    {
        var run = Run(c => c.WithOptions(c.Options.WithAllowUnsafe(true)));

        Assert.Equal(2, run.Reads);
    }

    [Fact]
    public void Assembly_name_change_reads_again()
    {
        var run = Run(c => c.WithAssemblyName("Renamed"));

        Assert.Equal(2, run.Reads);
    }

    [Fact]
    public void Body_edit_in_another_part_of_the_definition_class_reads_again()
    {
        var part = ("EdgePart.cs", "namespace ContosoGateway;\n\npublic static partial class ContosoEdge\n{\n    private static int Unused() => 1;\n}\n");
        var run = Run(c => Replace(c, part.Item1, part.Item2.Replace("=> 1", "=> 2", StringComparison.Ordinal)), part);

        Assert.Equal(1, run.Reads);
        Assert.Equal(StepReasons.Cached, StepReasons.Of(run.Result, Edge));
    }

    [Fact]
    public void Fresh_generator_reads_everything()
    {
        var compilation = Initial();
        var generator = new GatewayGenerator();
        CreateDriver(generator).RunGenerators(compilation);
        var other = new GatewayGenerator();
        CreateDriver(other).RunGenerators(compilation);

        Assert.Equal(2, generator.Cache.Reads);
        Assert.Equal(2, other.Cache.Reads);
    }

    [Fact]
    public void One_compilation_walks_no_declarations_and_each_edit_walks_the_edited_file_only()
    {
        var compilation = Initial();
        var generator = new GatewayGenerator();
        var driver = CreateDriver(generator).RunGenerators(compilation);
        Assert.Equal(0, generator.Cache.Fingerprints);

        var helper = compilation.SyntaxTrees.Single(t => t.FilePath == HelperSource.Path);
        var first = compilation.ReplaceSyntaxTree(helper, Parse((HelperSource.Path, HelperSource.Text.Replace("=> 41", "=> 42", StringComparison.Ordinal))));
        driver = driver.RunGenerators(first);
        Assert.Equal(compilation.SyntaxTrees.Length + 1, generator.Cache.Fingerprints);

        var second = compilation.ReplaceSyntaxTree(helper, Parse((HelperSource.Path, HelperSource.Text.Replace("=> 41", "=> 43", StringComparison.Ordinal))));
        driver.RunGenerators(second);
        Assert.Equal(compilation.SyntaxTrees.Length + 2, generator.Cache.Fingerprints);
        Assert.Equal(2, generator.Cache.Reads);
    }

    private static CSharpCompilation Initial(params (string Path, string Text)[] extra) =>
        GeneratorHarness.Compile(new[] { EdgeSource, ForwardingSource, NamesSource, HelperSource }.Concat(extra).ToArray());

    /// <summary>Runs one generator on the initial compilation and on the edited one; <c>Reads</c> counts the second run only.</summary>
    private static (GeneratorDriverRunResult Result, long Reads) Run(Func<CSharpCompilation, CSharpCompilation> edit, params (string Path, string Text)[] extra)
    {
        var initial = Initial(extra);
        var generator = new GatewayGenerator();
        var driver = CreateDriver(generator).RunGenerators(initial);
        Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);
        Assert.Contains("GatewayVM=GatewayVM1.contoso.com", Generated(driver.GetRunResult(), Edge), StringComparison.Ordinal);
        var before = generator.Cache.Reads;
        Assert.Equal(2, before);

        var result = driver.RunGenerators(edit(initial)).GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        return (result, generator.Cache.Reads - before);
    }

    private static GeneratorDriver CreateDriver(GatewayGenerator generator) => CSharpGeneratorDriver.Create(
        new[] { generator.AsSourceGenerator() },
        parseOptions: GeneratorHarness.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static string Generated(GeneratorDriverRunResult result, string className) =>
        result.GeneratedTrees.Single(t => t.FilePath.EndsWith("." + className + ".g.cs", StringComparison.Ordinal)).ToString();

    private static SyntaxTree Parse((string Path, string Text) source, CSharpParseOptions? options = null) =>
        CSharpSyntaxTree.ParseText(source.Text, options ?? GeneratorHarness.ParseOptions, source.Path);

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string text, CSharpParseOptions? options = null) =>
        compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(t => t.FilePath == path), Parse((path, text), options));
}
