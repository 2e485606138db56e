// Checks the definition at run time too and prints its connection string. The build has already checked it (rules
// GWnnnn) and written every artifact to bin/<configuration>/<framework>/gateway/EdgeGateway/; the generated constants
// are in GatewayApp.Namespace.EdgeGateway.ConnectionString and GatewayApp.Namespace.EdgeGateway.GatewayArtifacts.
var definition = GatewayApp.Namespace.EdgeGateway.Define();
var violations = definition.Validate();
Console.WriteLine($"EdgeGateway: {violations.Count} violation(s)");
foreach (var violation in violations)
{
    Console.WriteLine("  " + violation);
}

Console.WriteLine("Connection string: " + definition.GetConnectionString());
return violations.Any(v => v.Severity == GatewayDsl.GatewaySeverity.Error) ? 1 : 0;
