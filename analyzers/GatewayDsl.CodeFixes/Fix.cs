using System;
using Microsoft.CodeAnalysis;

namespace GatewayDsl.CodeFixes;

/// <summary>One code action a provider offers for a diagnostic.</summary>
/// <param name="Title">What it does, with the value it writes (e.g. "Set MaxVmNetworks to 100").</param>
/// <param name="EquivalenceKey">Stable per kind of fix (not per value), so fix-all groups all of its kind.</param>
/// <param name="Apply">Rewrites the document's root; called only when the action is applied.</param>
internal sealed record Fix(string Title, string EquivalenceKey, Func<SyntaxNode, SyntaxNode> Apply);
