using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace GatewayDsl.Build.Tasks;

/// <summary>
/// Reads the artifact constants out of a compiled assembly's metadata. Nothing is loaded into the build process and no
/// user code runs: only the constant table is read. Only nested classes named <c>GatewayArtifacts</c> whose declaring
/// class carries <c>[GatewayDsl.Gateway]</c> count, so a user's own constants are never written to disk.
/// </summary>
internal static class ArtifactMetadataReader
{
    /// <summary>The generated nested class that holds the artifact constants.</summary>
    public const string ArtifactsClassName = "GatewayArtifacts";

    /// <summary>The constant holding the definition's folder name.</summary>
    public const string DefinitionNameConstant = "DefinitionName";

    /// <summary>The constant holding the definition's source file name (used for the summary line only).</summary>
    public const string SourceFileConstant = "SourceFile";

    /// <summary>The suffix of the constant holding an artifact's file name; the constant without it holds the content.</summary>
    public const string FileNameSuffix = "FileName";

    private const string AttributeNamespace = "GatewayDsl";
    private const string AttributeName = "GatewayAttribute";

    /// <summary>The artifact sets of every definition in the assembly at <paramref name="assemblyPath"/>, in metadata order.</summary>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static IReadOnlyList<ArtifactSet> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return Array.Empty<ArtifactSet>();
        }

        var metadata = pe.GetMetadataReader();
        var sets = new List<ArtifactSet>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (!metadata.StringComparer.Equals(type.Name, ArtifactsClassName))
            {
                continue;
            }

            var declaringHandle = type.GetDeclaringType();
            if (declaringHandle.IsNil)
            {
                continue;
            }

            var declaring = metadata.GetTypeDefinition(declaringHandle);
            if (!HasGatewayAttribute(metadata, declaring))
            {
                continue;
            }

            var constants = ReadStringConstants(metadata, type);
            if (Find(constants, DefinitionNameConstant) is { } definitionName)
            {
                sets.Add(new ArtifactSet(FullName(metadata, declaring), definitionName, Find(constants, SourceFileConstant) ?? string.Empty, Pair(constants)));
            }
        }

        return sets;
    }

    /// <summary>Pairs each <c>XFileName</c> constant with its <c>X</c> constant; a name without content is skipped.</summary>
    private static IReadOnlyList<ArtifactFile> Pair(List<KeyValuePair<string, string>> constants)
    {
        var files = new List<ArtifactFile>();
        foreach (var constant in constants)
        {
            if (constant.Key.Length > FileNameSuffix.Length && constant.Key.EndsWith(FileNameSuffix, StringComparison.Ordinal)
                && Find(constants, constant.Key.Substring(0, constant.Key.Length - FileNameSuffix.Length)) is { } content)
            {
                files.Add(new ArtifactFile(constant.Value, content));
            }
        }

        return files;
    }

    private static string? Find(List<KeyValuePair<string, string>> constants, string name)
    {
        foreach (var constant in constants)
        {
            if (constant.Key == name)
            {
                return constant.Value;
            }
        }

        return null;
    }

    /// <summary>The <c>const string</c> fields of <paramref name="type"/> with their values, in declaration order.</summary>
    private static List<KeyValuePair<string, string>> ReadStringConstants(MetadataReader metadata, TypeDefinition type)
    {
        var constants = new List<KeyValuePair<string, string>>();
        foreach (var handle in type.GetFields())
        {
            var field = metadata.GetFieldDefinition(handle);
            var valueHandle = field.GetDefaultValue();
            if ((field.Attributes & FieldAttributes.Literal) == 0 || valueHandle.IsNil)
            {
                continue;
            }

            var constant = metadata.GetConstant(valueHandle);
            if (constant.TypeCode != ConstantTypeCode.String)
            {
                continue;
            }

            var blob = metadata.GetBlobReader(constant.Value);
            constants.Add(new KeyValuePair<string, string>(metadata.GetString(field.Name), blob.ReadUTF16(blob.Length)));
        }

        return constants;
    }

    /// <summary>
    /// Whether the type carries <c>GatewayDsl.GatewayAttribute</c>. The attribute's constructor is a member reference
    /// into the GatewayDsl assembly (or, in GatewayDsl's own tests, a method definition); its parent names the type.
    /// </summary>
    private static bool HasGatewayAttribute(MetadataReader metadata, TypeDefinition type)
    {
        foreach (var handle in type.GetCustomAttributes())
        {
            var constructor = metadata.GetCustomAttribute(handle).Constructor;
            var parent = constructor.Kind switch
            {
                HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent,
                HandleKind.MethodDefinition => metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType(),
                _ => default(EntityHandle),
            };

            if (IsNamed(metadata, parent, AttributeNamespace, AttributeName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNamed(MetadataReader metadata, EntityHandle handle, string ns, string name)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeReference:
                var reference = metadata.GetTypeReference((TypeReferenceHandle)handle);
                return metadata.StringComparer.Equals(reference.Namespace, ns) && metadata.StringComparer.Equals(reference.Name, name);
            case HandleKind.TypeDefinition:
                var definition = metadata.GetTypeDefinition((TypeDefinitionHandle)handle);
                return metadata.StringComparer.Equals(definition.Namespace, ns) && metadata.StringComparer.Equals(definition.Name, name);
            default:
                return false;
        }
    }

    private static string FullName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullName(metadata, metadata.GetTypeDefinition(declaring)) + "." + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
