using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace GatewayDsl.Compat;

/// <summary>
/// Loads analyzer assemblies the way csc does on .NET (Roslyn 4.8 <c>AnalyzerAssemblyLoader</c>): one load context per
/// analyzer directory; an assembly the compiler's own context can provide (Microsoft.CodeAnalysis, the framework) comes
/// from there, anything else from a registered file of the same simple name in the analyzer's directory. So a
/// System.Text.Json 10 that .NET 8 lacks is taken from the package, and Microsoft.CodeAnalysis is never loaded twice.
/// </summary>
internal sealed class CompilerLikeLoader : IAnalyzerAssemblyLoader
{
    private readonly Dictionary<string, DirectoryContext> contexts = new(StringComparer.Ordinal);
    private readonly HashSet<string> dependencies = new(StringComparer.Ordinal);

    /// <summary>Every assembly loaded from an analyzer directory, with its path, for the report.</summary>
    public List<string> Loaded { get; } = new();

    /// <inheritdoc/>
    public void AddDependencyLocation(string fullPath) => dependencies.Add(Path.GetFullPath(fullPath));

    /// <inheritdoc/>
    public Assembly LoadFromPath(string fullPath)
    {
        var path = Path.GetFullPath(fullPath);
        var directory = Path.GetDirectoryName(path)!;
        if (!contexts.TryGetValue(directory, out var context))
        {
            context = new DirectoryContext(this, directory);
            contexts.Add(directory, context);
        }

        return context.LoadFromAssemblyName(AssemblyName.GetAssemblyName(path));
    }

    private sealed class DirectoryContext : AssemblyLoadContext
    {
        private readonly CompilerLikeLoader loader;
        private readonly string directory;

        public DirectoryContext(CompilerLikeLoader loader, string directory)
            : base("analyzers:" + directory)
        {
            this.loader = loader;
            this.directory = directory;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // The compiler's context first: what it has (same or higher version) wins, as in csc.
            try
            {
                return Default.LoadFromAssemblyName(assemblyName);
            }
            catch (Exception error) when (error is FileNotFoundException or FileLoadException)
            {
                // Not in the compiler's context (or too old there): look beside the analyzer.
            }

            var candidate = Path.Combine(directory, assemblyName.Name + ".dll");
            if (!loader.dependencies.Contains(candidate) || !File.Exists(candidate))
            {
                return null;
            }

            var assembly = LoadFromAssemblyPath(candidate);
            loader.Loaded.Add($"{assembly.GetName().Name} {assembly.GetName().Version} from {Path.GetFileName(directory)}/");
            return assembly;
        }
    }
}
