using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using GatewayDsl.Generators.Model;
using Microsoft.CodeAnalysis;

namespace GatewayDsl.Generators.Caching;

/// <summary>
/// Remembers what <see cref="DefinitionReader"/> read from a <c>[Gateway]</c> class across compilations, so that an edit
/// elsewhere does not bind the definition method again. <c>ForAttributeWithMetadataName</c> re-runs the transform for
/// every matched class on every compilation change; binding the method is 1.4–2.7 ms per definition, and this cache
/// makes the re-run a few table look-ups (docs/performance.md, "Fix 1").
/// </summary>
/// <remarks>
/// <para>The key is the class declaration node the attribute is on: after an edit in another file the unchanged tree is
/// the same object in the new compilation, and so are its nodes. An entry is reused only when the read would give the
/// same result, which holds when (a) every tree holding a part of the class (so also the definition method) is still
/// the same object, and (b) the compilation's <see cref="CompilationStamp"/> matches: the same references and options
/// and the same declarations in every file. Anything that can change the binding of an unchanged method body is a
/// declaration (a constant it reads, a type that shadows a DSL type, a using), so a method-body edit elsewhere reuses
/// the entry and any declaration change anywhere reads again: conservative, never stale.</para>
/// <para>No strong reference to a tree, node or compilation: every table is a <see cref="ConditionalWeakTable{TKey,TValue}"/>
/// keyed by the Roslyn object (its value lives only as long as the key), and an entry refers to the other trees weakly.
/// The cache belongs to one generator instance (one driver in the IDE), so a fresh driver starts cold.</para>
/// </remarks>
internal sealed class DefinitionCache
{
    private readonly ConditionalWeakTable<SyntaxNode, Slot> entries = new();
    private readonly ConditionalWeakTable<SyntaxTree, byte[]> treeFingerprints = new();
    private readonly ConditionalWeakTable<Compilation, CompilationStamp> stamps = new();
    private readonly ConditionalWeakTable<MetadataReference, ReferenceId> referenceIds = new();
    private long lastReferenceId;
    private long reads;
    private long fingerprints;
    private WeakReference<Compilation>? firstCompilation;
    private volatile bool incremental;

    /// <summary>How many times <see cref="GetOrRead"/> had to read (bind) a definition; the caching tests watch it.</summary>
    public long Reads => Interlocked.Read(ref reads);

    /// <summary>How many syntax trees the cache walked for their declaration fingerprint; the caching tests watch it.</summary>
    public long Fingerprints => Interlocked.Read(ref fingerprints);

    /// <summary>
    /// The result for <paramref name="target"/> in <paramref name="compilation"/>: the one read earlier when it still holds,
    /// else <paramref name="read"/>'s, which is then remembered unless <paramref name="cancellationToken"/> was cancelled
    /// meanwhile (a read may stop early without throwing; a partial result is never remembered).
    /// </summary>
    /// <param name="target">The class declaration the attribute is on.</param>
    /// <param name="compilation">The compilation being generated for.</param>
    /// <param name="read">Reads the definition; returns the result and every tree it looked at.</param>
    /// <param name="cancellationToken">Cancels the read and the declaration walk of changed trees.</param>
    public DefinitionSteps? GetOrRead(SyntaxNode target, Compilation compilation, Func<(DefinitionSteps? Result, IEnumerable<SyntaxTree> Trees)> read, CancellationToken cancellationToken)
    {
        NoteCompilation(compilation);
        if (TryGet(target, compilation, cancellationToken, out var cached))
        {
            return cached;
        }

        Interlocked.Increment(ref reads);
        var (result, trees) = read();
        cancellationToken.ThrowIfCancellationRequested();
        var entry = new Entry(
            new WeakReference<Compilation>(compilation),
            incremental ? StampOf(compilation, cancellationToken) : null,
            trees.Append(target.SyntaxTree).Distinct().Select(t => new WeakReference<SyntaxTree>(t)).ToArray(),
            result);
        cancellationToken.ThrowIfCancellationRequested();
        entries.GetValue(target, static _ => new Slot()).Entry = entry;
        return result;
    }

    private bool TryGet(SyntaxNode target, Compilation compilation, CancellationToken cancellationToken, out DefinitionSteps? result)
    {
        result = null;
        if (!entries.TryGetValue(target, out var slot) || slot.Entry is not { } entry)
        {
            return false;
        }

        foreach (var reference in entry.Trees)
        {
            if (!reference.TryGetTarget(out var tree) || !compilation.ContainsSyntaxTree(tree))
            {
                return false;
            }
        }

        // An entry from the first compilation has no stamp yet: its compilation's is computed now, if it is still alive.
        var stamp = entry.Stamp ?? (entry.Source.TryGetTarget(out var source) ? StampOf(source, cancellationToken) : null);
        if (stamp is null || !stamp.Matches(StampOf(compilation, cancellationToken)))
        {
            return false;
        }

        result = entry.Result;
        return true;
    }

    /// <summary>
    /// Notes whether this cache has seen a second compilation. Until then (a command-line build sees one), entries get no
    /// stamp: it would walk the declarations of every file (about 30 µs per file) for a lookup that never comes. The
    /// first incremental run computes the stamp of the first compilation then, if that compilation is still alive;
    /// if it is not, that run reads every definition once more.
    /// </summary>
    private void NoteCompilation(Compilation compilation)
    {
        if (incremental)
        {
            return;
        }

        var first = firstCompilation ?? Interlocked.CompareExchange(ref firstCompilation, new WeakReference<Compilation>(compilation), null) ?? firstCompilation;
        if (!first.TryGetTarget(out var known) || !ReferenceEquals(known, compilation))
        {
            incremental = true;
        }
    }

    /// <summary>The stamp of <paramref name="compilation"/>, computed once per compilation object; only new trees are walked.</summary>
    private CompilationStamp StampOf(Compilation compilation, CancellationToken cancellationToken)
    {
        if (stamps.TryGetValue(compilation, out var known))
        {
            return known;
        }

        using var hash = new Sha256Writer();
        hash.Write(compilation.AssemblyName);
        foreach (var reference in compilation.References)
        {
            hash.Write(referenceIds.GetValue(reference, _ => new ReferenceId(Interlocked.Increment(ref lastReferenceId))).Value);
        }

        hash.Write(-1);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!treeFingerprints.TryGetValue(tree, out var fingerprint))
            {
                // Computed in full before it is stored, so a cancelled walk leaves nothing behind.
                fingerprint = DeclarationFingerprint.Compute(tree, cancellationToken);
                Interlocked.Increment(ref fingerprints);
                fingerprint = treeFingerprints.GetValue(tree, _ => fingerprint);
            }

            hash.Write(fingerprint);
        }

        var stamp = new CompilationStamp(hash.Digest(), compilation.Options);
        return stamps.GetValue(compilation, _ => stamp);
    }

    /// <summary>One remembered read; immutable, replaced as a whole.</summary>
    private sealed class Entry
    {
        public Entry(WeakReference<Compilation> source, CompilationStamp? stamp, WeakReference<SyntaxTree>[] trees, DefinitionSteps? result)
        {
            Source = source;
            Stamp = stamp;
            Trees = trees;
            Result = result;
        }

        /// <summary>The compilation the entry was read from (for its stamp, when <see cref="Stamp"/> is not computed yet).</summary>
        public WeakReference<Compilation> Source { get; }

        /// <summary>The stamp of <see cref="Source"/>, or null before the cache has seen a second compilation.</summary>
        public CompilationStamp? Stamp { get; }

        public WeakReference<SyntaxTree>[] Trees { get; }

        public DefinitionSteps? Result { get; }
    }

    /// <summary>The latest entry of one class node (a reference write is atomic, so readers see a whole entry or none).</summary>
    private sealed class Slot
    {
        private volatile Entry? entry;

        public Entry? Entry
        {
            get => entry;
            set => entry = value;
        }
    }

    /// <summary>A number that identifies one <see cref="MetadataReference"/> object for the life of the cache.</summary>
    private sealed class ReferenceId
    {
        public ReferenceId(long value) => Value = value;

        public long Value { get; }
    }
}
