using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DxBot.Search;

/// <summary>
/// Lucene 4.8's BooleanScorer (windows of 2,048 documents, each clause's scores summed into a bucket per document in
/// the order Lucene sums them, hits collected out of order), with its bucket table taken from a per-thread pool
/// instead of allocated: see <see cref="PooledBooleanQuery"/>. The table goes back to the pool when scoring ends; a
/// scorer left unfinished (an exception) just leaves its table to the GC. Only optional and prohibited clauses, as in
/// Lucene: a required clause never reaches this scorer.
/// </summary>
internal sealed class PooledBooleanScorer : BulkScorer
{
    // Any time a prohibited clause matches bit 0 is set.
    private const int ProhibitedMask = 1;

    private readonly SubScorer? scorers;
    private readonly BucketTable bucketTable;
    private readonly float[] coordFactors;
    private readonly int minNrShouldMatch;
    private bool returned;
    private int end;
    private Bucket? current;

    public PooledBooleanScorer(BooleanQuery.BooleanWeight weight, bool disableCoord, int minNrShouldMatch, IList<BulkScorer> optionalScorers, IList<BulkScorer> prohibitedScorers, int maxCoord)
    {
        this.minNrShouldMatch = minNrShouldMatch;
        bucketTable = BucketTable.Rent();
        // Prepended as Lucene does, so the clauses are visited (and their scores added) in the same order.
        foreach (var scorer in optionalScorers)
        {
            scorers = new SubScorer(scorer, new BucketCollector(0, bucketTable), scorers);
        }

        foreach (var scorer in prohibitedScorers)
        {
            scorers = new SubScorer(scorer, new BucketCollector(ProhibitedMask, bucketTable), scorers);
        }

        coordFactors = new float[optionalScorers.Count + 1];
        for (var i = 0; i < coordFactors.Length; i++)
        {
            coordFactors[i] = disableCoord ? 1.0f : weight.Coord(i, maxCoord);
        }
    }

    public override bool Score(ICollector collector, int max)
    {
        bool more;
        var fake = new BucketScorer();
        collector.SetScorer(fake);
        do
        {
            bucketTable.First = null;

            while (current is not null)
            {
                if ((current.Bits & ProhibitedMask) == 0)
                {
                    if (current.Doc >= max)
                    {
                        var kept = current;
                        current = current.Next;
                        kept.Next = bucketTable.First;
                        bucketTable.First = kept;
                        continue;
                    }

                    if (current.Coord >= minNrShouldMatch)
                    {
                        fake.Value = (float)(current.Score * coordFactors[current.Coord]);
                        fake.Doc = current.Doc;
                        fake.Matches = current.Coord;
                        collector.Collect(current.Doc);
                    }
                }

                current = current.Next;
            }

            if (bucketTable.First is not null)
            {
                current = bucketTable.First;
                bucketTable.First = current.Next;
                return true;
            }

            // Refill the queue.
            more = false;
            end += BucketTable.Size;
            for (var sub = scorers; sub is not null; sub = sub.Next)
            {
                if (sub.More)
                {
                    sub.More = sub.Scorer.Score(sub.Collector, end);
                    more |= sub.More;
                }
            }

            current = bucketTable.First;
        }
        while (current is not null || more);

        if (!returned)
        {
            returned = true;
            BucketTable.Return(bucketTable);
        }

        return false;
    }

    private sealed class Bucket
    {
        public int Doc = -1;
        public double Score;
        public int Bits;
        public int Coord;
        public Bucket? Next;
    }

    private sealed class BucketTable
    {
        public const int Size = 1 << 11;
        public const int Mask = Size - 1;

        // A few per thread: a nested boolean clause scores with a table of its own while the outer one is in use.
        private const int Pooled = 4;

        [ThreadStatic]
        private static Stack<BucketTable>? pool;

        public readonly Bucket[] Buckets = new Bucket[Size];
        public Bucket? First;

        private BucketTable()
        {
            for (var i = 0; i < Size; i++)
            {
                Buckets[i] = new Bucket();
            }
        }

        public static BucketTable Rent()
        {
            if (pool is { Count: > 0 } tables)
            {
                var table = tables.Pop();
                // A bucket still holding a document of an earlier query would add to its score: every one is made invalid.
                foreach (var bucket in table.Buckets)
                {
                    bucket.Doc = -1;
                }

                table.First = null;
                return table;
            }

            return new BucketTable();
        }

        public static void Return(BucketTable table)
        {
            pool ??= new Stack<BucketTable>(Pooled);
            if (pool.Count < Pooled)
            {
                pool.Push(table);
            }
        }
    }

    private sealed class SubScorer(BulkScorer scorer, ICollector collector, SubScorer? next)
    {
        public BulkScorer Scorer { get; } = scorer;

        public ICollector Collector { get; } = collector;

        public SubScorer? Next { get; } = next;

        public bool More { get; set; } = true;
    }

    private sealed class BucketCollector(int mask, BucketTable table) : ICollector
    {
        private Scorer? scorer;

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc)
        {
            var bucket = table.Buckets[doc & BucketTable.Mask];
            if (bucket.Doc != doc)
            {
                bucket.Doc = doc;
                bucket.Score = scorer!.GetScore();
                bucket.Bits = mask;
                bucket.Coord = 1;
                bucket.Next = table.First;
                table.First = bucket;
            }
            else
            {
                bucket.Score += scorer!.GetScore();
                bucket.Bits |= mask;
                bucket.Coord++;
            }
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void SetScorer(Scorer scorer) => this.scorer = scorer;
    }

    /// <summary>What the collector reads of the current hit, as Lucene's FakeScorer gives it.</summary>
    private sealed class BucketScorer() : Scorer(null)
    {
        public float Value;
        public int Doc = -1;
        public int Matches;

        public override int DocID => Doc;

        public override int Freq => Matches;

        public override float GetScore() => Value;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 1;
    }
}
