using ContosoGateway;
using GatewayDsl.Samples;

// ContosoEdge.ConnectionString and ContosoEdge.GatewayArtifacts are generated at build time from the definition.
return SampleReport.Print("ContosoEdge", ContosoEdge.Define(), ContosoEdge.ConnectionString);
