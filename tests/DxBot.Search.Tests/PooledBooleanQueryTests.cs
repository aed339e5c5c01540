using DxBot.Knowledge;
using DxBot.Knowledge.Loading;
using DxBot.Knowledge.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DxBot.Search.Tests;

/// <summary>
/// The boolean scorer that reuses its bucket table must find and score exactly what Lucene's BooleanScorer does, for
/// every query the bot builds, asked one after another on the same thread (a bucket left from an earlier query must
/// not count), and must not allocate a table per segment of every query.
/// </summary>
public sealed class PooledBooleanQueryTests
{
    [Fact]
    public async Task Every_benchmark_question_gets_Lucenes_hits_and_scores_bit_for_bit()
    {
        using var service = new KnowledgeService(new KnowledgeServiceOptions { SearchCacheEntries = 0, Morphology = TestMorphology.Tagger });
        var report = await service.ReindexAsync(new KnowledgeLoader().Load([BenchQuestions.KnowledgeFolder()]));
        Assert.True(report.Succeeded, report.Failure);
        var pooled = Assert.IsType<LuceneKnowledgeSearcher>(service.Current.Searcher);
        var lucene = new LuceneKnowledgeSearcher(pooled.Index) { LuceneQueries = true };

        var requests = BenchQuestions.All()
            .SelectMany(q => new[]
            {
                new SearchRequest(q.Question, q.City, MaxResults: 20),
                new SearchRequest(q.Question, null, MaxResults: 20),
                new SearchRequest(q.Question, q.City, MaxResults: 20, Topic: KnowledgeTopics.MyNumber),
            })
            .ToList();
        // Twice over, so that every table is reused by questions other than the one that filled it last.
        var expected = requests.Select(r => Answer(lucene, r)).ToList();
        var first = requests.Select(r => Answer(pooled, r)).ToList();
        var again = requests.AsEnumerable().Reverse().Select(r => Answer(pooled, r)).Reverse().ToList();

        Assert.Equal(expected, first);
        Assert.Equal(expected, again);
        Assert.Contains(expected, a => a.Split(" | ").Length > 10);
    }

    [Fact]
    public void Prohibited_and_nested_clauses_and_a_minimum_to_match_score_as_in_Lucene()
    {
        using var index = KnowledgeIndex.BuildInMemory(TestKnowledge.Create());
        string[] words = ["マイナンバーカード", "交付率", "スマホ教室", "計画", "手続き", "オンライン"];
        var terms = words.SelectMany(w => index.Analyzer.Terms(w)).Distinct(StringComparer.Ordinal).ToList();
        for (var shape = 0; shape < 4; shape++)
        {
            var expected = Hits(index, Shaped(new BooleanQuery(disableCoord: shape == 3), () => new BooleanQuery(), terms, shape));
            var pooled = Hits(index, Shaped(new PooledBooleanQuery(disableCoord: shape == 3), () => new PooledBooleanQuery(disableCoord: false), terms, shape));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, pooled);
        }
    }

    [Fact]
    public void A_search_reuses_its_bucket_tables_instead_of_allocating_them()
    {
        using var index = KnowledgeIndex.BuildInMemory(TestKnowledge.Create());
        var terms = index.Analyzer.Terms("マイナンバーカードの交付率と手続きのオンライン化").Distinct(StringComparer.Ordinal).ToList();
        var segments = index.SegmentsFor(KnowledgeFields.CityValue("handa"));

        long Allocated(Func<BooleanQuery> create)
        {
            var query = create();
            foreach (var term in terms)
            {
                query.Add(new TermQuery(new Term(KnowledgeFields.Body, term)), Occur.SHOULD);
            }

            index.Searcher.SearchSegments(segments, query, 10);
            var before = GC.GetAllocatedBytesForCurrentThread();
            index.Searcher.SearchSegments(segments, query, 10);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var lucene = Allocated(() => new BooleanQuery(disableCoord: true));
        var pooled = Allocated(() => new PooledBooleanQuery(disableCoord: true));
        // Lucene's table alone is 2,049 objects, about 110 KB, per segment searched.
        Assert.True(lucene > 100_000, $"Lucene's search allocated {lucene} bytes");
        Assert.True(pooled < lucene - (segments.Count * 90_000L), $"pooled {pooled} bytes against Lucene's {lucene} over {segments.Count} segments");
    }

    private static BooleanQuery Shaped(BooleanQuery query, Func<BooleanQuery> nested, IReadOnlyList<string> terms, int shape)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            var clause = new TermQuery(new Term(i % 2 == 0 ? KnowledgeFields.Body : KnowledgeFields.Title, terms[i])) { Boost = 1 + (i % 3) };
            query.Add(clause, shape == 0 && i == 1 ? Occur.MUST_NOT : Occur.SHOULD);
        }

        if (shape == 1)
        {
            var inner = nested();
            inner.Add(new TermQuery(new Term(KnowledgeFields.Title, terms[0])), Occur.SHOULD);
            inner.Add(new TermQuery(new Term(KnowledgeFields.Keywords, terms[^1])), Occur.SHOULD);
            inner.Boost = 0.7f;
            query.Add(inner, Occur.SHOULD);
        }

        if (shape == 2)
        {
            query.MinimumNumberShouldMatch = 2;
        }

        return query;
    }

    private static List<string> Hits(KnowledgeIndex index, Query query) =>
        [.. index.Searcher.SearchSegments(index.SegmentsFor(KnowledgeFields.CityValue("handa")), query, 1000).ScoreDocs.Select(d => $"{d.Doc} {d.Score:R}")];

    private static string Answer(IKnowledgeSearcher searcher, SearchRequest request) =>
        $"{request}: " + string.Join(" | ", searcher.Search(request).Select(h => $"{h.Entry.Id} {h.Score:R} {h.Coverage:R}"));
}
