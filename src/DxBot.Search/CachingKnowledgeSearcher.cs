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

    private readonly RecentCache<SearchRequest, IReadOnlyList<SearchHit>> results;

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

        // Every caller gets the same list: read-only, so no caller can change what the next one reads.
        return results.GetOrAdd(request, static (r, inner) => (IReadOnlyList<SearchHit>)new ReadOnlyCollection<SearchHit>([.. inner.Search(r)]), Inner);
    }

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
