using System.Collections.Generic;
using GatewayDsl.Core.Steps;

namespace GatewayDsl.Analyzers.Parsing;

/// <summary>What the parser read from one definition method: the neutral steps, where they are written, and problems.</summary>
/// <param name="Steps">The root steps, the same the run-time builder would record.</param>
/// <param name="Locations">Where each step and argument is written.</param>
/// <param name="Problems">GW0001/GW0002 findings.</param>
internal sealed record ParsedDefinition(IReadOnlyList<Step> Steps, StepLocations Locations, IReadOnlyList<ParseProblem> Problems);
