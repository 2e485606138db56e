using GatewayDsl.Fuzz.Tests.Harness;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GatewayDsl.Fuzz.Tests.HarnessTests;

/// <summary>
/// The one source known to crash the tests' compiler (found by the long run with seed 2) is recognised without being
/// compiled (compiling it here would kill the test host), and its harmless neighbours are not skipped.
/// </summary>
public sealed class KnownCompilerCrashesTests
{
    [Theory]
    [InlineData("class C { static int M() { const int Networks = checked(Networks - 1); return Networks; } }")]
    [InlineData("class C { static int M() { const int N = unchecked(N); return N; } }")]
    [InlineData("class C { static int F(int x) => x; static int M() { const int N = F(checked(N - 1)); return N; } }")]
    public void Self_referencing_checked_const_local_is_skipped(string source) =>
        Assert.NotNull(KnownCompilerCrashes.Reason(CSharpSyntaxTree.ParseText(source).GetRoot()));

    [Theory]
    [InlineData("class C { static int M() { const int N = N - 1; return N; } }")]
    [InlineData("class C { const int N = checked(N - 1); }")]
    [InlineData("class C { const int M = 1; static int F() { const int N = checked(M - 1); return N; } }")]
    public void Neighbours_that_compile_are_not_skipped(string source) =>
        Assert.Null(KnownCompilerCrashes.Reason(CSharpSyntaxTree.ParseText(source).GetRoot()));
}
