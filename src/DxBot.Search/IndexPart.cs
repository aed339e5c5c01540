using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DxBot.Search;

/// <summary>
/// A city's entries (all, or those of some of its files for a large city; or the national ones) as a Lucene index of their own, with what a generation derives from them
/// (ids, folded texts, katakana words, coverage counts). Immutable once built, and reference-counted so that a
/// generation whose city did not change shares it with the one before instead of rebuilding it (incremental reindex).
/// </summary>
internal sealed class IndexPart
{
    private const int MaxCachedCounts = 200_000;
    private readonly ConcurrentDictionary<string, int> documentCounts = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlySet<string>> katakanaWords;
    private ReferenceCount references;

    // Not documentCounts.Count, which takes every lock of the dictionary: it ran in every query's coverage count.
    private int cachedCounts;

    public IndexPart(RAMDirectory directory, string? city, string? fingerprint, string[] ids, string[] texts, string[] titles, Lazy<IReadOnlySet<string>> katakanaWords)
    {
        Titles = titles;
        Directory = directory;
        City = city;
        Fingerprint = fingerprint;
        Ids = ids;
        Texts = texts;
        this.katakanaWords = katakanaWords;
        Reader = DirectoryReader.Open(directory);
        if (Reader.MaxDoc != ids.Length || ids.Length != texts.Length || ids.Length != titles.Length)
        {
            Reader.Dispose();
            throw new InvalidOperationException($"An index part holds {Reader.MaxDoc} documents for {ids.Length} ids.");
        }
    }

    public RAMDirectory Directory { get; }

    public DirectoryReader Reader { get; }

    /// <summary>The city value (<see cref="KnowledgeFields.CityValue"/>) of every entry; null for an index of an older layout that mixes them.</summary>
    public string? City { get; }

    /// <summary>What the part was built from (<see cref="KnowledgeFingerprint.OfEntries"/>); null when unknown, so never reused.</summary>
    public string? Fingerprint { get; }

    /// <summary>The entry id of each document, in document order.</summary>
    public string[] Ids { get; }

    /// <summary>Each document's entry folded for coverage, in document order.</summary>
    public string[] Texts { get; }

    /// <summary>Each document's entry title, folded.</summary>
    public string[] Titles { get; }

    public IReadOnlySet<string> KatakanaWords => katakanaWords.Value;

    /// <summary>Each document's entry's kana keyword phrases (何をしてくれる), folded; see <c>KnowledgeIndex.HasPhraseIn</c>.</summary>
    public required string[][] Phrases { get; init; }

    /// <summary>Each document's entry as read by MeCab (see <see cref="KanaReading"/>); null when the part was built without readings.</summary>
    public string[]? Readings { get; init; }

    /// <summary>How many of the part's folded texts contain the unit; kept with the part, so a reused city stays warm.</summary>
    public int DocumentsWith(string unit)
    {
        if (documentCounts.TryGetValue(unit, out var count))
        {
            return count;
        }

        count = 0;
        foreach (var text in Texts)
        {
            if (Question.OccursIn(text, unit))
            {
                count++;
            }
        }

        // Bounded: residents' words are many, the cache must not grow with them forever.
        if (Volatile.Read(ref cachedCounts) < MaxCachedCounts && documentCounts.TryAdd(unit, count))
        {
            Interlocked.Increment(ref cachedCounts);
        }

        return count;
    }

    /// <summary>Takes a reference for another generation; false once the part has been closed.</summary>
    public bool TryAcquire() => references.TryAcquire();

    public void Release()
    {
        if (references.Release())
        {
            Reader.Dispose();
            Directory.Dispose();
        }
    }
}
