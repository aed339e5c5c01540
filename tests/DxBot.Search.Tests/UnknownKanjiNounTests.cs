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
        TestKnowledge.Entry("officer", "tsushima", "staff", "デジタル推進官", "デジタル推進官には副市長を充て、全庁の取組をまとめます。"),
        TestKnowledge.Entry("systems", "tsushima", "staff", "標準化する基幹系の業務", "住民基本台帳、固定資産税、個人住民税などの基幹系業務のシステムを標準化します。"),
        TestKnowledge.Entry("consult", "tsushima", "support", "スマホの相談会", "スマートフォンの使い方を相談できる相談会を開きます。"),
        TestKnowledge.Entry("panel", "tsushima", "staff", "専門部会", "複数の課にまたがる業務は、デジタル推進課長を部会長とする専門部会が検討します。", "課をまたぐ"));

    private readonly KnowledgeIndex index = KnowledgeIndex.BuildInMemory(Knowledge, TestMorphology.Tagger);

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("犬の登録はどこでする？")]
    [InlineData("道路の除雪、いつ来てくれる")]
    [InlineData("熊が出たらどこに連絡？")]
    // A long known word beside the unknown subject (固定資産税, four bigrams) does not carry it; nor does a verb after を.
    [InlineData("新築の固定資産税はいつ来る？")]
    [InlineData("空き家を売りたいけど相談できる？")]
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
    [InlineData("テレワークの形態を挙げて", "tsushima-telework")]
    // In a clause describing the subject (案件 of 「…案件を検討する専門部会」).
    [InlineData("課をまたぐ案件を検討する専門部会の部会長は？", "panel")]
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
