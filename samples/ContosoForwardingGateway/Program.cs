using ContosoForwardingGateway;
using GatewayDsl.Samples;

return SampleReport.Print("ContosoForwarding", ContosoForwarding.Define());
