namespace GatewayDsl.Core.Rules;

/// <summary>The diagnostic categories, one per ID block of the rule catalog.</summary>
internal static class RuleCategory
{
    /// <summary>GW0xxx: using the DSL.</summary>
    public const string Usage = "GatewayDsl.Usage";

    /// <summary>GW1xxx: connection string and network service.</summary>
    public const string NetworkService = "GatewayDsl.NetworkService";

    /// <summary>GW2xxx: logical networks, sites and addresses.</summary>
    public const string Networking = "GatewayDsl.Networking";

    /// <summary>GW3xxx: names, domain and accounts.</summary>
    public const string Identity = "GatewayDsl.Identity";

    /// <summary>GW4xxx: host cluster, storage, library and service template.</summary>
    public const string Deployment = "GatewayDsl.Deployment";

    /// <summary>GW5xxx: VM-network connectivity.</summary>
    public const string Connectivity = "GatewayDsl.Connectivity";

    /// <summary>GW6xxx: secrets.</summary>
    public const string Security = "GatewayDsl.Security";
}
