using System;
using System.Collections.Generic;
using System.Linq;

namespace GatewayDsl.Core.Model;

/// <summary>
/// A VMM host group path as rules compare it: <c>All Hosts\Edge</c>, <c>Edge</c> and <c>all hosts\edge\</c> are the
/// same group. VMM roots every host group at <c>All Hosts</c> and compares names without regard to case, so a path
/// that does not start there is read as relative to it. One definition keeps every rule that relates host groups
/// (GW1007's coverage, GW2009's overlap scope) in agreement.
/// </summary>
internal sealed class HostGroupPath
{
    /// <summary>The name of VMM's root host group.</summary>
    public const string RootName = "All Hosts";

    private readonly string[] segments;

    private HostGroupPath(string text, string[] segments)
    {
        Text = text;
        this.segments = segments;
    }

    /// <summary>The path as the user wrote it (for messages).</summary>
    public string Text { get; }

    /// <summary>Reads a path; null when it is null or names no group at all (empty, only separators).</summary>
    public static HostGroupPath? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var segments = text.Split('\\').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count == 0)
        {
            return null;
        }

        if (!string.Equals(segments[0], RootName, StringComparison.OrdinalIgnoreCase))
        {
            segments.Insert(0, RootName);
        }

        return new HostGroupPath(text, segments.ToArray());
    }

    /// <summary>Whether this group is <paramref name="other"/> or one of its parents (a grant on it covers <paramref name="other"/>).</summary>
    public bool Contains(HostGroupPath other)
    {
        if (segments.Length > other.segments.Length)
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (!string.Equals(segments[i], other.segments[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether both paths name the same group.</summary>
    public bool SameAs(HostGroupPath other) => segments.Length == other.segments.Length && Contains(other);

    /// <summary>Whether one of the two groups contains the other (VMM scopes subnets and grants along this line).</summary>
    public bool IsRelatedTo(HostGroupPath other) => Contains(other) || other.Contains(this);

    /// <summary>The known, non-empty paths of <paramref name="settings"/>, in order.</summary>
    public static IEnumerable<HostGroupPath> ParseAll(IEnumerable<Setting<string?>> settings) =>
        settings.Select(s => Parse(s.KnownValue())).Where(p => p is not null).Select(p => p!);
}
