using System.Collections.Generic;
using System.Linq;
using GatewayDsl.Core.Rules;

namespace GatewayDsl.Analyzers.Tests.Infrastructure;

/// <summary>Rule IDs, to focus a test on the rules it is about (a partial definition otherwise triggers GW0004 and more).</summary>
public static class RuleIds
{
    /// <summary>Every rule ID except <paramref name="kept"/>.</summary>
    public static IEnumerable<string> AllExcept(params string[] kept) =>
        RuleCatalog.Descriptors.Select(d => d.Id).Where(id => !kept.Contains(id));
}
