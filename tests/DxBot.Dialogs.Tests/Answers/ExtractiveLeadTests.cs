using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Tests.Support;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Answers;

/// <summary>Issue #13: which sentences of an imported passage answer a question.</summary>
public sealed class ExtractiveLeadTests
{
    private static readonly FakeSearcher Searcher = new(KnowledgeBase.Empty);

    private static KnowledgeEntry Passage(string body) =>
        new("goshogawara#imported-1", "(取組施策2) 民間サービスを活用した利便性向上", body, new Citation("五所川原市DX推進計画", "第3章"))
        {
            CityId = "goshogawara",
            File = "/knowledge/cities/goshogawara/imported-004_plan.md",
        };

    [Fact]
    public void A_footnotes_second_sentence_defining_a_word_is_no_answer()
    {
        var entry = Passage("""
            民間のデジタルサービスを取り入れ、キャッシュレス決済※1（電子収納）サービスを導入します。
            ・現状と課題 ／ 本市の収納方法は現金納付が主であり、電子決済やQRコード決済等には対応していない。
            ※1 キャッシュ（現金）を使用せずに支払いをすること。クレジットカード、電子マネー、QRコード決済などがある。
            """);

        var lead = ExtractiveLead.For(Searcher, "QRコード決済で払える？", entry);

        Assert.Contains(lead, s => s.Contains("QRコード決済等には対応していない", StringComparison.Ordinal));
        Assert.DoesNotContain(lead, s => s.Contains("クレジットカード、電子マネー", StringComparison.Ordinal));
        Assert.DoesNotContain(ExtractiveLead.WithWhatFollows(entry, lead), s => s.Contains("クレジットカード、電子マネー", StringComparison.Ordinal));
    }

    [Fact]
    public void Asked_where_to_learn_the_course_line_answers_though_no_sentence_shares_the_questions_words()
    {
        var entry = Passage("""
            ① 市民が便利さを実感できるDXの推進
            行政手続のオンライン化を進めます。
            ○ 主な取組
            ・オープンデータの推進
            ・ICT講座等の開催
            """);

        var lead = ExtractiveLead.For(Searcher, "わしはようわからんが、教えてくれるところはあるかね", entry);

        Assert.Equal(["・ICT講座等の開催"], lead);
    }
}
