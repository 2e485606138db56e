using ContosoForwardingGateway;
using GatewayDsl.Samples;

// ContosoForwarding.ConnectionString and ContosoForwarding.GatewayArtifacts are generated at build time from the definition.
return SampleReport.Print("ContosoForwarding", ContosoForwarding.Define(), ContosoForwarding.ConnectionString);
