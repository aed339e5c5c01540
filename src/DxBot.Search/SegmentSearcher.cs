using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DxBot.Search;

/// <summary>
/// An index searcher that can search some of its segments: a city's and the national ones. Its searches reuse their
/// term and postings enumerators (<see cref="PostingsPool"/>).
/// </summary>
internal sealed class SegmentSearcher(IndexReader reader) : IndexSearcher(reader)
{
    // Sets kept between searches: as many as searches usually run at once (one per core). A set per thread kept 7 MiB
    // more resident in the LINE benchmark (the 250 MB goal of issue #17), where a turn may run on any of the pool's
    // threads; a search that finds none free makes its enumerators as Lucene does, in a set then dropped.
    private static readonly int MaxIdleSets = Math.Max(1, Environment.ProcessorCount);

    private readonly ConcurrentDictionary<string, CollectionStatistics> collectionStatistics = new(StringComparer.Ordinal);

    private readonly Stack<PostingsPool> idleSets = new();

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

    /// <summary>
    /// Every search over this searcher's segments, the whole index's or some (Lucene's Search methods and
    /// <see cref="SearchSegments"/> all come here): a set of enumerators serves its term queries until it returns, by
    /// which time every scorer it made has scored to the end; then the set is free for the next search.
    /// </summary>
    protected override void Search(IList<AtomicReaderContext> leaves, Weight weight, ICollector collector)
    {
        PostingsPool? set;
        lock (idleSets)
        {
            idleSets.TryPop(out set);
        }

        set ??= new PostingsPool();
        using (set.Begin())
        {
            base.Search(leaves, weight, collector);
        }

        lock (idleSets)
        {
            if (idleSets.Count < MaxIdleSets)
            {
                idleSets.Push(set);
            }
        }
    }
}
