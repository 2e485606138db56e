using GatewayDsl.Core.Rules;
using Microsoft.CodeAnalysis;

namespace GatewayDsl.Analyzers.Parsing;

/// <summary>A GW0001 or GW0002 finding made while reading a definition's source.</summary>
/// <param name="Rule">GW0001 (not a constant) or GW0002 (a construct the evaluator cannot follow).</param>
/// <param name="Location">Where it is.</param>
/// <param name="Message">What is wrong and what to write instead.</param>
internal sealed record ParseProblem(RuleDescriptor Rule, Location Location, string Message);
