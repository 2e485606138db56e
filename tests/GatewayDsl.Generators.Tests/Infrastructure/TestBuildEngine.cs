using System.Collections;
using System.Collections.Generic;
using Microsoft.Build.Framework;

namespace GatewayDsl.Generators.Tests.Infrastructure;

/// <summary>A build engine that records what a task logs.</summary>
public sealed class TestBuildEngine : IBuildEngine
{
    /// <summary>The errors logged.</summary>
    public List<string> Errors { get; } = new();

    /// <summary>The warnings logged.</summary>
    public List<string> Warnings { get; } = new();

    /// <summary>The messages logged, with their importance.</summary>
    public List<(MessageImportance Importance, string Text)> Messages { get; } = new();

    /// <inheritdoc/>
    public bool ContinueOnError => false;

    /// <inheritdoc/>
    public int LineNumberOfTaskNode => 0;

    /// <inheritdoc/>
    public int ColumnNumberOfTaskNode => 0;

    /// <inheritdoc/>
    public string ProjectFileOfTaskNode => "test.csproj";

    /// <inheritdoc/>
    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

    /// <inheritdoc/>
    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    /// <inheritdoc/>
    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e.Message ?? string.Empty);

    /// <inheritdoc/>
    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add((e.Importance, e.Message ?? string.Empty));

    /// <inheritdoc/>
    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e.Message ?? string.Empty);
}
