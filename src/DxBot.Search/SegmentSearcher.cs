using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DxBot.Search;

/// <summary>An index searcher that can search some of its segments: a city's and the national ones.</summary>
internal sealed class SegmentSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> collectionStatistics = new(StringComparer.Ordinal);

    /// <summary>
    /// The top hits among the given segments, scored exactly as over the whole index: the weight is made from the
    /// whole index's term statistics, only the documents visited differ.
    /// </summary>
    public TopDocs SearchSegments(IList<AtomicReaderContext> segments, Query query, int count)
    {
        var weight = CreateNormalizedWeight(query);
        var collector = TopScoreDocCollector.Create(Math.Max(1, Math.Min(count, IndexReader.MaxDoc)), !weight.ScoresDocsOutOfOrder);
        Search(segments, weight, collector);
        return collector.GetTopDocs();
    }

    /// <summary>
    /// A field's statistics, computed once: the reader never changes, and Lucene computed them again for every term of
    /// every query, merging the terms of every segment each time (6 % of a LINE message's CPU; bench/load/NOTES.md).
    /// </summary>
    public override CollectionStatistics CollectionStatistics(string field) =>
        collectionStatistics.GetOrAdd(field, base.CollectionStatistics);
}
