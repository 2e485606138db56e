using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GatewayDsl.Fuzz.Tests.Harness;

/// <summary>
/// Sources that crash the compiler the tests run on (Roslyn 4.11, pinned by Basic.Reference.Assemblies) before any
/// GatewayDsl code runs, with a StackOverflowException: no harness can catch that, the test host dies and the run is
/// lost. Such cases are skipped and counted, never compiled. Each entry names the newer compiler that handles it.
/// </summary>
public static class KnownCompilerCrashes
{
    /// <summary>Why <paramref name="root"/> must not be compiled, or null.</summary>
    public static string? Reason(SyntaxNode root)
    {
        // Found by the long run (seed 2): 'const int N = checked(N - 1);' in a method. Roslyn 4.11 recurses through
        // LocalWithInitializer.GetConstantValue and BindCheckedExpression until the stack overflows; the SDK 10.0.401
        // compiler reports CS0110 (circular constant). Constant fields and 'const int N = N - 1;' are fine.
        foreach (var local in root.DescendantNodes().OfType<LocalDeclarationStatementSyntax>().Where(l => l.IsConst))
        {
            foreach (var variable in local.Declaration.Variables)
            {
                var name = variable.Identifier.ValueText;
                if (variable.Initializer?.Value.DescendantNodesAndSelf().OfType<CheckedExpressionSyntax>()
                        .Any(c => c.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == name)) == true)
                {
                    return $"Roslyn 4.11 overflows its stack on the const local '{name}' whose checked/unchecked initializer uses itself (newer compilers: CS0110)";
                }
            }
        }

        return null;
    }
}
