namespace GatewayDsl.Core.Model;

/// <summary>The Scale-Out File Server share registered with the host cluster (prerequisite 3, step 5).</summary>
/// <param name="StepId">The <c>ScaleOutFileServer</c> step.</param>
/// <param name="Server">The file server's FQDN.</param>
/// <param name="Share">The share's name.</param>
internal sealed record FileShareSpec(int StepId, Setting<string?> Server, Setting<string?> Share);
