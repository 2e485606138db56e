using Xunit;

namespace GatewayDsl.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every end-to-end test shares one packed feed and one project made from the template, and runs one at a time: the
/// tests edit and rebuild that project, and each build is heavy on a small machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<StarterProject>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "EndToEnd";
}
