using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GatewayDsl.Generators.Tests.Infrastructure;
using Xunit;

namespace GatewayDsl.Generators.Tests.Pipeline;

/// <summary>Same input ⇒ same bytes: on a second run, under any culture, and wherever the source file lives.</summary>
public sealed class DeterminismTests
{
    public static readonly TheoryData<string, string> Samples = new()
    {
        { "ContosoGateway", "ContosoEdge.cs" },
        { "ContosoForwardingGateway", "ContosoForwarding.cs" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Rendering_twice_gives_the_same_bytes(string sample, string file)
    {
        AssertSame(SampleOutput.Render(sample, file), SampleOutput.Render(sample, file));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Culture_does_not_change_a_byte(string sample, string file)
    {
        var invariant = InCulture(CultureInfo.InvariantCulture, () => SampleOutput.Render(sample, file));

        foreach (var name in new[] { "de-DE", "tr-TR", "ar-SA" })
        {
            var culture = CultureInfo.GetCultureInfo(name);
            AssertSame(invariant, InCulture(culture, () => SampleOutput.Render(sample, file)));
        }
    }

    [Fact]
    public void Test_cultures_really_differ_from_the_invariant_one()
    {
        // Guards the test above: in globalization-invariant mode every culture would format like the invariant one.
        Assert.Equal("1,5", InCulture(CultureInfo.GetCultureInfo("de-DE"), () => 1.5.ToString(CultureInfo.CurrentCulture)));
        Assert.Equal("İ", InCulture(CultureInfo.GetCultureInfo("tr-TR"), () => "i".ToUpper(CultureInfo.CurrentCulture)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Source_location_does_not_change_a_byte(string sample, string file)
    {
        var here = SampleOutput.Render(sample, file, "/home/alice/src/" + file);
        var there = SampleOutput.Render(sample, file, "/srv/build/agent-7/work/contoso/samples/" + sample + "/" + file);

        AssertSame(here, there);
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }

    private static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(actual[pair.Key]), pair.Key + " differs"));
    }
}
