using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DxBot.Search;

/// <summary>
/// A <see cref="BooleanQuery"/> whose out-of-order scoring reuses its bucket table. Lucene's BooleanScorer makes a
/// table of 2,048 buckets (2,049 objects, about 110 KB) for every segment of every query, which was most of what a
/// search allocated (bench/load/NOTES.md). Where Lucene would use that scorer (no required clause, at most one clause
/// that should match, documents accepted out of order), <see cref="PooledBooleanScorer"/> does the same work in the
/// same order with a table kept per thread; every other case is Lucene's own, so hits and scores are unchanged (tests
/// compare the two bit for bit).
/// </summary>
internal sealed class PooledBooleanQuery(bool disableCoord) : BooleanQuery(disableCoord)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new PooledWeight(this, searcher, CoordDisabled);

    private sealed class PooledWeight(PooledBooleanQuery query, IndexSearcher searcher, bool disableCoord) : BooleanWeight(query, searcher, disableCoord)
    {
        private readonly bool coordDisabled = disableCoord;

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            // The cases BooleanWeight hands to BooleanScorer2 stay Lucene's, decided by Lucene.
            if (scoreDocsInOrder || query.MinimumNumberShouldMatch > 1 || query.Clauses.Any(c => c.IsRequired))
            {
                return base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
            }

            // As BooleanWeight.GetBulkScorer: each clause's bulk scorer, in clause order; a clause without one adds nothing.
            var prohibited = new List<BulkScorer>();
            var optional = new List<BulkScorer>();
            for (var i = 0; i < m_weights.Count; i++)
            {
                if (m_weights[i].GetBulkScorer(context, false, acceptDocs) is not { } subScorer)
                {
                    continue;
                }

                (query.Clauses[i].IsProhibited ? prohibited : optional).Add(subScorer);
            }

            return new PooledBooleanScorer(this, coordDisabled, query.MinimumNumberShouldMatch, optional, prohibited, MaxCoord);
        }
    }
}
