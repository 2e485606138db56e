using System.Linq;
using Microsoft.CodeAnalysis;

namespace GatewayDsl.Generators.Caching;

/// <summary>
/// What a compilation's binding of an unchanged syntax tree depends on besides that tree: the declarations of every tree
/// (<see cref="DeclarationFingerprint"/>, in compilation order), the references (by object identity), the assembly
/// name (it decides which referenced internals are visible) and the compilation options. Two compilations with equal
/// stamps bind an unchanged tree to the same operations.
/// </summary>
internal sealed class CompilationStamp
{
    private readonly byte[] digest;
    private readonly CompilationOptions options;

    /// <summary>Creates a stamp from the digest of the declarations, references and assembly name, and the options.</summary>
    public CompilationStamp(byte[] digest, CompilationOptions options)
    {
        this.digest = digest;
        this.options = options;
    }

    /// <summary>Whether a tree binds the same in both compilations (given it is the same tree object in both).</summary>
    public bool Matches(CompilationStamp other) =>
        ReferenceEquals(this, other) || (digest.SequenceEqual(other.digest) && options.Equals(other.options));
}
