using DxBot.Dialogs.Answers;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 on the real seed plans, questions from the blind sets nobody tuned for (holdout38–41): the kind of fact
/// asked (a fee, the next date, a number of people, which days, how far a target goes, the plan's own dates) decides
/// which passage or sentence answers, or that none does.
/// </summary>
public sealed class ImportedFactKindTests
{
    [Theory]
    [InlineData("五所川原市DX推進計画の計画期間と、直近の改訂はいつ？")]
    [InlineData("五所川原市DX推進計画の計画期間は？改訂はいつだった？")]
    public async Task The_plans_period_and_revision_come_from_the_citys_profile(string question)
    {
        // The imported 計画の期間 passage says 「2022年（令和4年）10月から」 and nothing of the revision; city.yaml has both.
        var reply = await ImportedLongPassageTests.AskAsync("004_", "goshogawara", "teams", question);

        Assert.DoesNotContain(AnswerStrings.NotFoundOpening, reply, StringComparison.Ordinal);
        Assert.Contains("令和4年10月〜令和8年3月", reply, StringComparison.Ordinal);
        Assert.Contains("令和6年4月改訂", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_stated_as_a_year_with_how_far_by_then_answers_until_when()
    {
        // 取組施策6's 成果目標 row: 「AI-OCRやRPA等の導入を令和7年度には20業務まで拡大させ」 states the deadline asked, which
        // was read as no period at all (「…の期間は、計画…には書かれていません」).
        var reply = await ImportedLongPassageTests.AskAsync("004_", "goshogawara", "teams", "RPAやAI-OCRは、いつまでに何業務に広げる計画？");

        Assert.DoesNotContain(AnswerStrings.NotFoundOpening, reply, StringComparison.Ordinal);
        Assert.Contains("令和7年度には20業務まで拡大", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cards_free_renewal_is_not_the_fee_of_a_convenience_store_certificate()
    {
        // The national guide on the card's certificates names コンビニ交付 and, two sentences on, says the renewal costs
        // nothing: that is no answer to what a 住民票 costs at a convenience store, which no plan states.
        var reply = await ImportedLongPassageTests.AskAsync("003_", "handa", "line", "半田市でコンビニで住民票とると手数料いくらですか？");

        Assert.StartsWith(AnswerStrings.NotFoundOpening, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("手数料はかかりません", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task How_far_procedures_will_go_online_is_answered_by_the_target_row()
    {
        // 取組施策1's 成果目標 row (「200手続をオンライン化し…」) is the answer; the 課題解決 row with its 27 required procedures
        // covered the question's words better and, being long, pushed everything after the opening out of the message.
        var reply = await ImportedLongPassageTests.AskAsync("004_", "goshogawara", "line", "市役所に行かなくてもできる手続きって、これからどれくらい増えるの？");

        Assert.Contains("(取組施策1) 行政手続のオンライン化", reply, StringComparison.Ordinal);
        Assert.Contains("200手続", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cabinet_decisions_date_is_not_the_next_class()
    {
        // 行方市's デジタルデバイド対策 passage names 講座 and cites 「(令和5年6月9日閣議決定)」: no date of a class.
        var reply = await ImportedLongPassageTests.AskAsync("001_", "namegata", "line", "行方市のスマホ講座って次はいつ、どこの公民館でやりますか？");

        Assert.StartsWith(AnswerStrings.NotFoundOpening, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tsushima", "対馬市のICT講座、次回いつどこの会場でやりますか？")]
    [InlineData("namegata", "書かないワンストップ窓口っていつから始まる予定ですか？")]
    public async Task A_date_of_something_else_in_the_passage_is_no_next_date_nor_start(string city, string question)
    {
        // 対馬市's 1. 計画の目的 opens 「令和2年12月25日に…が閣議決定され」, and 行方市's フロントヤード passage cites a source
        // dated 「（2023年（令和5年）4月11日）」 and a cabinet decision of 令和5年6月16日: dates of documents, not of a class or
        // of the counter's start.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync(city, question);

        Assert.StartsWith(AnswerStrings.NotFoundOpening, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("マイナンバーカードを申請すると地域振興券は何円分もらえますか？")]
    [InlineData("マイナカードを申請したらもらえる地域振興券って、何円分ですか？")]
    public async Task An_amount_of_one_thing_is_not_answered_by_anothers_in_the_same_passage(string question)
    {
        // 取組施策3 names the 地域振興券 with no amount; its 「無料写真撮影」 three sentences before is the photo's, not the voucher's.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("goshogawara", question);

        Assert.StartsWith(AnswerStrings.NotFoundOpening, reply, StringComparison.Ordinal);
        Assert.Contains("の金額は、計画やこのボットの情報には書かれていません", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sources_date_is_not_the_day_something_starts()
    {
        // 行方市's フロントヤード改革 passage cites 「（出典）第33次地方制度調査会 第13回専門小委員会（2023年（令和5年）4月11日）」:
        // the meeting's date, not the day the 書かないワンストップ窓口 opens.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", "行方市の書かないワンストップ窓口は何月何日から始まりますか？");

        Assert.StartsWith(AnswerStrings.NotFoundOpening, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("4月11日", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_surveys_shares_do_not_say_how_many_staff()
    {
        // 御前崎市's staff survey states shares (「(33.6%)」), never a number of people.
        var reply = await ImportedLongPassageTests.AskAsync("002_", "omaezaki", "teams", "デジタル推進室って職員何人体制？");

        Assert.StartsWith(AnswerStrings.NotFoundOpening, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asked_about_the_weekend_the_sentence_on_weekend_opening_answers()
    {
        // 取組施策3 says 「土・日曜日の開庁」; its roadmap row shares only カード with the question and led the answer.
        var reply = await ImportedLongPassageTests.AskAsync("004_", "goshogawara", "line", "平日は仕事なので、土日にカードを受け取りに行けますか？");

        Assert.Contains("土・日曜日の開庁", reply, StringComparison.Ordinal);
    }
}
