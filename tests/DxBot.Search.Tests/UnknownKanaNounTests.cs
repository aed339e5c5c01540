namespace DxBot.Search.Tests;

/// <summary>
/// A noun written in hiragana (ごみ) used to be no unit of a question at all, so 「粗大ごみの料金は？」 was the question
/// 「粗大…料金は？」 and any fee answered it. Read by MeCab, a kana noun no entry writes or reads counts against every entry.
/// </summary>
public sealed class UnknownKanaNounTests : IDisposable
{
    private const double MinCoverage = 0.3;

    private static readonly Knowledge.Model.KnowledgeBase Knowledge = TestKnowledge.Create(
        TestKnowledge.Entry("water-fee", "tsushima", "online", "水道料金の納付", "水道料金は口座振替やコンビニで納付できます。"),
        TestKnowledge.Entry("line-news", "tsushima", "online", "市のLINEでのお知らせ", "市のLINE公式アカウントで、収集した情報や防災のお知らせを届けます。"),
        TestKnowledge.Entry("child-online", "tsushima", "online", "子どもの手続きのオンライン申請", "子どもの手当の手続きはオンラインで申請できます。"));

    private readonly KnowledgeIndex withMeCab = KnowledgeIndex.BuildInMemory(Knowledge, TestMorphology.Tagger);
    private readonly KnowledgeIndex bigramsOnly = KnowledgeIndex.BuildInMemory(Knowledge);

    public void Dispose()
    {
        withMeCab.Dispose();
        bigramsOnly.Dispose();
    }

    [Theory]
    [InlineData("粗大ごみの出し方と料金を教えて")]
    [InlineData("燃えるごみの収集日は何曜日？")]
    public void A_question_about_a_kana_noun_no_entry_has_finds_nothing_confident(string question)
    {
        var hits = new LuceneKnowledgeSearcher(withMeCab).Search(new(question, "tsushima"));

        Assert.DoesNotContain(hits, h => h.Coverage >= MinCoverage);
    }

    [Fact]
    public void Without_MeCab_the_kana_noun_is_not_seen()
    {
        // What the bigram search did before: 料金 alone made the water fee look like the answer.
        var hits = new LuceneKnowledgeSearcher(bigramsOnly).Search(new("粗大ごみの出し方と料金を教えて", "tsushima"));

        Assert.Contains(hits, h => h.Entry.Id == "water-fee" && h.Coverage >= MinCoverage);
    }

    [Fact]
    public void A_dialect_question_word_read_as_a_noun_is_no_unknown_subject()
    {
        // MeCab reads 「なんぼ」 as a common noun before の: as an unknown subject it made the count question unanswerable.
        var hits = new LuceneKnowledgeSearcher(withMeCab).Search(new("なんぼの手続きがオンラインで申請できるようになるんだべ？", "tsushima"));

        Assert.Equal("child-online", hits[0].Entry.Id);
        Assert.True(hits[0].Coverage >= MinCoverage, $"coverage {hits[0].Coverage}");
    }

    [Fact]
    public void A_kana_noun_the_knowledge_writes_in_kanji_is_known_by_its_reading()
    {
        // こども is read in 子ども: the question stays about the entry.
        var hits = new LuceneKnowledgeSearcher(withMeCab).Search(new("こどもの手続きはオンラインでできる？", "tsushima"));

        Assert.Equal("child-online", hits[0].Entry.Id);
        Assert.True(hits[0].Coverage >= MinCoverage, $"coverage {hits[0].Coverage}");
    }

    [Fact]
    public void The_dialogs_coverage_counts_the_unknown_kana_noun_too()
    {
        var entry = Knowledge.Entries.Single(e => e.Id == "water-fee");

        Assert.True(new LuceneKnowledgeSearcher(withMeCab).Coverage("燃えるごみの収集日と料金は？", entry, "tsushima")
            < new LuceneKnowledgeSearcher(bigramsOnly).Coverage("燃えるごみの収集日と料金は？", entry, "tsushima"));
    }
}
