using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>Where and how the knowledge service keeps its index.</summary>
public sealed record KnowledgeServiceOptions
{
    /// <summary>The index root (generations are folders under it); null keeps every generation in memory.</summary>
    public string? IndexRoot { get; init; }

    /// <summary>
    /// How long a replaced generation stays open, so a turn that took the old snapshot can finish with it. Searches in
    /// flight keep it open longer anyway; a search started on it after this returns no hits.
    /// </summary>
    public TimeSpan RetireDelay { get; init; } = TimeSpan.FromSeconds(30);

    public KnowledgeSearchOptions Search { get; init; } = KnowledgeSearchOptions.Default;

    /// <summary>
    /// How many search results (and as many coverages) each generation keeps for questions asked again
    /// (<see cref="CachingKnowledgeSearcher"/>); 0 keeps none.
    /// </summary>
    public int SearchCacheEntries { get; init; }

    /// <summary>
    /// How long a new generation searches the requests asked lately of the one in service before it serves
    /// (<see cref="CachingKnowledgeSearcher.WarmFrom"/>): a part of what the turns right after the swap would search
    /// again, at the price of as much added to the reindex's answer. Zero (the default): no such searches; at 150 ms
    /// the turns' p99 during a one-city reindex at 100× was no lower in five alternating pairs, the answer later
    /// (docs/benchmarks.md).
    /// </summary>
    public TimeSpan SearchWarmUp { get; init; }

    /// <summary>MeCab for the reading field (see <see cref="KanaReading"/>); null: bigrams only. Owned by the caller.</summary>
    public MeCabTagger? Morphology { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Called with a generation's knowledge before it serves, on a thread of its own while the reindex analyses the
    /// index (at start, for a restored generation, on the thread that restores it): what the layers above
    /// derive from a generation and keep with it (the dialogs' lookups) is made there, not by the first turns after
    /// the swap, which on the 100× knowledge waited 50–100 ms for it. Null: nothing to prepare.
    /// </summary>
    public Action<KnowledgeBase>? Prepare { get; init; }
}
