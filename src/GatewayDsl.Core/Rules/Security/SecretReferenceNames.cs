using System;
using System.Collections.Generic;
using GatewayDsl.Core.Naming;

namespace GatewayDsl.Core.Rules.Security;

/// <summary>
/// Which names a secret reference may carry into the deployment script. A <c>Secret.FromParameter</c> name becomes a
/// SecureString parameter (<c>[securestring] $Name</c>) of the script, so it must be a plain PowerShell identifier that
/// neither the script nor PowerShell already uses; a <c>Secret.FromEnvironment</c> name is read with
/// <c>[Environment]::GetEnvironmentVariable('NAME')</c>, so it must be a name an environment can hold. GW6001 reports
/// any other name, and the generator uses these names as they are (it never renames a user's name).
/// </summary>
internal static class SecretReferenceNames
{
    /// <summary>The longest name accepted (PowerShell and Windows accept more; nobody types more).</summary>
    public const int MaxLength = 128;

    /// <summary>
    /// Names a secret's script parameter may not take: the script's own parameters and first variable, PowerShell's
    /// common parameters and automatic or preference variables (a parameter with such a name fails to bind or changes
    /// how the script runs). Every other variable of the script is free: the script removes the secret parameters'
    /// variables after reading them. Names ending in <c>CertificateFile</c> are the script's too (one per certificate VPN).
    /// </summary>
    public static readonly HashSet<string> ReservedParameterNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "VMMServer", "TemplatePackagePath", "ServiceTemplateName", "ServiceSetting", "GatewayParameterValues",
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
        "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "WhatIf", "Confirm",
        "_", "args", "ConsoleFileName", "EnabledExperimentalFeatures", "Error", "Event", "EventArgs", "EventSubscriber",
        "ExecutionContext", "false", "foreach", "HOME", "Host", "input", "IsCoreCLR", "IsLinux", "IsMacOS", "IsWindows",
        "LASTEXITCODE", "Matches", "MyInvocation", "NestedPromptLevel", "null", "OFS", "PID", "PROFILE", "PSBoundParameters",
        "PSCmdlet", "PSCommandPath", "PSCulture", "PSDebugContext", "PSDefaultParameterValues", "PSEdition", "PSHOME",
        "PSItem", "PSScriptRoot", "PSSenderInfo", "PSUICulture", "PSVersionTable", "PWD", "Sender", "ShellId",
        "StackTrace", "switch", "this", "true", "ConfirmPreference", "DebugPreference", "ErrorActionPreference", "ErrorView",
        "FormatEnumerationLimit", "InformationPreference", "MaximumHistoryCount", "OutputEncoding", "ProgressPreference",
        "PSEmailServer", "PSModuleAutoLoadingPreference", "PSNativeCommandArgumentPassing", "PSNativeCommandUseErrorActionPreference",
        "PSSessionApplicationName", "PSSessionConfigurationName", "PSSessionOption", "PSStyle", "Transcript", "VerbosePreference",
        "WarningPreference", "WhatIfPreference",
    };

    /// <summary>Why <paramref name="name"/> cannot be a script parameter name; null when it can.</summary>
    /// <param name="name">The name given to <c>Secret.FromParameter</c>.</param>
    /// <returns>A sentence fragment, or null.</returns>
    public static string? ParameterProblem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "is empty";
        }

        if (name!.Length > MaxLength)
        {
            return $"has {name.Length} characters (at most {MaxLength})";
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var letter = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_';
            if (!letter && (i == 0 || c is < '0' or > '9'))
            {
                return $"has {CharacterText.Describe(name, i)} at position {CharacterText.Position(i)}; a script parameter name is an ASCII letter or '_' followed by letters, digits and '_'";
            }
        }

        if (ReservedParameterNames.Contains(name) || name.EndsWith("CertificateFile", StringComparison.OrdinalIgnoreCase))
        {
            return "is a name the deployment script or PowerShell already uses";
        }

        return null;
    }

    /// <summary>Why <paramref name="name"/> cannot be an environment variable's name; null when it can.</summary>
    /// <param name="name">The name given to <c>Secret.FromEnvironment</c>.</param>
    /// <returns>A sentence fragment, or null.</returns>
    public static string? EnvironmentProblem(string? name)
    {
        if (string.IsNullOrEmpty(name) || name!.Trim().Length == 0)
        {
            return "is empty";
        }

        if (name.Length > MaxLength)
        {
            return $"has {name.Length} characters (at most {MaxLength})";
        }

        for (var i = 0; i < name.Length; i++)
        {
            // '=' ends a name in the environment block; NUL ends the block's entry; other control and format characters
            // (bidirectional overrides, zero-width marks) make a name that is not the one the operator sees and types.
            var category = char.GetUnicodeCategory(name[i]);
            if (name[i] == '=' || char.IsControl(name[i]) || category is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator || IsLoneSurrogate(name, i))
            {
                return $"has {CharacterText.Describe(name, i)} at position {CharacterText.Position(i)}, which an environment variable's name cannot hold";
            }
        }

        if (char.IsWhiteSpace(name[0]) || char.IsWhiteSpace(name[name.Length - 1]))
        {
            return "starts or ends with white space";
        }

        return null;
    }

    private static bool IsLoneSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
}
