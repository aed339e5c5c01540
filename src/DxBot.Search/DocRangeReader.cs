using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DxBot.Search;

/// <summary>
/// A segment seen with only the documents From..From+Count alive, for <see cref="IndexWriter.AddIndexes(IndexReader[])"/>:
/// the merge copies the live documents in order (postings, norms, stored fields) without analysing them again, so a
/// part rebuilt from runs of the part before and a few new documents is document for document a fresh build's.
/// It never closes the segment it views: that belongs to its part.
/// </summary>
internal sealed class DocRangeReader : FilterAtomicReader
{
    private readonly Range _live;

    private DocRangeReader(AtomicReader segment, int from, int count)
        : base(segment)
    {
        _live = new Range(from, count, segment.MaxDoc);
    }

    public override IBits LiveDocs => _live;

    public override int NumDocs => _live.Count;

    /// <summary>The views of a reader's documents From..From+Count, one per segment they are in, in order.</summary>
    public static IEnumerable<DocRangeReader> Over(IndexReader reader, int from, int count)
    {
        foreach (var leaf in reader.Leaves)
        {
            var start = Math.Max(from, leaf.DocBase);
            var end = Math.Min(from + count, leaf.DocBase + leaf.AtomicReader.MaxDoc);
            if (start < end)
            {
                yield return new DocRangeReader(leaf.AtomicReader, start - leaf.DocBase, end - start);
            }
        }
    }

    protected override void DoClose()
    {
        // The part's reader stays open for the searches of its generation.
    }

    private sealed class Range(int from, int count, int length) : IBits
    {
        public int Count => count;

        public int Length => length;

        public bool Get(int index) => index >= from && index < from + count;
    }
}
