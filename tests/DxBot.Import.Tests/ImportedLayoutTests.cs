using DxBot.Dialogs.Answers;
using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 on the real seed plans, from the sets nobody tuned for (holdout41, 44, 45): what the layout of a plan's
/// text breaks apart (a sentence split over two paragraphs, a roadmap whose items run into one cell) is put back at
/// import, so the passage answers with the sentence or the year asked; and a resident's worry or request to be taught
/// finds the plan's help, not its procedures.
/// </summary>
public sealed class ImportedLayoutTests
{
    [Fact]
    public void A_sentence_the_layout_split_into_two_paragraphs_is_imported_whole()
    {
        // 半田市's text breaks 「…外国語や音声読み上げに」 / 「も対応しています。」 with a blank line between.
        var (_, sections) = DocumentImporter.ReadSections(SeedPlans.Path("003_"));

        var lines = sections.Single(s => s.Title == "(イ) デジタル格差の解消").Body.Split('\n');
        Assert.Contains(lines, l => l.EndsWith("外国語や音声読み上げにも対応しています。", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("利用することで得られるメリットは", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("も対応しています", StringComparison.Ordinal));
        // A footnote printed inside a sentence (「…令和4年1月末時点」 「⁶ キャッシュレス決済: …」 「のマイナンバーカード交付率は…」)
        // goes after it.
        var all = sections.SelectMany(s => s.Body.Split('\n')).ToList();
        var rate = all.FindIndex(l => l.Contains("令和4年1月末時点のマイナンバーカード交付率は", StringComparison.Ordinal));
        Assert.True(rate >= 0);
        Assert.StartsWith("⁶ キャッシュレス決済", all[rate + 1], StringComparison.Ordinal);
        // A title stopping on a particle is not run into the text after it.
        Assert.DoesNotContain(DocumentImporter.ReadSections(SeedPlans.Path("004_")).Sections.SelectMany(s => s.Body.Split('\n')),
            l => l.StartsWith("はじめにスマートフォン", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sentence_once_split_answers_a_question_on_reading_the_site_aloud()
    {
        var reply = await ImportedLongPassageTests.AskAsync("003_", "handa", "line", "目が見えにくくて市のホームページの字が読めません。何か工夫はありますか");

        Assert.Contains("音声読み上げにも対応しています", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roadmaps_items_under_a_header_of_years_are_rows_of_their_own_under_the_year_they_start()
    {
        // 御前崎市's 3-5 roadmap: the header gives each year in both calendars and ends with 【参考】 目標期限; each item
        // below leaves its group's cells blank. Joined into the row above, every item of a year ran into one cell.
        var (_, sections) = DocumentImporter.ReadSections(SeedPlans.Path("002_"));

        var lines = sections.Single(s => s.Title == "3-5 DX 推進のロードマップ").Body.Split('\n');
        Assert.Contains("・重点項目 行政手続きのオンライン化：2021年度 電子申請サービス 導入検討・トライアル、2022年度 電子申請サービス運用・更新・対象業務の拡大。", lines);
        Assert.Contains("・重点項目 行政手続きのオンライン化：2021年度 マイナポータルからの手続きのオンライン化、【参考】目標期限 2022年度 (令和4年度)。", lines);
        Assert.Contains("・重点項目 マイナンバーカードの普及促進：2022年度 マイナンバーカードの各種利活用策の推進、新たな利活用策の検討・実施。", lines);
        // The header's years are no line of their own: each row names its years, and a line of years alone matched
        // questions on the plan's period. The table's name stays.
        Assert.Contains("・取組事項", lines);
        Assert.DoesNotContain(lines, l => l.Contains("2021年度 (令和3年度) ／ 2022年度", StringComparison.Ordinal));
        // The note under the table is read with the row carrying its mark.
        var row = Array.FindIndex(lines, l => l.StartsWith("・BPRへの取組みの徹底(*)", StringComparison.Ordinal));
        Assert.StartsWith("(*) BPRへの取組の徹底については", lines[row + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedules_second_item_in_one_year_is_not_run_into_the_first()
    {
        var (_, sections) = DocumentImporter.ReadSections(SeedPlans.Path("004_"));

        var lines = sections.SelectMany(s => s.Body.Split('\n')).ToList();
        Assert.Contains("・デジタル格差対策：令和5年度 モバイル端末操作体験会。", lines);
        Assert.Contains("・デジタル格差対策：令和5年度 民間企業との連携によるスマホ体験会・相談会。", lines);
    }

    [Fact]
    public async Task The_roadmaps_first_year_is_answered_with_its_item()
    {
        var reply = await ImportedLongPassageTests.AskAsync("002_", "omaezaki", "teams", "ロードマップで、キャッシュレス決済は最初の年度に何をすることになっていますか？");

        Assert.Contains("2021年度 キャッシュレス 決済導入検討", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_city_aims_for_is_answered_with_the_sub_sections_listed()
    {
        // 行方市's 「3_基本理念」 says only 「本市DXの基本理念を次のとおり掲げます。」; its (1)–(3) are sections of their own.
        var reply = await ImportedLongPassageTests.AskAsync("001_", "namegata", "line", "行方市のDXの基本理念をざっくり教えて");

        Assert.Contains("本市DXの基本理念を次のとおり掲げます。", reply, StringComparison.Ordinal);
        Assert.Contains("シンプルな仕組みづくり", reply, StringComparison.Ordinal);
        Assert.Contains("スマート自治体", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("年寄りなので、インターネットで申請するのは危なくないかと心配です。")]
    [InlineData("ネットで申請するのは、情報が漏れないか不安です")]
    public async Task A_resident_afraid_of_doing_it_online_finds_the_plans_course_and_safety_explained(string question)
    {
        // (イ) デジタル格差の解消: 「スマートフォンなどの使い方講座を実施します。併せて、オンライン手続きにおける安全性について
        // 説明することで不安を解消し…」; (ア) 行政手続のオンライン化 shares more of the question's words (申請, 手続).
        // Every plan imported, as bench/imported/run.sh does.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("handa", question);

        Assert.Contains("(イ) デジタル格差の解消", reply, StringComparison.Ordinal);
        Assert.Contains(new[] { "講座", "安全性" }, w => reply.Contains(w, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Asked_on_which_day_someone_comes_a_passage_without_a_date_does_not_answer()
    {
        // 対馬市's plan names 出張申請受付 but no date of one.
        var reply = await ImportedLongPassageTests.AskAsync("000_", "tsushima", "line", "マイナンバーカードの出張申請って、今度は何日に来てくれますか？");

        Assert.StartsWith(AnswerStrings.NotFoundOpening, reply, StringComparison.Ordinal);
    }
}
