using System.IO;
using System.Xml.Linq;
using GatewayDsl.Generators.Emitting;
using GatewayDsl.Generators.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Generators.Tests.Emitting;

public sealed class GeneratorVersionTests
{
    [Fact]
    public void Generator_version_is_the_package_version()
    {
        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "build", "GatewayDsl.Version.props"));
        var packageVersion = props.Root!.Element("PropertyGroup")!.Element("GatewayDslVersion")!.Value;

        Assert.Equal(packageVersion, ArtifactEmitter.GeneratorVersion);
    }
}
