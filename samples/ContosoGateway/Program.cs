using ContosoGateway;
using GatewayDsl.Samples;

return SampleReport.Print("ContosoEdge", ContosoEdge.Define());
