using System.Collections.Generic;

namespace GatewayDsl.Build.Tasks;

/// <summary>The artifacts of one definition, as its generated <c>GatewayArtifacts</c> class carries them.</summary>
internal sealed class ArtifactSet
{
    /// <summary>Creates the set.</summary>
    /// <param name="typeName">The definition class's full name, for messages.</param>
    /// <param name="definitionName">The folder the files go to (the generated <c>DefinitionName</c> constant).</param>
    /// <param name="sourceFile">The definition's source file name (the generated <c>SourceFile</c> constant), or empty.</param>
    /// <param name="files">The files, in the order the generated class declares them.</param>
    public ArtifactSet(string typeName, string definitionName, string sourceFile, IReadOnlyList<ArtifactFile> files)
    {
        TypeName = typeName;
        DefinitionName = definitionName;
        SourceFile = sourceFile;
        Files = files;
    }

    /// <summary>The definition class's full name (e.g. <c>ContosoGateway.ContosoEdge</c>), for messages.</summary>
    public string TypeName { get; }

    /// <summary>The folder the files go to, below the artifacts directory.</summary>
    public string DefinitionName { get; }

    /// <summary>
    /// The definition's source file name without folders, or empty when the assembly was built by a generator that did
    /// not record it; the summary line counts the diagnostics reported in this file.
    /// </summary>
    public string SourceFile { get; }

    /// <summary>The files, in the order the generated class declares them.</summary>
    public IReadOnlyList<ArtifactFile> Files { get; }
}

/// <summary>One artifact: a <c>&lt;Member&gt;FileName</c> / <c>&lt;Member&gt;</c> constant pair.</summary>
internal sealed class ArtifactFile
{
    /// <summary>Creates the file.</summary>
    /// <param name="fileName">The file name (no folders; checked by <see cref="ArtifactNames"/> before writing).</param>
    /// <param name="content">The file's text; a leading U+FEFF becomes the UTF-8 byte order mark.</param>
    public ArtifactFile(string fileName, string content)
    {
        FileName = fileName;
        Content = content;
    }

    /// <summary>The file name.</summary>
    public string FileName { get; }

    /// <summary>The file's text.</summary>
    public string Content { get; }
}
