using System;
using GatewayDsl;

namespace GatewayDsl.Samples;

/// <summary>Prints a definition's validation result and connection string, as the samples do until artifacts are generated.</summary>
internal static class SampleReport
{
    /// <summary>Validates and prints; returns 1 when there are errors, so scripts can rely on the exit code.</summary>
    public static int Print(string name, GatewayDefinition definition)
    {
        var violations = definition.Validate();
        Console.WriteLine($"{name}: {violations.Count} violation(s)");
        var errors = 0;
        foreach (var violation in violations)
        {
            Console.WriteLine("  " + violation);
            if (violation.Severity == GatewaySeverity.Error)
            {
                errors++;
            }
        }

        Console.WriteLine("Connection string: " + definition.GetConnectionString());
        return errors == 0 ? 0 : 1;
    }
}
