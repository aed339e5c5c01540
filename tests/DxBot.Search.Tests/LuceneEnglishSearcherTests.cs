using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Search.Tests;

public sealed class LuceneEnglishSearcherTests
{
    private static readonly KnowledgeBase Knowledge = TestKnowledge.Create(
        TestKnowledge.Entry("handa-open-data", "handa", KnowledgeTopics.Plan, "オープンデータの公開", "市はデータをオープンデータとして公開します。") with
        {
            English = "The city plans to publish the data it holds as open data (オープンデータ) that anyone may reuse.",
            EnglishKeywords = ["public data", "datasets", "business use"],
        },
        TestKnowledge.Entry("handa-counter", "handa", KnowledgeTopics.Online, "書かない窓口", "申請書を書かずに済む窓口です。") with
        {
            English = "A write-free counter (書かない窓口): staff fill in the forms, so residents do not write by hand.",
            EnglishKeywords = ["paperwork", "handwriting", "forms"],
        },
        TestKnowledge.Entry("tsushima-open-data", "tsushima", KnowledgeTopics.Plan, "オープンデータ", "対馬市のオープンデータです。") with
        {
            English = "Tsushima publishes open data (オープンデータ) on its website.",
        });

    private readonly LuceneEnglishSearcher searcher = new();

    [Fact]
    public void A_question_in_english_finds_the_entry_whose_english_has_its_words()
    {
        var hits = searcher.Search(Knowledge, new SearchRequest("Hello, I run a small business. Does the city publish its data so that I can reuse it?", "handa"));

        Assert.Equal("handa-open-data", hits[0].Entry.Id);
        Assert.True(hits[0].Coverage >= 0.45, $"coverage {hits[0].Coverage}");
    }

    [Fact]
    public void Another_citys_entries_are_never_found()
    {
        var hits = searcher.Search(Knowledge, new SearchRequest("Where is the open data published?", "handa"));

        Assert.NotEmpty(hits);
        Assert.DoesNotContain(hits, h => h.Entry.CityId == "tsushima");
    }

    [Fact]
    public void Everyday_words_reach_an_entry_through_its_english_keywords()
    {
        var hits = searcher.Search(Knowledge, new SearchRequest("Too much paperwork and handwriting at city hall", "handa"));

        Assert.Equal("handa-counter", hits[0].Entry.Id);
    }

    [Fact]
    public void A_question_about_something_no_entry_holds_has_little_coverage()
    {
        // Only "city" and "data"-like common words are shared; the fireworks and their date are in no entry.
        var hits = searcher.Search(Knowledge, new SearchRequest("When is the next fireworks festival by the lake?", "handa"));

        Assert.All(hits, h => Assert.True(h.Coverage < 0.45, $"{h.Entry.Id} coverage {h.Coverage}"));
    }

    [Fact]
    public void Entries_without_english_and_an_empty_question_give_no_hits()
    {
        Assert.Empty(searcher.Search(TestKnowledge.Create(), new SearchRequest("open data", "handa")));
        Assert.Empty(searcher.Search(Knowledge, new SearchRequest("Hello! Thank you.", "handa")));
    }

    [Fact]
    public void Of_entries_with_as_much_of_the_question_the_one_putting_its_words_together_ranks_first()
    {
        // Both have every, number and card; only the target puts 「every … to have a My Number card」 as the question does.
        var knowledge = TestKnowledge.Create(
            TestKnowledge.Entry("omaezaki-card-words", "omaezaki", KnowledgeTopics.MyNumber, "マイナンバーとは", "マイナンバーの説明です。") with
            {
                English = "My Number (マイナンバー) is a number given to every person with a resident record; the card (マイナンバーカード) shows it with a photo.",
            },
            TestKnowledge.Entry("omaezaki-card-target", "omaezaki", KnowledgeTopics.MyNumber, "カードの普及目標", "全市民の取得を目指します。") with
            {
                English = "The plan aims for every resident to have a My Number card (マイナンバーカード) by the end of FY2022 (令和4年度).",
            });

        var hits = searcher.Search(knowledge, new SearchRequest("By when does the city want every resident to have a My Number card?", "omaezaki"));

        Assert.Equal(hits[0].Coverage, hits[1].Coverage, 2);
        Assert.Equal("omaezaki-card-target", hits[0].Entry.Id);
    }
}
