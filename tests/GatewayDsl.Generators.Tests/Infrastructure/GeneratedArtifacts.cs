using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace GatewayDsl.Generators.Tests.Infrastructure;

/// <summary>The artifacts a generated <c>GatewayArtifacts</c> class carries, read from the compilation's constants.</summary>
public static class GeneratedArtifacts
{
    /// <summary>UTF-8 without an added byte order mark, as the build task writes files.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>(file name, content) of every artifact of the class <paramref name="definitionType"/> (metadata name), in declaration order.</summary>
    public static IReadOnlyList<(string FileName, string Content)> Of(Compilation compilation, string definitionType)
    {
        var artifacts = compilation.GetTypeByMetadataName(definitionType + "+GatewayArtifacts")
            ?? throw new KeyNotFoundException(definitionType + " has no generated GatewayArtifacts class");
        var constants = artifacts.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ToDictionary(f => f.Name, f => (string)f.ConstantValue!);
        return artifacts.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.IsConst && f.Name.EndsWith("FileName", System.StringComparison.Ordinal))
            .Select(f => ((string)f.ConstantValue!, constants[f.Name.Substring(0, f.Name.Length - "FileName".Length)]))
            .ToList();
    }

    /// <summary>The file's bytes as the build task writes them (the task's own function: a .ps1 gets a byte order mark).</summary>
    public static byte[] Bytes(string fileName, string content) => GatewayDsl.Build.Tasks.ArtifactFileWriter.Bytes(fileName, content);
}
