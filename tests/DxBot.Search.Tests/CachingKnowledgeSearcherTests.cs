using DxBot.Knowledge;
using DxBot.Knowledge.Loading;
using DxBot.Knowledge.Model;

namespace DxBot.Search.Tests;

/// <summary>
/// A generation's searcher keeps its results for questions asked again: a kept result must be the searcher's own,
/// hit for hit, for every request that differs in anything, and a reindex must never serve the older generation's.
/// </summary>
public sealed class CachingKnowledgeSearcherTests
{
    [Fact]
    public async Task Every_benchmark_question_answered_from_the_cache_is_answered_as_by_a_searcher_without_one()
    {
        // As the bot runs: the bundled knowledge, MeCab's readings, the cache on.
        using var service = new KnowledgeService(new KnowledgeServiceOptions { SearchCacheEntries = 100_000, Morphology = TestMorphology.Tagger });
        var report = await service.ReindexAsync(new KnowledgeLoader().Load([BenchQuestions.KnowledgeFolder()]));
        Assert.True(report.Succeeded, report.Failure);
        var cached = Assert.IsType<CachingKnowledgeSearcher>(service.Current.Searcher);
        var uncached = new LuceneKnowledgeSearcher(((LuceneKnowledgeSearcher)cached.Inner).Index);

        var requests = BenchQuestions.All()
            .SelectMany(q => new[]
            {
                new SearchRequest(q.Question, q.City, MaxResults: 8),
                new SearchRequest(q.Question, null, MaxResults: 8),
                new SearchRequest(q.Question, q.City, MaxResults: 3),
                new SearchRequest(q.Question, q.City, MaxResults: 20, Topic: KnowledgeTopics.MyNumber),
            })
            .ToList();
        var first = requests.Select(r => Answer(cached, r)).ToList();
        var again = requests.Select(r => Answer(cached, r)).ToList();
        var expected = requests.Select(r => Answer(uncached, r)).ToList();

        Assert.Equal(expected, first);
        Assert.Equal(expected, again);
        Assert.Contains(expected, a => a.Contains(" | ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_request_asked_again_is_searched_once_and_one_that_differs_in_anything_is_searched_again()
    {
        var inner = new CountingSearcher();
        var searcher = new CachingKnowledgeSearcher(inner, capacity: 100);
        var asked = new SearchRequest("マイナンバーカードの交付率は？", "tsushima", MaxResults: 4);

        var first = searcher.Search(asked);
        var again = searcher.Search(asked with { });
        searcher.Search(asked with { CityId = "handa" });
        searcher.Search(asked with { CityId = null });
        searcher.Search(asked with { MaxResults = 8 });
        searcher.Search(asked with { Topic = KnowledgeTopics.MyNumber });
        searcher.Search(asked with { Text = "マイナンバーカードの交付率は?" });

        Assert.Equal(6, inner.Searches);
        Assert.Equal(first, again);
        // Every caller gets the same list: none may change it under the next.
        Assert.Throws<NotSupportedException>(() => ((IList<SearchHit>)again).Clear());
    }

    [Fact]
    public void A_coverage_asked_again_is_worked_out_once_per_question_city_and_entry()
    {
        var inner = new CountingSearcher();
        var searcher = new CachingKnowledgeSearcher(inner, capacity: 100);
        var entry = TestKnowledge.Create().Entries[0];
        var twin = entry with { };

        Assert.Equal(inner.Coverage("交付率", entry, "tsushima"), searcher.Coverage("交付率", entry, "tsushima"));
        searcher.Coverage("交付率", entry, "tsushima");
        searcher.Coverage("交付率", entry, "handa");
        searcher.Coverage("交付率", entry, null);
        searcher.Coverage("交付率は", entry, "tsushima");
        searcher.Coverage("交付率", twin, "tsushima");

        Assert.Equal(1 + 5, inner.Coverages);
    }

    [Fact]
    public void The_cache_is_bounded_and_a_dropped_result_is_searched_again()
    {
        var inner = new CountingSearcher();
        var searcher = new CachingKnowledgeSearcher(inner, capacity: 2);

        foreach (var text in new[] { "一", "二", "三", "一" })
        {
            searcher.Search(new SearchRequest(text, "handa"));
        }

        Assert.Equal(4, inner.Searches);
    }

    [Fact]
    public async Task A_reindex_answers_from_the_new_knowledge_not_from_the_last_generations_results()
    {
        using var service = new KnowledgeService(new KnowledgeServiceOptions { SearchCacheEntries = 100, RetireDelay = TimeSpan.Zero, SearchWarmUp = TimeSpan.FromMilliseconds(150) });
        await service.ReindexAsync(TestKnowledge.Create());
        var asked = new SearchRequest("ペンギンの飼育体験はありますか", "handa");
        var before = service.Current.Searcher.Search(asked);
        Assert.DoesNotContain(before, h => h.Entry.Id == "handa-penguin");
        Assert.Equal(before, service.Current.Searcher.Search(asked));

        var report = await service.ReindexAsync(TestKnowledge.Create(
            TestKnowledge.Entry("handa-penguin", "handa", KnowledgeTopics.General, "ペンギンの飼育体験", "半田市の動物園ではペンギンの飼育体験があります。")));

        Assert.True(report.Succeeded, report.Failure);
        var fresh = Assert.IsType<CachingKnowledgeSearcher>(service.Current.Searcher);

        // Searched before the new generation served (the question asked of the one before), and searched in it.
        Assert.Contains(report.Phases, p => p.Name == "searches warmed");
        Assert.True(fresh.Holds(asked));
        Assert.Equal("handa-penguin", service.Current.Searcher.Search(asked)[0].Entry.Id);
        Assert.Equal(Answer(new LuceneKnowledgeSearcher(((LuceneKnowledgeSearcher)fresh.Inner).Index), asked), Answer(fresh, asked));
    }

    [Fact]
    public async Task By_default_a_new_generation_searches_nothing_before_it_serves()
    {
        using var service = new KnowledgeService(new KnowledgeServiceOptions { SearchCacheEntries = 100, RetireDelay = TimeSpan.Zero });
        await service.ReindexAsync(TestKnowledge.Create());
        var asked = new SearchRequest("ペンギンの飼育体験はありますか", "handa");
        service.Current.Searcher.Search(asked);

        var report = await service.ReindexAsync(TestKnowledge.Create(
            TestKnowledge.Entry("handa-penguin", "handa", KnowledgeTopics.General, "ペンギンの飼育体験", "半田市の動物園ではペンギンの飼育体験があります。")));

        Assert.True(report.Succeeded, report.Failure);
        Assert.DoesNotContain(report.Phases, p => p.Name == "searches warmed");
        Assert.False(Assert.IsType<CachingKnowledgeSearcher>(service.Current.Searcher).Holds(asked));
        Assert.Equal("handa-penguin", service.Current.Searcher.Search(asked)[0].Entry.Id);
    }

    [Fact]
    public void A_new_generation_searches_the_requests_asked_of_the_one_before_the_most_asked_first_each_once()
    {
        var before = new CachingKnowledgeSearcher(new CountingSearcher(), capacity: 100);
        var often = new SearchRequest("マイナンバーカードの交付率は？", "tsushima");
        var once = new SearchRequest("スマホ教室はいつ？", "handa");
        var lately = new SearchRequest("暗証番号を忘れた", null);
        before.Search(often);
        before.Search(once);
        before.Search(often);
        before.Search(often);
        before.Search(lately);
        var inner = new CountingSearcher();
        var after = new CachingKnowledgeSearcher(inner, capacity: 100);

        var searched = after.WarmFrom(before, TimeSpan.MaxValue, TimeProvider.System, CancellationToken.None);

        Assert.Equal(3, searched);
        Assert.Equal([often, lately, once], inner.Asked);
        after.Search(often);
        after.Search(once);
        after.Search(lately);
        Assert.Equal(3, inner.Searches);
    }

    [Fact]
    public void With_no_time_left_only_the_most_asked_request_is_searched()
    {
        var before = new CachingKnowledgeSearcher(new CountingSearcher(), capacity: 100);
        var often = new SearchRequest("マイナンバーカードの交付率は？", "tsushima");
        before.Search(new SearchRequest("スマホ教室はいつ？", "handa"));
        before.Search(often);
        before.Search(often);
        var inner = new CountingSearcher();
        var after = new CachingKnowledgeSearcher(inner, capacity: 100);

        Assert.Equal(1, after.WarmFrom(before, TimeSpan.Zero, TimeProvider.System, CancellationToken.None));
        Assert.Equal([often], inner.Asked);
    }

    [Fact]
    public async Task Without_a_size_the_service_keeps_no_results()
    {
        using var service = new KnowledgeService();
        await service.ReindexAsync(TestKnowledge.Create());

        Assert.IsType<LuceneKnowledgeSearcher>(service.Current.Searcher);
    }

    private static string Answer(IKnowledgeSearcher searcher, SearchRequest request) =>
        $"{request}: " + string.Join(" | ", searcher.Search(request).Select(h =>
            $"{h.Entry.Id} {h.Score:R} {h.Coverage:R} {searcher.Coverage(request.Text, h.Entry, request.CityId):R}"));

    private sealed class CountingSearcher : IKnowledgeSearcher
    {
        private int searches;
        private int coverages;

        public int Searches => Volatile.Read(ref searches);

        public int Coverages => Volatile.Read(ref coverages);

        public List<SearchRequest> Asked { get; } = [];

        public IReadOnlyList<SearchHit> Search(SearchRequest request)
        {
            Interlocked.Increment(ref searches);
            lock (Asked)
            {
                Asked.Add(request);
            }

            return [new SearchHit(TestKnowledge.Create().Entries[0], request.MaxResults, 0.5)];
        }

        public double Coverage(string question, KnowledgeEntry entry, string? cityId)
        {
            Interlocked.Increment(ref coverages);
            return question.Length / 10.0;
        }
    }
}
