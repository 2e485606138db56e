using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Xml;
using System.Xml.Linq;

namespace GatewayDsl.Build.Tasks;

/// <summary>One diagnostic of the compiler's error log: enough to count it for a definition's summary line.</summary>
internal sealed class LoggedDiagnostic
{
    /// <summary>Creates the diagnostic.</summary>
    public LoggedDiagnostic(string ruleId, bool isError, string fileName)
    {
        RuleId = ruleId;
        IsError = isError;
        FileName = fileName;
    }

    /// <summary>The diagnostic ID, e.g. <c>GW3001</c> or <c>CS0029</c>.</summary>
    public string RuleId { get; }

    /// <summary>Whether it was reported as an error (after <c>-warnaserror</c> and .editorconfig severities).</summary>
    public bool IsError { get; }

    /// <summary>The file name (no folders) of its first location, or empty.</summary>
    public string FileName { get; }
}

/// <summary>
/// Reads the diagnostics of the SARIF file the compiler writes for <c>-p:ErrorLog=</c> (csc writes SARIF 1.0 by
/// default and 2.1 with <c>,version=2.1</c>; both keep the results in <c>runs[].results[]</c>). The task has no JSON
/// library of its own (MSBuild provides none on every host), so the log is read through the framework's JSON-to-XML
/// reader. Only errors and warnings count; notes and suppressed diagnostics (<c>#pragma</c>, SuppressMessage) do not.
/// </summary>
internal static class SarifLog
{
    /// <summary>The path part of an <c>ErrorLog</c> value such as <c>obj/x.sarif,version=2.1</c>.</summary>
    public static string PathOf(string errorLog)
    {
        var comma = errorLog.IndexOf(",version=", StringComparison.OrdinalIgnoreCase);
        return (comma < 0 ? errorLog : errorLog.Substring(0, comma)).Trim();
    }

    /// <summary>The errors and warnings in the log; empty when the file is missing or is not a SARIF log.</summary>
    public static IReadOnlyList<LoggedDiagnostic> Read(string path)
    {
        if (path.Length == 0 || !File.Exists(path))
        {
            return Array.Empty<LoggedDiagnostic>();
        }

        XElement root;
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = JsonReaderWriterFactory.CreateJsonReader(stream, XmlDictionaryReaderQuotas.Max);
            root = XElement.Load(reader);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or XmlException)
        {
            return Array.Empty<LoggedDiagnostic>();
        }

        return Member(root, "runs").Elements()
            .SelectMany(run => Member(run, "results").Elements())
            .Select(Diagnostic)
            .Where(d => d is not null)
            .Select(d => d!)
            .ToList();
    }

    private static LoggedDiagnostic? Diagnostic(XElement result)
    {
        var level = Text(Member(result, "level")) ?? "warning"; // SARIF 2.1: an absent level means warning.
        if ((level != "error" && level != "warning") || IsSuppressed(result))
        {
            return null;
        }

        var location = Member(result, "locations").Elements().FirstOrDefault();
        var uri = location is null ? null
            : Text(Member(Member(Member(location, "physicalLocation"), "artifactLocation"), "uri"))   // SARIF 2.1
              ?? Text(Member(Member(location, "resultFile"), "uri"));                                 // SARIF 1.0
        return new LoggedDiagnostic(Text(Member(result, "ruleId")) ?? string.Empty, level == "error", FileName(uri));
    }

    /// <summary>SARIF 2.1 lists suppressions; SARIF 1.0 flags <c>suppressionStates</c> or <c>isSuppressedInSource</c>.</summary>
    private static bool IsSuppressed(XElement result) =>
        Member(result, "suppressions").Elements().Any()
        || Member(result, "suppressionStates").Elements().Any()
        || Text(Member(result, "isSuppressedInSource")) == "true";

    /// <summary>The last segment of a file URI or path, unescaped.</summary>
    private static string FileName(string? uri)
    {
        if (uri is null || uri.Length == 0)
        {
            return string.Empty;
        }

        var name = uri.Substring(Math.Max(uri.LastIndexOf('/'), uri.LastIndexOf('\\')) + 1);
        return Uri.UnescapeDataString(name);
    }

    /// <summary>The text of a member, or null when the member is absent.</summary>
    private static string? Text(XElement member) => member.Name == Absent ? null : member.Value;

    /// <summary>
    /// A JSON member: the reader maps <c>"name": ...</c> to an element <c>name</c>, or, for names that are not XML
    /// names, to <c>&lt;a:item item="name"&gt;</c>. Absent members are an empty element, so chains never need null checks.
    /// </summary>
    private static XElement Member(XElement parent, string name) =>
        parent.Elements(name).FirstOrDefault()
        ?? parent.Elements().FirstOrDefault(e => (string?)e.Attribute("item") == name)
        ?? new XElement(Absent);

    /// <summary>The name of the stand-in for an absent member (no JSON member maps to it: JSON names become other names).</summary>
    private static readonly XName Absent = XName.Get("absent", "urn:gatewaydsl:absent");
}
