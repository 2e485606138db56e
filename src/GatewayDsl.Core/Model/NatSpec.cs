using GatewayDsl.Core.Common;

namespace GatewayDsl.Core.Model;

/// <summary>NAT connectivity (<c>Add-SCNATConnection</c>, <c>Add-SCNATRule</c>).</summary>
/// <param name="StepId">The <c>Nat</c> step.</param>
/// <param name="ExternalPool">The External static pool to take the NAT address from.</param>
/// <param name="ExternalAddress">A fixed external address instead.</param>
/// <param name="Rules">Port-forwarding rules.</param>
internal sealed record NatSpec(int StepId, Setting<string?>? ExternalPool, Setting<string?>? ExternalAddress, EquatableArray<NatRuleSpec> Rules);

/// <summary>A NAT port-forwarding rule.</summary>
/// <param name="StepId">The <c>Rule</c> step.</param>
/// <param name="Name">The rule's name.</param>
/// <param name="Protocol">TCP or UDP (enum member name).</param>
/// <param name="ExternalPort">The external port.</param>
/// <param name="InternalAddress">The tenant VM's address.</param>
/// <param name="InternalPort">The tenant VM's port.</param>
internal sealed record NatRuleSpec(int StepId, Setting<string?> Name, Setting<string?> Protocol, Setting<long> ExternalPort, Setting<string?> InternalAddress, Setting<long> InternalPort);
