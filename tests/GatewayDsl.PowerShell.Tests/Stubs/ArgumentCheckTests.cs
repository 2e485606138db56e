using System;
using System.Management.Automation;
using GatewayDsl.PowerShell.Tests.Harness;
using Xunit;

namespace GatewayDsl.PowerShell.Tests.Stubs;

/// <summary><see cref="VmmObjectAttribute"/>: which arguments a VMM object parameter accepts.</summary>
public class ArgumentCheckTests
{
    private static PSObject Fabric(string kind)
    {
        var o = new PSObject();
        o.Properties.Add(new PSNoteProperty("Name", "x"));
        o.TypeNames.Insert(0, "VmmStub.FabricObject");
        o.TypeNames.Insert(0, FabricObject.TypePrefix + kind);
        return o;
    }

    [Theory]
    [InlineData("Tenant")]
    [InlineData(5)]
    [InlineData(true)]
    public void PrimitiveValues_AreRejected(object value)
    {
        Assert.Contains("to type \"LogicalNetwork\"", VmmObjectAttribute.Problem(value, "LogicalNetwork"), StringComparison.Ordinal);
        Assert.NotNull(VmmObjectAttribute.Problem(PSObject.AsPSObject(value), "LogicalNetwork"));
        Assert.NotNull(VmmObjectAttribute.Problem(Guid.Empty, "HostGroup"));
    }

    [Fact]
    public void FabricObjects_AreAcceptedForTheirOwnOrACompatibleType()
    {
        Assert.Null(VmmObjectAttribute.Problem(Fabric("LogicalNetwork"), "LogicalNetwork"));
        Assert.NotNull(VmmObjectAttribute.Problem(Fabric("HostGroup"), "LogicalNetwork"));
        Assert.Null(VmmObjectAttribute.Problem(Fabric("NetworkService"), "NetworkServiceBase"));
        Assert.Null(VmmObjectAttribute.Problem(Fabric("NetworkGateway"), "NetworkServiceBase"));
        Assert.Null(VmmObjectAttribute.Problem(Fabric("RunAsAccount"), "VMMCredential"));
        Assert.Null(VmmObjectAttribute.Problem(Fabric("VirtualHardDisk"), "ClientObject"));
    }

    [Fact]
    public void NullAndNonFabricObjects_AreLeftToPowerShell()
    {
        Assert.Null(VmmObjectAttribute.Problem(null, "HostGroup"));
        Assert.Null(VmmObjectAttribute.Problem(new PSObject(), "HostGroup"));
        Assert.Null(VmmObjectAttribute.Problem(new PSCredential("u", PowerShellHarness.Secure("p")), "VMMCredential"));
    }

    [Fact]
    public void Transform_ChecksEveryElementOfAnArray()
    {
        var attribute = new VmmObjectAttribute("HostGroup");
        var ok = new object[] { Fabric("HostGroup"), Fabric("HostGroup") };
        Assert.Same(ok, attribute.Transform(null!, ok));
        Assert.Throws<ArgumentTransformationMetadataException>(() => attribute.Transform(null!, new object[] { Fabric("HostGroup"), "All Hosts" }));
    }
}
