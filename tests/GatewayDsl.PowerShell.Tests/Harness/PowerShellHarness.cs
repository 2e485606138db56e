using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;
using System.Threading.Tasks;

namespace GatewayDsl.PowerShell.Tests.Harness;

/// <summary>
/// Runs PowerShell scripts in-process (Microsoft.PowerShell.SDK) against the generated stub VMM cmdlets and reports what the
/// script did: the stub calls with their resolved parameter sets and bound parameters, and every output stream.
/// </summary>
/// <remarks>
/// One harness is one runspace: seed it, run one or more scripts (the fabric and the call record persist across runs, which
/// is how idempotency is tested), dispose it. The runspace has no host UI, so anything that would prompt (a missing mandatory
/// parameter, Read-Host, a -Confirm prompt) fails with an error instead of waiting; a run that still hangs is stopped after
/// <see cref="Timeout"/>.
/// </remarks>
public sealed class PowerShellHarness : IDisposable
{
    private readonly Runspace _runspace;
    private int _callsReported;

    /// <summary>Opens a runspace (<see cref="InitialSessionState.CreateDefault2"/>) and loads the runtime and the stubs.</summary>
    public PowerShellHarness()
        : this(VmmStubGenerator.DefaultScript)
    {
    }

    /// <summary>Opens a runspace and loads the given stub script (for tests of the generator itself).</summary>
    public PowerShellHarness(string stubScript)
    {
        _runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        _runspace.Open();
        using var ps = System.Management.Automation.PowerShell.Create(_runspace);
        ps.AddScript(stubScript);
        ps.Invoke();
        if (ps.HadErrors)
            throw new InvalidOperationException("Loading the stubs failed: " + string.Join("; ", ps.Streams.Error.Select(e => e.ToString())));
    }

    /// <summary>How long one run may take before it is stopped (default 30 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Puts the seed's objects into the fabric; <see cref="FabricRef"/>s resolve to seeded or existing objects.</summary>
    public PowerShellHarness Seed(FabricSeed seed)
    {
        // One invocation for the whole seed (Add-VmmFabricSeed in Stubs/VmmFabric.ps1): a PowerShell call per object is slow.
        var items = seed.Objects.Select(o =>
        {
            var props = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in o.Properties)
                props[key] = ToSeedValue(value);
            var item = new Hashtable(StringComparer.OrdinalIgnoreCase) { ["Kind"] = o.Kind, ["Properties"] = props };
            if (o.ServiceSettingNames is { } names)
                item["ServiceSettingNames"] = names.ToArray();
            return (object)item;
        }).ToArray();
        Invoke("Add-VmmFabricSeed", new() { ["Items"] = items });
        return this;
    }

    /// <summary>Removes every fabric object of a kind with that name (a missing prerequisite); returns how many.</summary>
    public int Remove(string kind, string name) =>
        Convert.ToInt32(FabricObject.Unwrap(Invoke("Remove-VmmFabricObject", new() { ["Kind"] = kind, ["Name"] = name }).Single()), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The fabric objects of a kind (optionally by name), e.g. to check what a script created.</summary>
    public IReadOnlyList<PSObject> Fabric(string kind, string? name = null)
    {
        var args = new Dictionary<string, object?> { ["Kind"] = kind };
        if (name is not null)
            args["Name"] = name;
        var result = Invoke("Get-VmmFabricObject", args).Single();
        return ((IEnumerable)FabricObject.Unwrap(result)!).Cast<object>().Select(PSObject.AsPSObject).ToList();
    }

    /// <summary>
    /// Replaces a stub's behaviour after recording: <paramref name="scriptBlock"/> gets <c>param($BoundParameters, $ParameterSetName)</c>
    /// and its output is the cmdlet's output (e.g. <c>throw 'VMM error 1234'</c> to simulate a failing job).
    /// </summary>
    public PowerShellHarness Override(string cmdlet, string scriptBlock)
    {
        Table("VmmStubOverrides")[cmdlet] = ScriptBlock.Create(scriptBlock);
        return this;
    }

    /// <summary>Every stub call recorded in this runspace so far, across runs.</summary>
    public IReadOnlyList<RecordedCall> AllCalls() =>
        ((IEnumerable)_runspace.SessionStateProxy.GetVariable("VmmStubCalls")).Cast<object>().Select(ToCall).ToList();

    /// <summary>Runs a script file (e.g. a generated <c>Deploy-X.ps1</c>) with named parameters.</summary>
    /// <param name="path">Script path.</param>
    /// <param name="parameters">
    /// Script parameters: a switch is <c>true</c> (e.g. <c>["WhatIf"] = true</c>), <c>["Confirm"] = false</c> is <c>-Confirm:$false</c>,
    /// a <see cref="SecureString"/> from <see cref="Secure"/>.
    /// </param>
    public ScriptRunResult RunFile(string path, IDictionary<string, object?>? parameters = null) =>
        Run(ps => ps.AddCommand(path), parameters);

    /// <summary>Runs script text as a script block with named parameters (see <see cref="RunFile"/>).</summary>
    public ScriptRunResult RunScript(string script, IDictionary<string, object?>? parameters = null) =>
        Run(ps => ps.AddScript(script), parameters);

    /// <summary>A read-only SecureString (for script parameters).</summary>
    public static SecureString Secure(string plain)
    {
        var s = new SecureString();
        foreach (var ch in plain)
            s.AppendChar(ch);
        s.MakeReadOnly();
        return s;
    }

    /// <inheritdoc />
    public void Dispose() => _runspace.Dispose();

    private ScriptRunResult Run(Action<System.Management.Automation.PowerShell> add, IDictionary<string, object?>? parameters)
    {
        using var ps = System.Management.Automation.PowerShell.Create(_runspace);
        add(ps);
        foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
            ps.AddParameter(name, value);

        _runspace.SessionStateProxy.SetVariable("LASTEXITCODE", null);
        var output = new List<PSObject>();
        ErrorRecord? terminating = null;
        var timedOut = false;
        var task = ps.InvokeAsync();
        try
        {
            if (!task.Wait(Timeout))
            {
                timedOut = true;
                ps.Stop();
            }
            else
            {
                output.AddRange(task.Result.Where(o => o is not null));
            }
        }
        catch (AggregateException ae) when (ae.InnerException is { } inner)
        {
            terminating = inner is IContainsErrorRecord r ? r.ErrorRecord : new ErrorRecord(inner, "HarnessException", ErrorCategory.NotSpecified, null);
        }

        var all = AllCalls();
        var calls = all.Skip(_callsReported).ToList();
        _callsReported = all.Count;
        var exit = _runspace.SessionStateProxy.GetVariable("LASTEXITCODE");
        return new ScriptRunResult(
            calls,
            output,
            ps.Streams.Error.ToList(),
            terminating,
            timedOut,
            exit is null ? null : Convert.ToInt32(FabricObject.Unwrap(exit), System.Globalization.CultureInfo.InvariantCulture),
            ps.Streams.Warning.Select(w => w.Message).ToList(),
            ps.Streams.Verbose.Select(v => v.Message).ToList(),
            ps.Streams.Information.Select(i => i.MessageData?.ToString() ?? "").ToList());
    }

    private Collection<PSObject> Invoke(string command, Dictionary<string, object?> args)
    {
        using var ps = System.Management.Automation.PowerShell.Create(_runspace);
        ps.AddCommand(command);
        foreach (var (k, v) in args)
            ps.AddParameter(k, v);
        var result = ps.Invoke();
        if (ps.HadErrors)
            throw new InvalidOperationException($"{command} failed: " + string.Join("; ", ps.Streams.Error.Select(e => e.ToString())));
        return result;
    }

    private Hashtable Table(string globalName) =>
        (Hashtable)FabricObject.Unwrap(_runspace.SessionStateProxy.GetVariable(globalName))!;

    private static object? ToSeedValue(object? value) => value switch
    {
        FabricRef r => new Hashtable { ["FabricRefKind"] = r.Kind, ["FabricRefName"] = r.Name },
        object?[] array => array.Select(ToSeedValue).ToArray(),
        _ => value,
    };

    private static RecordedCall ToCall(object item)
    {
        var o = PSObject.AsPSObject(item);
        var set = (string)FabricObject.Get(o, "ParameterSet")!;
        var parameters = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry e in (IDictionary)FabricObject.Unwrap(o.Properties["Parameters"].Value)!)
            parameters[(string)e.Key] = Normalize(e.Value);
        return new RecordedCall(
            (string)FabricObject.Get(o, "Cmdlet")!,
            set == "__AllParameterSets" ? VmmCmdletCatalog.AllSetName : set,
            parameters);
    }

    private static object? Normalize(object? value)
    {
        var v = FabricObject.Unwrap(value);
        return v switch
        {
            object[] a => a.Select(Normalize).ToArray(),
            _ => v,
        };
    }
}

/// <summary>What one script run did.</summary>
/// <param name="Calls">Stub calls made during this run, in order.</param>
/// <param name="Output">Objects the script wrote to the output stream.</param>
/// <param name="Errors">Non-terminating errors (the error stream).</param>
/// <param name="TerminatingError">The error that stopped the script (a <c>throw</c>, or any error under <c>-ErrorAction Stop</c>), or null.</param>
/// <param name="TimedOut">The run was stopped after <see cref="PowerShellHarness.Timeout"/>.</param>
/// <param name="ExitCode"><c>$LASTEXITCODE</c> after the run (set by <c>exit n</c> in a script file), or null.</param>
/// <param name="Warnings">Warning messages.</param>
/// <param name="Verbose">Verbose messages (only written when the script runs with <c>-Verbose</c> or sets <c>$VerbosePreference</c>).</param>
/// <param name="Information">Information records, including Write-Host text.</param>
public sealed record ScriptRunResult(
    IReadOnlyList<RecordedCall> Calls,
    IReadOnlyList<PSObject> Output,
    IReadOnlyList<ErrorRecord> Errors,
    ErrorRecord? TerminatingError,
    bool TimedOut,
    int? ExitCode,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Verbose,
    IReadOnlyList<string> Information)
{
    /// <summary>True when the script stopped early: a terminating error, or a timeout.</summary>
    public bool Terminated => TerminatingError is not null || TimedOut;

    /// <summary>Every error, terminating last.</summary>
    public IEnumerable<ErrorRecord> AllErrors => TerminatingError is null ? Errors : Errors.Append(TerminatingError);

    /// <summary>True when the run wrote no error and finished.</summary>
    public bool Succeeded => !Terminated && Errors.Count == 0;

    /// <summary>Calls whose verb changes the fabric (everything except Get-, Read- and Test-).</summary>
    public IEnumerable<RecordedCall> Changes => Calls.Where(c => !c.Cmdlet.StartsWith("Get-", StringComparison.Ordinal) && !c.Cmdlet.StartsWith("Read-", StringComparison.Ordinal) && !c.Cmdlet.StartsWith("Test-", StringComparison.Ordinal));

    /// <summary>A readable summary for assertion messages.</summary>
    public string Describe() =>
        $"terminated={Terminated} timedOut={TimedOut} exit={ExitCode}\n" +
        "calls:\n" + string.Concat(Calls.Select(c => "  " + c + "\n")) +
        "errors:\n" + string.Concat(AllErrors.Select(e => $"  [{e.FullyQualifiedErrorId}] {e}\n")) +
        "warnings:\n" + string.Concat(Warnings.Select(w => "  " + w + "\n"));
}
