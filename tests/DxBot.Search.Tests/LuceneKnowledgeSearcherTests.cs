using DxBot.Knowledge;

namespace DxBot.Search.Tests;

public sealed class LuceneKnowledgeSearcherTests : IDisposable
{
    private readonly KnowledgeIndex index = KnowledgeIndex.BuildInMemory(TestKnowledge.Create());
    private readonly LuceneKnowledgeSearcher searcher;

    public LuceneKnowledgeSearcherTests()
    {
        searcher = new LuceneKnowledgeSearcher(index);
    }

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("マイナンバーカードの交付率は？")]
    [InlineData("マイナカードの取得率を教えてください")]
    [InlineData("ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞの普及率は何％？")]
    [InlineData("対馬市のマイナンバーカードの交付率は？")]
    public void OnTopicQuestionFindsTheEntryWithHighCoverage(string question)
    {
        var hits = searcher.Search(new SearchRequest(question, "tsushima"));

        Assert.Equal(TestKnowledge.RateEntry, hits[0].Entry.Id);
        Assert.True(hits[0].Coverage >= 0.8, $"coverage {hits[0].Coverage}");
    }

    [Theory]
    [InlineData("今日の天気は？")]
    [InlineData("おすすめのラーメン屋を教えて")]
    [InlineData("対馬市でおいしい寿司が食べたい")]
    [InlineData("明日は雨が降りますか")]
    public void OffTopicQuestionGetsLowCoverage(string question)
    {
        var hits = searcher.Search(new SearchRequest(question, "tsushima", MaxResults: 10));

        Assert.All(hits, h => Assert.True(h.Coverage < 0.35, $"{h.Entry.Id}: coverage {h.Coverage}"));
    }

    [Fact]
    public void CoverageIgnoresParticlesEndingsAndTheCitysName()
    {
        var entry = "マイナンバーカードの交付率";

        Assert.Equal(1.0, searcher.Coverage("マイナンバーカードの交付率はどのくらいですか？教えてください", entry), 3);
        Assert.Equal(1.0, searcher.Coverage("対馬市のマイナンバーカードの交付率は", entry, "tsushima"), 3);
        Assert.True(searcher.Coverage("対馬市のマイナンバーカードの交付率は", entry, "handa") < 1.0);
        Assert.Equal(0.0, searcher.Coverage("対馬市の天気", "対馬市の計画", "tsushima"), 3);
    }

    [Fact]
    public void CoverageWeighsALongKatakanaWordLikeAWord()
    {
        // マイナンバーカード (8 bigrams) counts like two bigrams, so an entry about the card but not its rate stays at half.
        Assert.Equal(0.5, searcher.Coverage("マイナンバーカードの交付率", "マイナンバーカードの申請方法"), 3);
    }

    [Fact]
    public void CityFilterKeepsTheCityAndNationalEntries()
    {
        var handa = searcher.Search(new SearchRequest("マイナンバーカードの交付率", "handa", MaxResults: 20));
        var tsushima = searcher.Search(new SearchRequest("マイナンバーカードの交付率", "tsushima", MaxResults: 20));

        Assert.Equal(TestKnowledge.HandaRateEntry, handa[0].Entry.Id);
        Assert.All(handa, h => Assert.Contains(h.Entry.CityId, new[] { "handa", null }));
        Assert.Contains(handa, h => h.Entry.CityId is null);
        Assert.Equal(TestKnowledge.RateEntry, tsushima[0].Entry.Id);
        Assert.All(tsushima, h => Assert.Contains(h.Entry.CityId, new[] { "tsushima", null }));
    }

    [Fact]
    public void NoCitySearchesEverything()
    {
        var hits = searcher.Search(new SearchRequest("マイナンバーカードの交付率", null, MaxResults: 20));

        Assert.Contains(hits, h => h.Entry.CityId == "tsushima");
        Assert.Contains(hits, h => h.Entry.CityId == "handa");
        Assert.Contains(hits, h => h.Entry.CityId is null);
    }

    [Fact]
    public void NationalEntriesAnswerInEveryCity()
    {
        var hits = searcher.Search(new SearchRequest("コンビニで住民票を取りたい", "handa"));

        Assert.Equal(TestKnowledge.KonbiniEntry, hits[0].Entry.Id);
        Assert.Equal(1.0, hits[0].Coverage, 3);
    }

    [Fact]
    public void TopicFilterRestrictsTheEntries()
    {
        var hits = searcher.Search(new SearchRequest("マイナンバーカードでオンライン申請", "tsushima", MaxResults: 20, Topic: "online"));

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("online", h.Entry.Topic));
    }

    [Fact]
    public void SynonymsAndLatinWordsFindTheirEntries()
    {
        Assert.Equal(TestKnowledge.PinEntry, searcher.Search(new SearchRequest("PINを忘れた", "handa"))[0].Entry.Id);
        Assert.Equal("tsushima-smartphone-class", searcher.Search(new SearchRequest("ｽﾏｰﾄﾌｫﾝ教室はありますか", "tsushima"))[0].Entry.Id);
    }

    [Fact]
    public void QuestionInKanaOnlyStillFindsItsEntry()
    {
        var hits = searcher.Search(new SearchRequest("ぴったりさーびす", "tsushima"));

        Assert.Equal(TestKnowledge.PittariEntry, hits[0].Entry.Id);
        Assert.True(hits[0].Coverage > 0.8);
    }

    [Fact]
    public void RankingPrefersTheEntryThatCoversTheQuestion()
    {
        var hits = searcher.Search(new SearchRequest("計画の期間はいつからいつまで？", "tsushima"));

        Assert.Equal(TestKnowledge.PlanPeriodEntry, hits[0].Entry.Id);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Theory]
    [InlineData("申請 AND (コンビニ* ~ \"交付")]
    [InlineData("コンビニ交付 OR \"住民票\" NOT [印鑑 TO 証明] {x} ~2 ^3 \\ / :")]
    [InlineData("**コンビニ交付??")]
    public void QuerySyntaxIsJustText(string question)
    {
        var hits = searcher.Search(new SearchRequest(question, "tsushima"));

        Assert.Equal(TestKnowledge.KonbiniEntry, hits[0].Entry.Id);
    }

    public static TheoryData<string> HostileQuestions => new()
    {
        "",
        "   \t\n",
        "😀🎉👨‍👩‍👧‍👦🇯🇵",
        "\uD83D",
        "\uDE00\uD800",
        "\u0000\u0001\u200B\u200D\uFEFF\u202E",
        "ｱｲｳｴｵ ｶﾞｷﾞｸﾞ ﾊﾟﾋﾟﾌﾟ",
        "AND OR NOT ( ) * ~ \" [ ] { } ^ : \\ / ! ? + -",
        "((((((((((((((((((((",
        "\"\"\"\"\"",
        "ありますか",
        new string('a', 10_000),
        new string('申', 10_000),
        string.Concat(Enumerable.Range(0, 10_000).Select(i => (char)(0x4E00 + (i * 7919 % 20000)))),
        string.Concat(Enumerable.Repeat("マイナカード😀交付率？ ", 1_000)),
    };

    [Theory]
    [MemberData(nameof(HostileQuestions))]
    public void HostileQuestionsDoNotThrowAndReturnSaneResults(string question)
    {
        var hits = searcher.Search(new SearchRequest(question, "tsushima"));

        Assert.InRange(hits.Count, 0, 3);
        Assert.All(hits, h =>
        {
            Assert.InRange(h.Coverage, 0.0, 1.0);
            Assert.False(float.IsNaN(h.Score));
            Assert.Contains(h.Entry.CityId, new[] { "tsushima", null });
        });
    }

    [Fact]
    public void SymbolsAndParticlesAloneFindNothing()
    {
        Assert.Empty(searcher.Search(new SearchRequest("😀🎉！？", "tsushima")));
        Assert.Empty(searcher.Search(new SearchRequest("ありますか", "tsushima")));
        Assert.Empty(searcher.Search(new SearchRequest("", null)));
    }

    [Fact]
    public void LongQuestionIsTruncatedNotRejected()
    {
        var question = "マイナンバーカードの交付率は？" + new string('あ', 10_000);

        Assert.Equal(TestKnowledge.RateEntry, searcher.Search(new SearchRequest(question, "tsushima"))[0].Entry.Id);
    }

    [Fact]
    public void ClauseCountStaysUnderTheLimitWhateverTheOptions()
    {
        var unbounded = new LuceneKnowledgeSearcher(index, new KnowledgeSearchOptions { MaxQuestionLength = 50_000, MaxQueryTerms = 100_000 });
        var question = string.Concat(Enumerable.Range(0, 20_000).Select(i => (char)(0x4E00 + (i * 7919 % 20000))));

        var hits = unbounded.Search(new SearchRequest(question + "マイナンバーカード", "tsushima"));

        Assert.InRange(hits.Count, 0, 3);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-5, 0)]
    [InlineData(1, 1)]
    [InlineData(1_000, 20)]
    public void MaxResultsIsRespected(int requested, int atMost)
    {
        var hits = searcher.Search(new SearchRequest("マイナンバーカード スマホ 計画 申請 オンライン", null, requested));

        Assert.InRange(hits.Count, Math.Min(atMost, 1), atMost);
    }

    [Fact]
    public void ConcurrentSearchesAgree()
    {
        var expected = searcher.Search(new SearchRequest("マイナカードの交付率", "tsushima")).Select(h => h.Entry.Id).ToList();

        Parallel.For(0, 200, _ =>
            Assert.Equal(expected, searcher.Search(new SearchRequest("マイナカードの交付率", "tsushima")).Select(h => h.Entry.Id).ToList()));
    }

    [Fact]
    public void ARetiredIndexAnswersNothingInsteadOfThrowing()
    {
        using var retired = KnowledgeIndex.BuildInMemory(TestKnowledge.Create());
        var retiredSearcher = new LuceneKnowledgeSearcher(retired);
        retired.Dispose();

        Assert.Empty(retiredSearcher.Search(new SearchRequest("マイナンバーカードの交付率", "tsushima")));
    }

    [Fact]
    public void DuplicateIdsAreIndexedOnceAndReported()
    {
        var duplicate = TestKnowledge.Entry(TestKnowledge.RateEntry, "tsushima", "mynumber", "重複", "重複したエントリです。");
        using var withDuplicate = KnowledgeIndex.BuildInMemory(TestKnowledge.Create(duplicate));

        Assert.Equal(TestKnowledge.Create().Entries.Count, withDuplicate.Count);
        Assert.Contains(withDuplicate.Warnings, w => w.Message.Contains(TestKnowledge.RateEntry));
    }

    [Theory]
    // Where the resident saw it (テレビで見た) is the story's; what they ask is Society5.0, whose unit (society5) is cut
    // at the full stop the analyzer keeps in its term (society5.0).
    [InlineData("テレビで見たんだけど、Society5.0ってなんなの？")]
    [InlineData("新聞で読んだんですが、Society5.0とは何ですか")]
    public void TheMediumASubjectWasSeenInIsNotTheSubject(string question)
    {
        using var withTerms = KnowledgeIndex.BuildInMemory(TestKnowledge.Create(
            TestKnowledge.Entry("society", "tsushima", "plan", "Society5.0とは", "Society5.0は、サイバー空間と現実空間を組み合わせた人間中心の社会です。その実現に社会全体のDXが求められています。"),
            TestKnowledge.Entry("broadcast", "tsushima", "plan", "市の広報", "市の取組は、テレビや新聞でもお知らせします。")));
        var hits = new LuceneKnowledgeSearcher(withTerms).Search(new SearchRequest(question, "tsushima"));

        Assert.True(hits[0].Entry.Id == "society", string.Join(" | ", hits.Select(h => $"{h.Entry.Id} {h.Coverage:F2} {h.Score:F2}")));
    }

    [Fact]
    public void AMediumNamedAgainAsWhatIsAskedStaysInTheQuestion()
    {
        using var withTerms = KnowledgeIndex.BuildInMemory(TestKnowledge.Create(
            TestKnowledge.Entry("line-apply", "tsushima", "online", "LINEでの申請", "市のLINE公式アカウントから住民票の写しを申請できるようにする計画です。")));
        var hits = new LuceneKnowledgeSearcher(withTerms).Search(new SearchRequest("市のLINEで見たけど、LINEで住民票の申請もできるの？", "tsushima"));

        Assert.Equal("line-apply", hits[0].Entry.Id);
    }
}
