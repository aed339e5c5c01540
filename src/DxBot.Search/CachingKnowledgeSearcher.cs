using System.Collections.ObjectModel;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>
/// Remembers one generation's search results: residents ask the same questions again and again, and a turn asks the
/// searcher the same question several times (the hits, the preferred entry, the paired answer, the lead). A result
/// depends only on the request (its text, city, topic and number of results: the whole record is the key) and on the
/// generation, whose index, knowledge and options never change; this wrapper is made with its generation's snapshot
/// and dropped with it, so a reindex starts with an empty cache. Bounded like the other caches of what residents send.
/// </summary>
public sealed class CachingKnowledgeSearcher : IKnowledgeSearcher
{
    // Longer questions are rare and the searcher cuts them anyway; they are searched each time rather than kept.
    private const int MaxCachedTextLength = 400;

    // The requests asked lately, hits and misses alike (a ring written without a lock): what the next generation
    // searches before it serves (WarmFrom). A power of two, so the slot is a mask of the count.
    private const int RecentRequests = 1024;

    private readonly RecentCache<SearchRequest, IReadOnlyList<SearchHit>> results;
    private readonly SearchRequest?[] recent = new SearchRequest?[RecentRequests];
    private int asked;

    // An entry is immutable and the same object within a generation, so it is compared by reference: hashing its
    // body on every lookup would cost more than the coverage itself.
    private readonly RecentCache<(string Question, string? CityId, KnowledgeEntry Entry), double> coverages;

    public CachingKnowledgeSearcher(IKnowledgeSearcher inner, int capacity)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Inner = inner;
        results = new(capacity);
        coverages = new(capacity, new CoverageKeyComparer());
    }

    /// <summary>The searcher whose results are kept.</summary>
    public IKnowledgeSearcher Inner { get; }

    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Text is null || request.Text.Length > MaxCachedTextLength)
        {
            return Inner.Search(request);
        }

        Volatile.Write(ref recent[(Interlocked.Increment(ref asked) - 1) & (RecentRequests - 1)], request);

        // Every caller gets the same list: read-only, so no caller can change what the next one reads.
        return results.GetOrAdd(request, static (r, inner) => (IReadOnlyList<SearchHit>)new ReadOnlyCollection<SearchHit>([.. inner.Search(r)]), Inner);
    }

    /// <summary>
    /// Searches, before this generation serves, the requests asked lately of <paramref name="previous"/> (the
    /// generation in service), the most asked first (then the latest), until <paramref name="budget"/> has passed: right after a swap
    /// every question missed the new generation's empty cache and was searched again, which at 100x doubled the
    /// turns' CPU for about a second (docs/benchmarks.md). Each result is this generation's own, so nothing a
    /// resident is answered changes. Returns how many requests were searched.
    /// </summary>
    public int WarmFrom(CachingKnowledgeSearcher previous, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(time);
        // Oldest slot first, so that Last grows with how lately the request was asked.
        var counts = new Dictionary<SearchRequest, (int Count, int Last)>();
        var next = Volatile.Read(ref previous.asked);
        for (var i = 0; i < RecentRequests; i++)
        {
            if (Volatile.Read(ref previous.recent[(next + i) & (RecentRequests - 1)]) is { } request)
            {
                var (count, _) = counts.GetValueOrDefault(request);
                counts[request] = (count + 1, i);
            }
        }

        var started = time.GetTimestamp();
        var searched = 0;
        // The budget is looked at after each search: the most asked request is always searched.
        foreach (var request in counts.OrderByDescending(c => c.Value.Count).ThenByDescending(c => c.Value.Last).Select(c => c.Key))
        {
            cancellationToken.ThrowIfCancellationRequested();
            _ = results.GetOrAdd(request, static (r, inner) => (IReadOnlyList<SearchHit>)new ReadOnlyCollection<SearchHit>([.. inner.Search(r)]), Inner);
            searched++;
            if (time.GetElapsedTime(started) >= budget)
            {
                break;
            }
        }

        return searched;
    }

    /// <summary>Whether the request's result is kept (tests).</summary>
    internal bool Holds(SearchRequest request) => results.Contains(request);

    public double Coverage(string question, KnowledgeEntry entry, string? cityId)
    {
        if (question is null || entry is null || question.Length > MaxCachedTextLength)
        {
            return Inner.Coverage(question!, entry!, cityId);
        }

        return coverages.GetOrAdd((question, cityId, entry), static (k, inner) => inner.Coverage(k.Question, k.Entry, k.CityId), Inner);
    }

    private sealed class CoverageKeyComparer : IEqualityComparer<(string Question, string? CityId, KnowledgeEntry Entry)>
    {
        public bool Equals((string Question, string? CityId, KnowledgeEntry Entry) x, (string Question, string? CityId, KnowledgeEntry Entry) y) =>
            ReferenceEquals(x.Entry, y.Entry) && string.Equals(x.Question, y.Question, StringComparison.Ordinal) && string.Equals(x.CityId, y.CityId, StringComparison.Ordinal);

        public int GetHashCode((string Question, string? CityId, KnowledgeEntry Entry) key) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(key.Question), key.CityId is null ? 0 : StringComparer.Ordinal.GetHashCode(key.CityId), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Entry));
    }
}
