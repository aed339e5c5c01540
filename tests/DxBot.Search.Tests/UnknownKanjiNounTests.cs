namespace DxBot.Search.Tests;

/// <summary>
/// A short question whose subject is a kanji noun no entry writes (「犬の登録はどこでする？」「道路の除雪、いつ来てくれる」)
/// is about something the knowledge does not cover: what shares its other words (登録, 来てくれる) is about something
/// else. In a story, or as the attribute asked (「どの職位の」「勤務形態は？」), such a noun is no subject.
/// </summary>
public sealed class UnknownKanjiNounTests : IDisposable
{
    private const double MinCoverage = 0.3;

    private static readonly Knowledge.Model.KnowledgeBase Knowledge = TestKnowledge.Create(
        TestKnowledge.Entry("seal", "tsushima", "online", "印鑑登録証明書のコンビニ交付", "印鑑登録をしている方は、印鑑登録証明書をコンビニで取得できます。"),
        TestKnowledge.Entry("visit", "tsushima", "mynumber", "マイナンバーカードの出張申請", "職員が企業や団体のもとへ出向いて、カードの申請を受け付けます。", "来てくれる", "出張"),
        TestKnowledge.Entry("officer", "tsushima", "staff", "デジタル推進官", "デジタル推進官には副市長を充て、全庁の取組をまとめます。"));

    private readonly KnowledgeIndex index = KnowledgeIndex.BuildInMemory(Knowledge, TestMorphology.Tagger);

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("犬の登録はどこでする？")]
    [InlineData("道路の除雪、いつ来てくれる")]
    [InlineData("熊が出たらどこに連絡？")]
    public void A_short_question_about_a_kanji_noun_no_entry_has_finds_nothing_confident(string question)
    {
        var hits = new LuceneKnowledgeSearcher(index).Search(new(question, "tsushima"));

        Assert.DoesNotContain(hits, h => h.Coverage >= MinCoverage);
    }

    [Fact]
    public void The_people_and_things_of_a_story_are_no_subject()
    {
        // 母 and 耳 are in no entry; the question is the seal certificate's.
        var hits = new LuceneKnowledgeSearcher(index).Search(new("耳が遠い母が、印鑑登録証明書をコンビニで取れるか知りたがっています。取れますか？", "tsushima"));

        Assert.Contains(hits, h => h.Entry.Id == "seal" && h.Coverage >= MinCoverage);
    }

    [Theory]
    [InlineData("デジタル推進官にはどの職位の職員がなる？", "officer")]
    [InlineData("テレワークで想定している勤務形態は？", "tsushima-telework")]
    public void A_noun_naming_what_is_asked_of_the_subject_is_no_unknown_subject(string question, string expected)
    {
        var hits = new LuceneKnowledgeSearcher(index).Search(new(question, "tsushima"));

        Assert.Equal(expected, hits[0].Entry.Id);
        Assert.True(hits[0].Coverage >= MinCoverage, $"coverage {hits[0].Coverage}");
    }

    [Fact]
    public void Staff_naming_their_own_city_as_本市_ask_about_that_city()
    {
        // The shared knowledge's telework entry (在宅勤務 its keyword). 「本市の」 is written by no entry: it was an unknown subject, and the telework entry fell below confidence.
        var hits = new LuceneKnowledgeSearcher(index).Search(new("本市のテレワークは在宅勤務のほかにどんな形がありますか", "tsushima"));

        Assert.Equal("tsushima-telework", hits[0].Entry.Id);
        Assert.True(hits[0].Coverage >= MinCoverage * 2, $"coverage {hits[0].Coverage}");
    }
}
