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
        Assert.DoesNotContain(ExtractiveLead.WithWhatFollows(Searcher, "QRコード決済で払える？", entry, lead), s => s.Contains("クレジットカード、電子マネー", StringComparison.Ordinal));
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

    [Fact]
    public void A_row_of_a_captioned_table_comes_with_the_sentence_introducing_the_table()
    {
        var entry = Passage("""
            ③ 自治体の行政手続のオンライン化
            具体的には、以下の31手続を対象として、マイナポータルを活用したオンライン化を進める。
            対象手続一覧
            ・子育て関係(15手続) ／ 介護関係(11手続)
            ・児童手当等の額の改定の請求 ／ 要介護認定の申請
            """);

        var lead = ExtractiveLead.For(Searcher, "児童手当の手続きはどうなる？", entry);

        Assert.Equal(["具体的には、以下の31手続を対象として、マイナポータルを活用したオンライン化を進める。", "・児童手当等の額の改定の請求 ／ 要介護認定の申請"], lead);
    }

    [Fact]
    public void A_later_sentence_of_a_tables_row_comes_with_the_rows_opening()
    {
        var entry = Passage("""
            本市が具体的に取り組む事項は、次のとおりです。
            ・No. ／ 取組事項 ／ 内容 ／ 効果
            ・1 ／ 電子図書館の導入 ／ 電子書籍を貸し出します。 ／ ・図書館に行かずに本を借りられる
            ・2 ／ 窓口の改善 ／ 証明書の発行を早めます。 ／ ・待ち時間の短縮による住民の負担軽減
            """);

        var lead = ExtractiveLead.For(Searcher, "待ち時間は短くなる？", entry);

        Assert.Equal(["・2 ／ 窓口の改善 ／ 証明書の発行を早めます。", "／ ・待ち時間の短縮による住民の負担軽減"], lead);
    }

    [Fact]
    public void A_measures_labelled_rows_are_no_captioned_table()
    {
        var entry = Passage("""
            各種の手当の手続の利便性を向上させます。
            ・現状と課題 ／ 児童手当の申請は窓口のみで受け付けている。
            ・成果目標 ／ 令和5年度中に電子申請を導入する。
            """);

        var lead = ExtractiveLead.For(Searcher, "児童手当の申請はどうなる？", entry);

        Assert.DoesNotContain("各種の手当の手続の利便性を向上させます。", lead);
    }

    [Theory]
    [InlineData("オンライン手続はこれから増える？")]
    [InlineData("オンライン手続はどこまで増えるの？")]
    // 「どのくらいまで」 holds 「いま」 (now): read as the present asked, the target row lost its bonus.
    [InlineData("オンライン手続は最終的にどのくらいまで増やすの？")]
    [InlineData("オンライン手続はどれくらいまで増やす予定？")]
    // Where the city means to end up, with no word of increase or target.
    [InlineData("オンライン手続って最終的に何手続くらいにするつもり？")]
    public void Asked_how_far_without_a_figure_word_the_target_row_leads(string question)
    {
        var entry = Passage("""
            窓口での書面を前提とする対応を転換し、オンライン手続を進めて「行かなくていい市役所」を実現します。
            ・現状と課題 ／ これまで61手続をオンライン化したが、オンライン手続の利用は少ない。
            ・成果目標 ／ (1) 処理件数が多い200手続をオンライン化する。
            """);

        var lead = ExtractiveLead.For(Searcher, question, entry);

        Assert.Equal("・成果目標 ／ (1) 処理件数が多い200手続をオンライン化する。", lead[0]);
    }

    [Fact]
    public void A_follow_up_asking_where_the_city_means_to_end_up_is_stated_by_the_target_row()
    {
        var entry = Passage("""
            窓口での書面を前提とする対応を転換し、オンライン手続を進めます。
            ・現状と課題 ／ これまで61手続をオンライン化したが、オンライン手続の利用は少ない。
            ・成果目標 ／ (1) 処理件数が多い200手続をオンライン化する。
            """);

        var lead = ExtractiveLead.Stating(Searcher, "ネットからできる手続きって、これから増えるの？", "最終的に何手続きくらいにするつもり？", entry, s => s.Contains("手続", StringComparison.Ordinal), 1);

        Assert.Equal(["・成果目標 ／ (1) 処理件数が多い200手続をオンライン化する。"], lead);
    }

    [Fact]
    public void Reading_on_the_rows_sharing_the_questions_words_come_before_another_aspects_row()
    {
        var entry = Passage("""
            民間のサービスを取り入れ、市民の利便性を向上させます。
            ・現状と課題 ／ 情報発信を強化している。一部の納付書はコンビニで納付できるが、QRコード決済等には対応していない。
            ・課題解決のための取組 ／ (1) SNSの活用について研究を重ね、情報発信を充実させる。 (2) SNSの登録人数を増やす。 (3) 市税の納付に電子収納を導入する。
            """);
        const string question = "市税ってQRコード決済で払える？";

        var lead = ExtractiveLead.WithWhatFollows(Searcher, question, entry, ExtractiveLead.For(Searcher, question, entry));

        Assert.Equal("一部の納付書はコンビニで納付できるが、QRコード決済等には対応していない。", lead[0]);
        Assert.Equal("(3) 市税の納付に電子収納を導入する。", lead[1]);
    }

    [Fact]
    public void Reading_on_paragraphs_keep_the_plans_order()
    {
        // A measure's 主な取組 under its paragraph share few of a resident's words, yet are what the paragraph announces.
        var entry = Passage("""
            市民が便利さを実感できるDXを推進し、窓口の手続を簡素化します。
            ○ 主な取組
            ・オンライン窓口来庁予約
            ・ICT講座等の開催
            ・現状と課題 ／ 窓口の手続は紙が中心である。
            """);

        var lead = ExtractiveLead.WithWhatFollows(Searcher, "窓口の手続は便利になる？", entry, ["市民が便利さを実感できるDXを推進し、窓口の手続を簡素化します。"]);

        Assert.Equal(["○ 主な取組", "・オンライン窓口来庁予約", "・ICT講座等の開催", "・現状と課題 ／ 窓口の手続は紙が中心である。"], lead.Skip(1));
    }
}
