using System;
using GatewayDsl;

namespace GatewayDsl.Samples;

/// <summary>Prints a definition's run-time validation result and the connection string generated at build time.</summary>
internal static class SampleReport
{
    /// <summary>Validates and prints; returns 1 when there are errors, so scripts can rely on the exit code.</summary>
    public static int Print(string name, GatewayDefinition definition, string generatedConnectionString)
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

        Console.WriteLine("Connection string: " + generatedConnectionString);
        if (generatedConnectionString != definition.GetConnectionString())
        {
            Console.WriteLine("The generated connection string differs from the run-time one; rebuild the project.");
            return 2;
        }

        return errors == 0 ? 0 : 1;
    }
}
