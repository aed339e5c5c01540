using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace DxBot.Search;

/// <summary>
/// Lucene 4.8's <see cref="TermQuery"/> with a generation's term context, whose scorers take their postings from the
/// thread's <see cref="PostingsPool"/> instead of making new term and postings enumerators for every segment of every
/// query. The weight and the scores are TermQuery's, step for step (the same similarity calls with the same values),
/// so hits and scores are unchanged (tests compare the two bit for bit); outside a pooled search it makes its
/// enumerators as Lucene does.
/// </summary>
internal sealed class PooledTermQuery(Term term, TermContext states) : Query
{
    public Term Term { get; } = term;

    public override Weight CreateWeight(IndexSearcher searcher)
    {
        // A context built for another reader (never, in this program) is Lucene's case: its own query does it.
        return states.TopReaderContext == searcher.TopReaderContext
            ? new PooledTermWeight(this, searcher, states)
            : new TermQuery(Term, states) { Boost = Boost }.CreateWeight(searcher);
    }

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(Term);

    public override string ToString(string field)
    {
        var text = new StringBuilder();
        if (!string.Equals(Term.Field, field, StringComparison.Ordinal))
        {
            text.Append(Term.Field).Append(':');
        }

        return text.Append(Term.Text).Append(ToStringUtils.Boost(Boost)).ToString();
    }

    public override bool Equals(object? obj) =>
        obj is PooledTermQuery other && BitConverter.SingleToInt32Bits(Boost) == BitConverter.SingleToInt32Bits(other.Boost) && Term.Equals(other.Term);

    public override int GetHashCode() => BitConverter.SingleToInt32Bits(Boost) ^ Term.GetHashCode();

    private sealed class PooledTermWeight : Weight
    {
        private readonly PooledTermQuery query;
        private readonly TermContext termStates;
        private readonly Similarity similarity;
        private readonly Similarity.SimWeight stats;

        public PooledTermWeight(PooledTermQuery query, IndexSearcher searcher, TermContext termStates)
        {
            this.query = query;
            this.termStates = termStates;
            similarity = searcher.Similarity;
            stats = similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, termStates));
        }

        public override Query Query => query;

        public override float GetValueForNormalization() => stats.GetValueForNormalization();

        public override void Normalize(float queryNorm, float topLevelBoost) => stats.Normalize(queryNorm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (termStates.Get(context.Ord) is not { } state)
            {
                // The term is not in this segment.
                return null;
            }

            var docs = Postings(context.AtomicReader, state, acceptDocs);
            return docs is null ? null : new PooledTermScorer(this, docs, similarity.GetSimScorer(stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            {
                var freq = scorer.Freq;
                var score = similarity.GetSimScorer(stats, context).Explain(doc, new Explanation(freq, "termFreq=" + freq));
                var result = new ComplexExplanation(true, score.Value, $"weight({Query} in {doc}) [{similarity.GetType().Name}], result of:");
                result.AddDetail(score);
                return result;
            }

            return new ComplexExplanation(false, 0.0f, "no matching term");
        }

        private DocsEnum? Postings(AtomicReader reader, TermState state, IBits? acceptDocs)
        {
            if (PostingsPool.Active is { } pool)
            {
                return pool.Docs(reader, query.Term.Field, query.Term.Bytes, state, acceptDocs);
            }

            if (reader.GetTerms(query.Term.Field)?.GetEnumerator() is not { } termsEnum)
            {
                return null;
            }

            termsEnum.SeekExact(query.Term.Bytes, state);
            return termsEnum.Docs(acceptDocs, null);
        }
    }

    /// <summary>Lucene's TermScorer (internal there): the postings' documents, each scored by the similarity.</summary>
    private sealed class PooledTermScorer(Weight weight, DocsEnum docs, Similarity.SimScorer docScorer) : Scorer(weight)
    {
        public override int DocID => docs.DocID;

        public override int Freq => docs.Freq;

        public override int NextDoc() => docs.NextDoc();

        public override float GetScore() => docScorer.Score(docs.DocID, docs.Freq);

        public override int Advance(int target) => docs.Advance(target);

        public override long GetCost() => docs.GetCost();

        public override string ToString() => $"scorer({m_weight})";
    }
}
