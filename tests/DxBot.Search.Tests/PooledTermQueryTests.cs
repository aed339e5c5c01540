using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DxBot.Search.Tests;

/// <summary>
/// The term query whose scorers take their postings from the thread's pool must find and score exactly what Lucene's
/// TermQuery does, in every way the boolean scorers use it (in and out of order, advanced, filtered), searched one
/// after another on the same thread; a search must never be handed postings another scorer of it still reads.
/// </summary>
public sealed class PooledTermQueryTests
{
    private static readonly string[] Words = ["マイナンバーカード", "交付率", "スマホ教室", "計画", "手続き", "オンライン", "窓口", "申請"];

    [Fact]
    public void Every_shape_of_query_scores_as_with_Lucenes_term_query_bit_for_bit()
    {
        using var index = KnowledgeIndex.BuildInMemory(TestKnowledge.Create());
        var terms = Terms(index);
        var segments = index.SegmentsFor(KnowledgeFields.CityValue("handa"));
        Assert.True(segments.Count > 1);

        // Twice over, so that each search is handed the postings an earlier, different one used.
        for (var round = 0; round < 2; round++)
        {
            for (var shape = 0; shape < 5; shape++)
            {
                var expected = Shaped(index, terms, shape, pooled: false);
                var pooled = Shaped(index, terms, shape, pooled: true);
                var inCity = Hits(index.Searcher.SearchSegments(segments, expected, 1000));
                Assert.NotEmpty(inCity);
                Assert.Equal(inCity, Hits(index.Searcher.SearchSegments(segments, pooled, 1000)));
                Assert.Equal(Hits(index.Searcher.Search(expected, 1000)), Hits(index.Searcher.Search(pooled, 1000)));

                var topic = new QueryWrapperFilter(new TermQuery(new Term(KnowledgeFields.Topic, KnowledgeTopics.MyNumber)));
                Assert.Equal(Hits(index.Searcher.Search(expected, topic, 1000)), Hits(index.Searcher.Search(pooled, topic, 1000)));
            }
        }
    }

    [Fact]
    public void More_scorers_on_a_segment_than_the_pool_keeps_still_score_as_Lucene()
    {
        using var index = KnowledgeIndex.BuildInMemory(TestKnowledge.Create());
        var terms = Terms(index);
        var segments = index.SegmentsFor(KnowledgeFields.CityValue("handa"));

        BooleanQuery Many(bool pooled)
        {
            var query = pooled ? new PooledBooleanQuery(disableCoord: true) : new BooleanQuery(disableCoord: true);
            for (var i = 0; query.Clauses.Count < PostingsPool.MaxPerSegment + 40; i++)
            {
                var term = new Term(KnowledgeFields.Body, terms[i % terms.Count]);
                var clause = pooled ? (Query)new PooledTermQuery(term, index.TermContextOf(term.Field, term.Text)) : new TermQuery(term);
                clause.Boost = 1 + (i % 7);
                query.Add(clause, Occur.SHOULD);
            }

            return query;
        }

        var expected = Hits(index.Searcher.SearchSegments(segments, Many(pooled: false), 1000));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Hits(index.Searcher.SearchSegments(segments, Many(pooled: true), 1000)));
        Assert.Equal(expected, Hits(index.Searcher.SearchSegments(segments, Many(pooled: true), 1000)));
    }

    [Fact]
    public void A_search_reuses_its_postings_instead_of_allocating_them()
    {
        using var index = KnowledgeIndex.BuildInMemory(TestKnowledge.Create());
        var terms = Terms(index);
        var segments = index.SegmentsFor(KnowledgeFields.CityValue("handa"));

        long Allocated(bool pooled)
        {
            var query = Shaped(index, terms, shape: 0, pooled);
            index.Searcher.SearchSegments(segments, query, 10);
            var before = GC.GetAllocatedBytesForCurrentThread();
            index.Searcher.SearchSegments(segments, query, 10);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        // Lucene makes a term enumerator and a postings enumerator of more than 2 KB together for each term found in a
        // segment; the pool makes none once it holds them.
        var found = segments.Sum(s => terms.Count(t => index.TermContextOf(KnowledgeFields.Body, t).Get(s.Ord) is not null));
        Assert.True(found >= 10, $"{found} terms found in the segments");
        var lucene = Allocated(pooled: false);
        var pooled = Allocated(pooled: true);
        Assert.True(pooled < lucene - (found * 1_500L), $"pooled {pooled} bytes against Lucene's {lucene} for {found} terms in the segments");
    }

    [Fact]
    public void Postings_are_handed_again_only_to_a_later_search()
    {
        using var index = KnowledgeIndex.BuildInMemory(TestKnowledge.Create());
        var term = index.Analyzer.Terms("マイナンバーカード").First();
        var context = index.TermContextOf(KnowledgeFields.Body, term);
        var segment = index.SegmentsFor(KnowledgeFields.CityValue("handa")).First(s => context.Get(s.Ord) is not null);
        var bytes = new Term(KnowledgeFields.Body, term).Bytes;
        var pool = new PostingsPool();
        Assert.Null(PostingsPool.Active);

        DocsEnum[] Take(int count) =>
            [.. Enumerable.Range(0, count).Select(_ => pool.Docs(segment.AtomicReader, KnowledgeFields.Body, bytes, context.Get(segment.Ord), null)!)];

        DocsEnum[] first;
        using (pool.Begin())
        {
            Assert.Same(pool, PostingsPool.Active);
            first = Take(3);
            Assert.Equal(3, first.Distinct().Count());
            Assert.All(first, d => Assert.NotEqual(DocIdSetIterator.NO_MORE_DOCS, d.NextDoc()));

            // A search inside a search on the same thread is not pooled.
            using (new PostingsPool().Begin())
            {
                Assert.Null(PostingsPool.Active);
            }

            Assert.Same(pool, PostingsPool.Active);
        }

        Assert.Null(PostingsPool.Active);
        using (pool.Begin())
        {
            var again = Take(4);
            Assert.Equal(first, again[..3]);
            Assert.DoesNotContain(again[3], first);

            // Each is positioned anew: the same first document as a new enumerator's.
            var fresh = segment.AtomicReader.GetTerms(KnowledgeFields.Body).GetEnumerator();
            Assert.True(fresh.SeekExact(bytes));
            var expected = fresh.Docs(null, null).NextDoc();
            Assert.All(again, d => Assert.Equal(expected, d.NextDoc()));
        }
    }

    private static List<string> Terms(KnowledgeIndex index) =>
        [.. Words.SelectMany(w => index.Analyzer.Terms(w)).Distinct(StringComparer.Ordinal).Where(t => index.TermContextOf(KnowledgeFields.Body, t).DocFreq > 0)];

    // 0: optional clauses (the out-of-order bucket scorer); 1: with a nested boolean and disjunctions per field;
    // 2: at least two to match and 3: a required clause (Lucene's in-order scorers, which advance the postings);
    // 4: a prohibited clause.
    private static Query Shaped(KnowledgeIndex index, IReadOnlyList<string> terms, int shape, bool pooled)
    {
        Query TermOf(string field, string text, float boost)
        {
            var term = new Term(field, text);
            var query = pooled ? (Query)new PooledTermQuery(term, index.TermContextOf(field, text)) : new TermQuery(term, index.TermContextOf(field, text));
            query.Boost = boost;
            return query;
        }

        var query = pooled ? new PooledBooleanQuery(disableCoord: true) : new BooleanQuery(disableCoord: true);
        for (var i = 0; i < terms.Count; i++)
        {
            var occur = (shape == 3 && i == 0) ? Occur.MUST : (shape == 4 && i == 1) ? Occur.MUST_NOT : Occur.SHOULD;
            if (shape == 1)
            {
                var perField = new DisjunctionMaxQuery(0.1f);
                perField.Add(TermOf(KnowledgeFields.Title, terms[i], 3));
                perField.Add(TermOf(KnowledgeFields.Body, terms[i], 1));
                perField.Boost = 1 + (i % 3);
                query.Add(perField, occur);
            }
            else
            {
                query.Add(TermOf(KnowledgeFields.Body, terms[i], 1 + (i % 3)), occur);
            }
        }

        if (shape == 1)
        {
            var inner = pooled ? new PooledBooleanQuery(disableCoord: true) : new BooleanQuery(disableCoord: true);
            inner.Add(TermOf(KnowledgeFields.Keywords, terms[^1], 1), Occur.SHOULD);
            inner.Add(TermOf(KnowledgeFields.Body, terms[0], 1), Occur.SHOULD);
            inner.Boost = 0.7f;
            query.Add(inner, Occur.SHOULD);
        }

        if (shape == 2)
        {
            query.MinimumNumberShouldMatch = 2;
        }

        return query;
    }

    private static List<string> Hits(TopDocs top) => [.. top.ScoreDocs.Select(d => $"{d.Doc} {d.Score:R}")];
}
