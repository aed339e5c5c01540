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

    // Kana words of residents' messages looked up in the readings lately (see Reads).
    private readonly RecentCache<string, bool> readWords = new(4096, StringComparer.Ordinal);
    private ReferenceCount references;

    // The counts of the part this one replaced, and the texts it had that this one has not and the other way round
    // (see CountFrom); null: a unit is counted over every text.
    private ConcurrentDictionary<string, int>? countsBefore;
    private string[] removedTexts = [];
    private string[] addedTexts = [];
    private int countedFromBefore;

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

        if (countsBefore is not null && countsBefore.TryGetValue(unit, out var before))
        {
            count = before - CountIn(removedTexts, unit) + CountIn(addedTexts, unit);
            Interlocked.Increment(ref countedFromBefore);
        }
        else
        {
            count = CountIn(Texts, unit);
        }

        // Bounded: residents' words are many, the cache must not grow with them forever.
        if (Volatile.Read(ref cachedCounts) < MaxCachedCounts && documentCounts.TryAdd(unit, count))
        {
            Interlocked.Increment(ref cachedCounts);
        }

        return count;
    }

    /// <summary>
    /// Counts a unit that <paramref name="replaced"/> (this city's part in the generation before) has counted from its
    /// count and the texts that changed, not over every text: after a one-city reindex the rebuilt part started with no
    /// counts, and the turns right after the swap counted each of their words over its 1,600 texts (100× knowledge).
    /// Every text of this part must be one of <paramref name="replaced"/>'s texts but <paramref name="removed"/>, or one
    /// of <paramref name="added"/>. Only the replaced part's dictionary is kept, not the part.
    /// </summary>
    internal void CountFrom(IndexPart replaced, string[] removed, string[] added)
    {
        countsBefore = replaced.documentCounts;
        removedTexts = removed;
        addedTexts = added;
    }

    /// <summary>How many units were counted from the replaced part's count (tests).</summary>
    internal int CountedFromBefore => Volatile.Read(ref countedFromBefore);

    /// <summary>Whether any of the part's readings contains the word (false without readings); kept per part, so a part taken over stays warm.</summary>
    public bool Reads(string word) =>
        Readings is { } readings && readWords.GetOrAdd(word, static (w, all) =>
        {
            foreach (var reading in all)
            {
                if (reading.Contains(w, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }, readings);

    private static int CountIn(string[] texts, string unit)
    {
        var count = 0;
        foreach (var text in texts)
        {
            if (Question.OccursIn(text, unit))
            {
                count++;
            }
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
