using System;
using System.Linq;
using GatewayDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GatewayDsl.Generators.Tests.Pipeline;

/// <summary>
/// The generator's incremental caching: an edit that does not touch a definition recomputes nothing, and an edit of one
/// definition re-renders that one only. Each test runs one driver twice and reads the tracked step reasons.
/// </summary>
public sealed class CachingTests
{
    private const string Edge = "ContosoEdge";
    private const string Forwarding = "ContosoForwarding";

    private static readonly (string Path, string Text) EdgeSource = GeneratorHarness.Sample("ContosoGateway", "ContosoEdge.cs");
    private static readonly (string Path, string Text) ForwardingSource = GeneratorHarness.Sample("ContosoForwardingGateway", "ContosoForwarding.cs");
    private static readonly (string Path, string Text) HelperSource = ("Helper.cs", "internal static class Helper\n{\n    public static int Answer() => 41;\n}\n");

    [Fact]
    public void Unrelated_file_added_recomputes_nothing()
    {
        var result = RunTwice(compilation => compilation.AddSyntaxTrees(Parse(("Unrelated.cs", "internal sealed class Unrelated { }\n"))));

        StepReasons.AssertNothingRecomputed(result);
        Assert.Equal(StepReasons.Cached, StepReasons.Of(result, Edge));
        Assert.Equal(StepReasons.Cached, StepReasons.Of(result, Forwarding));
    }

    [Fact]
    public void Unrelated_member_appended_to_the_definition_file_recomputes_nothing()
    {
        var result = RunTwice(compilation => Replace(compilation, EdgeSource.Path, EdgeSource.Text + "\ninternal static class Appended\n{\n    public static int Value => 1;\n}\n"));

        StepReasons.AssertNothingRecomputed(result);
        Assert.Equal(StepReasons.Cached, StepReasons.Of(result, Edge));
        Assert.Equal(StepReasons.Cached, StepReasons.Of(result, Forwarding));
    }

    [Fact]
    public void Unrelated_method_body_changed_recomputes_nothing()
    {
        var result = RunTwice(compilation => Replace(compilation, HelperSource.Path, HelperSource.Text.Replace("=> 41", "=> 42")));

        StepReasons.AssertNothingRecomputed(result);
        Assert.Equal(StepReasons.Cached, StepReasons.Of(result, Edge));
        Assert.Equal(StepReasons.Cached, StepReasons.Of(result, Forwarding));
    }

    [Fact]
    public void Unrelated_additional_file_added_recomputes_nothing()
    {
        var compilation = Initial();
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        driver = driver.AddAdditionalTexts([new TestAdditionalText("notes.txt", "not a template")]);

        var result = driver.RunGenerators(compilation).GetRunResult();

        StepReasons.AssertNothingRecomputed(result);
        Assert.Equal(IncrementalStepRunReason.Cached, StepReasons.Templates(result));
    }

    [Fact]
    public void Editing_one_of_two_definitions_rerenders_only_that_one()
    {
        var result = RunTwice(compilation => Replace(compilation, EdgeSource.Path, EdgeSource.Text.Replace("GatewayVM1.contoso.com", "GatewayVM9.contoso.com")));

        Assert.Equal(StepReasons.Modified, StepReasons.Of(result, Edge));
        Assert.Equal(StepReasons.Cached, StepReasons.Of(result, Forwarding));
        Assert.Equal(IncrementalStepRunReason.Cached, StepReasons.Templates(result));
    }

    [Fact]
    public void Editing_a_replacement_template_rerenders_every_definition_without_reading_them_again()
    {
        var options = new TestOptionsProvider(("Runbook.scriban", "GatewayDslTemplate", "Runbook"));
        var template = new TestAdditionalText("Runbook.scriban", "# {{ md model.GatewayName }}\n");
        var compilation = Initial();
        var driver = GeneratorHarness.CreateDriver(options, template).RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(template, new TestAdditionalText("Runbook.scriban", "# Runbook of {{ md model.GatewayName }}\n"));

        var result = driver.RunGenerators(compilation).GetRunResult();

        Assert.Equal(IncrementalStepRunReason.Modified, StepReasons.Templates(result));
        Assert.Equal(StepReasons.Rerendered, StepReasons.Of(result, Edge));
        Assert.Equal(StepReasons.Rerendered, StepReasons.Of(result, Forwarding));
    }

    private static CSharpCompilation Initial() => GeneratorHarness.Compile(EdgeSource, ForwardingSource, HelperSource);

    private static GeneratorDriverRunResult RunTwice(Func<CSharpCompilation, CSharpCompilation> edit)
    {
        var initial = Initial();
        var driver = GeneratorHarness.CreateDriver().RunGenerators(initial);
        Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);
        return driver.RunGenerators(edit(initial)).GetRunResult();
    }

    private static SyntaxTree Parse((string Path, string Text) source) => CSharpSyntaxTree.ParseText(source.Text, GeneratorHarness.ParseOptions, source.Path);

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string text) =>
        compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(t => t.FilePath == path), Parse((path, text)));
}
