using DxBot.Cli;
using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Topics.KnowledgeAnswer;
using DxBot.Protocol.Schema;
using DxBot.Tests.Support;

namespace DxBot.Tests;

/// <summary>
/// Follow-ups read against what was just answered, through the whole bot on the bundled knowledge and the real
/// index: the ways residents' follow-ups used to be misread.
/// </summary>
public sealed class FollowUpAnswerTests(BundledBotFixture services) : IClassFixture<BundledBotFixture>
{
    private readonly BundledBotFixture _services = services;

    [Fact]
    public async Task How_one_part_of_the_previous_question_is_done_is_that_parts_entry()
    {
        var bot = _services.Conversation("namegata", "msteams");
        await BundledBotFixture.TextAsync(bot, "行方市DX基本方針の総合調整と進行管理はどの組織が担う？");

        var answer = await BundledBotFixture.TextAsync(bot, "進行管理はどういうやり方で？");

        Assert.StartsWith("【進行管理（PDCAサイクル）】", answer);
    }

    [Fact]
    public async Task What_a_service_needs_asked_after_it_is_the_guide_saying_so()
    {
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "対馬市で、引っ越しの手続きを一度にまとめてできるようになるって聞いたんですが本当ですか");

        var answer = await BundledBotFixture.TextAsync(bot, "そのためには何が必要？");

        Assert.StartsWith("【引越しワンストップサービス（マイナポータルで転出届と来庁予定の連絡）】", answer);
        Assert.Contains("必要なものはマイナンバーカードとその暗証番号", answer);
    }

    [Fact]
    public async Task What_is_done_now_asked_after_the_targets_is_the_present_state()
    {
        var bot = _services.Conversation("goshogawara", "msteams");
        await BundledBotFixture.TextAsync(bot, "AI・RPAの利用促進の成果目標は？");

        var answer = await BundledBotFixture.TextAsync(bot, "AIは今なにに使ってる？");

        Assert.Contains("会議録", answer.Split('\n')[1]);
    }

    [Fact]
    public async Task People_with_poor_sight_asked_after_the_websites_languages_get_its_reading_aloud()
    {
        var bot = _services.Conversation("handa");
        await BundledBotFixture.TextAsync(bot, "半田市のホームページって外国語に対応していますか");

        var answer = await BundledBotFixture.TextAsync(bot, "目が見えにくい人向けは？");

        Assert.StartsWith("【市ホームページの外国語・音声読み上げ対応】", answer);
        Assert.Contains("音声読み上げ", answer);
    }

    [Fact]
    public async Task The_current_version_asked_after_the_first_one_is_the_policys_current_version()
    {
        var bot = _services.Conversation("namegata");
        await BundledBotFixture.TextAsync(bot, "行方市DX基本方針のVer.1.0はいつ策定された？");

        var answer = await BundledBotFixture.TextAsync(bot, "今の版は？");

        Assert.Contains("Ver.2.0", answer);
        Assert.Contains("令和6年3月", answer);
    }

    [Fact]
    public async Task A_clock_time_asked_of_the_convenience_store_leads_the_answer()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "半田市のコンビニ交付って、何時から何時まで使えますか？");

        Assert.Contains("6時30分から23時まで", answer.Split('\n')[1]);
    }

    [Fact]
    public async Task A_fee_asked_after_a_convenience_store_answer_is_about_that_service_not_the_cards_fee()
    {
        var bot = _services.Conversation("handa");
        await BundledBotFixture.TextAsync(bot, "住民票をコンビニで取れますか");

        var answer = await BundledBotFixture.TextAsync(bot, "手数料はいくら？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("コンビニ交付", answer);
        Assert.Contains("費用", answer);
        Assert.Contains("半田市 デジタル課", answer);
        Assert.DoesNotContain("マイナンバーカードの手数料", answer);
    }

    [Fact]
    public async Task The_percentage_aimed_at_after_the_rate_today_is_the_rates_target()
    {
        // 「何％を目指してる」 asks the target of the rate just given; read alone, its words found the plan's purpose, which
        // states no figure.
        var bot = _services.Conversation("handa");
        await BundledBotFixture.TextAsync(bot, "半田市ってマイナンバーカード持ってる人多いの？");

        var answer = await BundledBotFixture.TextAsync(bot, "じゃあ最終的には何％を目指してるの？");

        Assert.StartsWith("【マイナンバーカード交付率の目標（90%）】", answer);
    }

    [Fact]
    public async Task When_the_baseline_was_taken_is_answered_from_the_target_just_given()
    {
        // 「現状値」「数字」 are the figure by what it is: the target's sentence giving 22.5% at its date answers it, not the
        // list of all twelve indicators.
        var bot = _services.Conversation("handa", "msteams");
        await BundledBotFixture.TextAsync(bot, "オンライン化率の目標を教えて");

        var answer = await BundledBotFixture.TextAsync(bot, "その現状値はいつ時点の数字？");

        Assert.StartsWith("【行政手続のオンライン化率の目標（100%）】", answer);
        Assert.Contains("令和3年5月末時点の22.5%", answer);
    }

    [Fact]
    public async Task What_is_needed_for_an_online_procedure_is_the_card_it_is_done_with()
    {
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "児童手当の手続きってスマホでできるようになる？");

        var answer = await BundledBotFixture.TextAsync(bot, "何が必要？");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("マイナンバーカードによるオンライン申請", answer);
    }

    [Fact]
    public async Task What_a_body_was_before_is_answered_from_the_body_just_given()
    {
        var bot = _services.Conversation("omaezaki", "msteams");
        await BundledBotFixture.TextAsync(bot, "デジタル化推進委員会の委員長は誰？");

        var answer = await BundledBotFixture.TextAsync(bot, "前身は？");

        Assert.Contains("御前崎市情報化推進委員会", answer);
        Assert.Contains("平成16年", answer);
    }

    [Fact]
    public async Task Securing_and_training_asked_each_get_both_entries()
    {
        var bot = _services.Conversation("namegata", "msteams");

        var answer = await BundledBotFixture.TextAsync(bot, "デジタル人材の確保と育成で、それぞれ中心的な役割は？");

        Assert.Contains("CIO補佐官", answer);
        Assert.Contains("DX推進リーダー", answer);
    }

    [Fact]
    public async Task Which_store_after_the_convenience_store_answer_is_where_that_service_is_given()
    {
        // 「どの店でも」 was searched on its own, and コンビニ found the convenience-store target instead of the service.
        var bot = _services.Conversation("handa");
        await BundledBotFixture.TextAsync(bot, "コンビニで証明書って取れますか");

        var answer = await BundledBotFixture.TextAsync(bot, "どの店でも大丈夫？");

        Assert.StartsWith("【住民票などのコンビニ交付】", answer);
        Assert.Contains("全国のコンビニエンスストア", answer);
    }

    [Fact]
    public async Task An_item_asked_by_its_place_after_a_numbered_list_is_that_items_entry()
    {
        // 「2番目」 names nothing the search could find: the list just given says which item it is.
        var bot = _services.Conversation("tsushima", "msteams");
        await BundledBotFixture.TextAsync(bot, "対馬市の行動指針を教えて");

        var answer = await BundledBotFixture.TextAsync(bot, "2番目はどんな取組？");

        Assert.StartsWith("【行動指針② 市民が豊かな暮らしを実感できるDXの推進】", answer);
        Assert.Contains("オープンデータ", answer);
    }

    [Fact]
    public async Task The_other_side_asked_for_is_not_the_entry_just_given_again()
    {
        // 「育成のほうは？」 after the policy on 確保・育成 found that policy again by 育成.
        var bot = _services.Conversation("namegata", "msteams");
        await BundledBotFixture.TextAsync(bot, "デジタル人材の確保について方針ではどうなっていますか");

        var answer = await BundledBotFixture.TextAsync(bot, "育成のほうは？");

        Assert.StartsWith("【デジタル人材の育成", answer);
        Assert.Contains("DX推進リーダー", answer);
    }

    [Fact]
    public async Task A_follow_up_naming_another_entrys_title_is_answered_by_it_not_the_last_answer_again()
    {
        // The body's entry mentions 進行管理; the follow-up asks how it is done, which the PDCA entry titled so tells.
        var bot = _services.Conversation("namegata", "msteams");
        await BundledBotFixture.TextAsync(bot, "行方市のDXはどの組織が総合調整してるの？");

        var answer = await BundledBotFixture.TextAsync(bot, "進行管理はどういうやり方？");

        Assert.StartsWith("【進行管理（PDCAサイクル）】", answer);
        Assert.Contains("PDCA", answer);
    }

    [Fact]
    public async Task Which_year_of_a_step_the_answer_just_named_is_that_steps_year_not_another_measures()
    {
        // 「導入検討」 is the answer's 「導入を検討」; the AI・RPA measure is titled 導入検討 but is not what was asked.
        var bot = _services.Conversation("omaezaki", "msteams");
        await BundledBotFixture.TextAsync(bot, "キャッシュレス決済はロードマップ上どう進めることになってる？");

        var answer = await BundledBotFixture.TextAsync(bot, "導入検討は何年度？");

        Assert.StartsWith("【キャッシュレス決済の導入・拡大】", answer);
        Assert.Contains("2021年度（令和3年度）に導入を検討", answer);
    }

    [Fact]
    public async Task How_often_after_who_checks_the_progress_is_answered_from_that_entry()
    {
        var bot = _services.Conversation("omaezaki", "msteams");
        await BundledBotFixture.TextAsync(bot, "アクションプランって誰が進捗を管理するの？");

        var answer = await BundledBotFixture.TextAsync(bot, "頻度は？");

        Assert.Contains("毎年度", answer);
    }

    [Fact]
    public async Task Until_when_after_the_support_programs_is_about_the_program_listed_first()
    {
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "スマホが苦手なんだけど、市で何か手伝ってくれることある？");

        var answer = await BundledBotFixture.TextAsync(bot, "それって計画だといつからいつまでやることになってるの？");

        Assert.StartsWith("【デジタル活用支援（スマートフォン等の操作・オンライン手続）】", answer);
        Assert.Contains("令和4年度から令和7年度まで", answer);
    }

    [Fact]
    public async Task Until_when_the_plan_runs_after_its_aims_is_the_plans_period_told_as_ended()
    {
        var bot = _services.Conversation("namegata");
        await BundledBotFixture.TextAsync(bot, "行方市ってDXで何をめざしてるんですか？");

        var answer = await BundledBotFixture.TextAsync(bot, "その方針はいつまでのものですか？");

        Assert.StartsWith("【行方市DX基本方針 Ver.2.0の期間】\n行方市DX基本方針 Ver.2.0の期間は、令和3年11月〜令和8年3月です。", answer);
        Assert.Contains("2026年3月に終わっています", answer);
    }

    [Fact]
    public async Task How_to_apply_after_a_smartphone_class_is_not_the_cards_application()
    {
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "スマホ教室はありますか");

        var answer = await BundledBotFixture.TextAsync(bot, "申し込み方法は？");

        Assert.DoesNotContain("マイナンバーカードの申請方法", answer);
        Assert.Contains("申し込み方法", answer);
        Assert.Contains("対馬市 デジタル推進課", answer);
    }

    [Theory]
    [InlineData("namegata", "スマホの使い方を相談できる場所はありますか", "誰が教えてくれるんですか？", "地域おこし協力隊")]
    [InlineData("goshogawara", "スマホの体験会ってありますか", "どこと一緒にやっているの？", "携帯キャリア")]
    public async Task Who_runs_it_after_a_support_answer_names_the_partners_the_plan_gives(string city, string first, string followUp, string partner)
    {
        // The partners are written in the section on courses beside the one answered first, not in it; 「誰が」 must not
        // find 「誰もが」 in the plan's summary.
        var bot = _services.Conversation(city);
        await BundledBotFixture.TextAsync(bot, first);

        var answer = await BundledBotFixture.TextAsync(bot, followUp);

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains(partner, answer.Split('\n')[0] + answer.Split('\n')[1]);
    }

    [Fact]
    public async Task Which_came_first_after_a_survey_is_answered_from_that_survey()
    {
        // 「一番多かった」 is how the question asks, not what it is about: the entry says 上位, and the message alone fell short.
        var bot = _services.Conversation("omaezaki", "msteams");
        await BundledBotFixture.TextAsync(bot, "職員研修のアンケートでどんな課題が出ましたか");

        var answer = await BundledBotFixture.TextAsync(bot, "職員が感じている課題で一番多かったものは？");

        Assert.StartsWith("【職員研修アンケートで分かった課題】", answer);
        Assert.Contains("33.6%", answer);
    }

    [Fact]
    public async Task Whether_they_come_to_a_workplace_after_the_card_help_is_the_visiting_service()
    {
        // The plan says 企業 where residents say 会社.
        var bot = _services.Conversation("goshogawara");
        await BundledBotFixture.TextAsync(bot, "マイナンバーカードの申請を手伝ってくれるところはありますか");

        var answer = await BundledBotFixture.TextAsync(bot, "職場まで来てもらうこともできるの？");

        Assert.Contains("出張申請受付", answer.Split('\n')[0]);
    }

    [Fact]
    public async Task A_follow_up_never_repeats_the_previous_answer()
    {
        var bot = _services.Conversation("handa");
        var first = await BundledBotFixture.TextAsync(bot, "住民票をコンビニで取れますか");

        var second = await BundledBotFixture.TextAsync(bot, "それって土日もやってる？");

        // The national guide states the days (every day but the New Year), which the first answer left out.
        Assert.NotEqual(first, second);
        Assert.Contains("毎日", second.Split('\n')[1]);
    }

    [Fact]
    public async Task An_aspect_the_entry_states_is_answered_with_that_sentence_first()
    {
        var bot = _services.Conversation("omaezaki");
        await BundledBotFixture.TextAsync(bot, "市役所の支払いってキャッシュレスになるの？");

        var answer = await BundledBotFixture.TextAsync(bot, "それっていつ頃から？");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        var body = answer.Split('\n')[1];
        Assert.Matches(@"令和\d+年度|20\d\d年度", body);
    }

    [Theory]
    [InlineData("tsushima", "対馬市で子育ての手続きをオンラインでできるようにするって本当？", "それはいつまでに？", "令和4年度")]
    [InlineData("omaezaki", "御前崎市のAI・RPAの取組は？", "目標年度は？", "2025年度")]
    public async Task By_when_after_a_target_is_the_targets_year(string city, string first, string followUp, string year)
    {
        // 「令和4年度に行う」 states when: it was read as no deadline and the bot said the plan gives none.
        var bot = _services.Conversation(city);
        await BundledBotFixture.TextAsync(bot, first);

        var answer = await BundledBotFixture.TextAsync(bot, followUp);

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains(year, answer);
    }

    [Fact]
    public async Task What_a_measure_is_for_is_answered_from_the_measure_just_shown()
    {
        // Read as a new question, 「何のためにやるの？」 moved to the telework schedule, which says nothing of why.
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "対馬市のテレワークの取組について教えて");

        var answer = await BundledBotFixture.TextAsync(bot, "それって何のためにやるの？");

        Assert.StartsWith("【テレワークの推進", answer);
        Assert.Contains("ワークライフバランス", answer.Split('\n')[1]);
    }

    [Fact]
    public async Task A_year_of_the_schedule_just_shown_is_answered_from_it()
    {
        // The year's words reached the plan's overall schedule, which says nothing of telework.
        var bot = _services.Conversation("tsushima", "msteams");
        await BundledBotFixture.TextAsync(bot, "対馬市のテレワークはスケジュール上どう進める？");

        var answer = await BundledBotFixture.TextAsync(bot, "令和5年度からは何をするの？");

        Assert.StartsWith("【テレワークのスケジュール】", answer);
        Assert.Contains("体制整備", answer);
    }

    [Fact]
    public async Task An_aspect_asked_after_an_answer_is_looked_for_in_that_answer_first()
    {
        // The previous question's words match the LINE account entry best, but the answer shown was the SNS target's.
        var bot = _services.Conversation("goshogawara");
        await BundledBotFixture.TextAsync(bot, "五所川原市のLINE公式アカウントの登録者の目標は？");

        var answer = await BundledBotFixture.TextAsync(bot, "それはいつまでに？");

        Assert.Contains("令和7年度", answer);
    }

    [Fact]
    public async Task How_many_after_the_online_procedures_overview_is_the_number_it_gave()
    {
        // The overview is shown by the procedures dialog, whose prompt hands the follow-up back to be searched: the
        // previous question's words matched 「31手続以外…」 best, which gives no count of the city's own.
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "オンラインで申請できる手続きを増やすって聞いたけど");

        var answer = await BundledBotFixture.TextAsync(bot, "いくつくらい？");

        Assert.Contains("25手続", answer);
    }

    [Fact]
    public async Task Particulars_asked_after_an_answer_come_from_the_entry_giving_them_not_the_same_answer_again()
    {
        // 「具体的には」 was read as a new question (the card's counters), and read back it repeated the funding answer.
        var bot = _services.Conversation("namegata", "msteams");
        var first = await BundledBotFixture.TextAsync(bot, "フロントヤード改革の財源には何を活用する？");

        var answer = await BundledBotFixture.TextAsync(bot, "具体的にはどんな窓口を目指すの？");

        Assert.NotEqual(first.Split('\n')[0], answer.Split('\n')[0]);
        Assert.Contains("書かないワンストップ窓口", answer);
    }

    [Fact]
    public async Task How_many_after_a_list_of_procedures_is_the_number_the_plan_gives()
    {
        // 「全部でいくつ？」 was searched alone: 全部 matched the support programme's text, which has no count at all.
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "対馬市でマイナンバーカードを使ってオンラインでできる手続きはありますか");

        var answer = await BundledBotFixture.TextAsync(bot, "全部でいくつ？");

        Assert.Contains("25手続", answer);
        Assert.DoesNotContain("デジタル活用支援", answer);
    }

    [Fact]
    public async Task How_many_of_something_the_plan_gives_no_number_for_is_said_to_be_missing()
    {
        var bot = _services.Conversation("namegata");
        await BundledBotFixture.TextAsync(bot, "行方市のスマホ教室について教えて");

        var answer = await BundledBotFixture.TextAsync(bot, "何か所でやってるの？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("件数", answer);
    }

    [Fact]
    public async Task A_short_question_naming_no_subject_is_read_with_the_one_before()
    {
        var bot = _services.Conversation("goshogawara", "msteams");
        await BundledBotFixture.TextAsync(bot, "オンライン化する手続の目標件数は？");

        var answer = await BundledBotFixture.TextAsync(bot, "令和5年度は？");

        // Alone, 「令和5年度は？」 matched the AI targets; with the subject it is the online procedures' schedule.
        Assert.Contains("140手続", answer.Split('\n')[1]);
        Assert.DoesNotContain("AI", answer.Split('\n')[0]);
    }

    [Fact]
    public async Task A_short_question_whose_own_answer_is_about_the_subject_keeps_that_answer()
    {
        var bot = _services.Conversation("namegata", "msteams");
        await BundledBotFixture.TextAsync(bot, "システムの標準化はいつまでに終わらせる？");

        var answer = await BundledBotFixture.TextAsync(bot, "関連システムはいくつ？");

        Assert.Contains("7業務", answer);
    }

    [Fact]
    public async Task A_short_new_question_the_knowledge_cannot_answer_is_not_answered_with_the_previous_subject()
    {
        var bot = _services.Conversation("goshogawara");
        await BundledBotFixture.TextAsync(bot, "市税はキャッシュレスで払えるようになりますか");

        var answer = await BundledBotFixture.TextAsync(bot, "燃えるごみの日は？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
    }

    [Fact]
    public async Task Two_things_asked_at_once_are_both_answered_each_with_its_source()
    {
        var bot = _services.Conversation("goshogawara", "msteams");

        var answer = await BundledBotFixture.TextAsync(bot, "この計画の期間と改訂時期を教えてください");

        // The entry about the plan's revision alone never said when the period ends; the period's entry now states both,
        // and its citation names both places (the period's section and the cover's revision date).
        Assert.Contains("令和8年3月", answer);
        Assert.Contains("令和6年4月", answer);
        Assert.Contains("第2章 2, 表紙", answer);
    }

    [Fact]
    public async Task Narrowing_a_list_of_procedures_gives_that_group()
    {
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "マイナンバーカードでオンライン申請できるようになる手続きを教えて");

        var answer = await BundledBotFixture.TextAsync(bot, "そのうち介護のは？");

        Assert.Contains("要介護", answer);
        Assert.DoesNotContain("マイナンバーカードの申請方法", answer);
    }

    [Fact]
    public async Task A_message_in_hiragana_is_read_with_the_knowledges_words()
    {
        var bot = _services.Conversation("handa");

        var answer = await BundledBotFixture.TextAsync(bot, "こせきとうほん って こんびに で とれますか");

        Assert.Contains("戸籍謄本", answer);
        Assert.Contains("コンビニ", answer);
    }

    [Fact]
    public async Task A_long_answer_fits_one_bubble_and_the_rest_comes_with_more()
    {
        var bot = _services.Conversation("handa");

        var first = Assert.Single(await bot.SendAsync("半田市の評価指標の一覧を教えて", CancellationToken.None), a => a.Type == ActivityTypes.Message);
        Assert.True(first.Text!.Length <= 450, $"{first.Text.Length} characters");
        Assert.Contains(AnswerStrings.More, first.SuggestedActions!.Actions.Select(a => a.Title));

        var more = await BundledBotFixture.TextAsync(bot, AnswerStrings.More);

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, more);
        var firstBody = first.Text.Split('\n')[1];
        Assert.DoesNotContain(firstBody, more);
        Assert.Contains("出典: 半田市DX推進計画 第四章", more);
    }

    [Theory]
    [InlineData("goshogawara", "マイナンバーカードの申請を手伝ってもらえますか")]
    [InlineData("tsushima", "マイナンバーカードの有効期限が近いんだけど、更新はどこでするの？")]
    [InlineData("handa", "マイナンバーカードをなくしました")]
    [InlineData("tsushima", "スマホ教室はありますか")]
    [InlineData("handa", "スマホの使い方を教えてくれる講座はありますか")]
    public async Task Every_guide_message_fits_a_phone_bubble(string city, string question)
    {
        var bot = _services.Conversation(city);

        var replies = (await bot.SendAsync(question, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).ToList();

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.True(r.Text!.Length <= 450, $"{r.Text.Length} characters: {r.Text}"));
    }

    [Fact]
    public async Task How_many_people_use_it_after_the_convenience_store_answer_is_that_services_rate()
    {
        var bot = _services.Conversation("handa");
        await BundledBotFixture.TextAsync(bot, "コンビニで住民票とか取れるの？");

        var answer = await BundledBotFixture.TextAsync(bot, "どのくらいの人が使ってるの？");

        Assert.StartsWith("【コンビニ交付率の目標（43.6%）】", answer);
        Assert.Contains("18.2%", answer);
        Assert.DoesNotContain("インターネット利用率", answer);
    }

    [Fact]
    public async Task How_far_the_count_is_raised_after_the_online_procedures_count_is_the_plans_target()
    {
        var bot = _services.Conversation("goshogawara");
        await BundledBotFixture.TextAsync(bot, "オンライン申請できる手続はいくつありますか");

        var answer = await BundledBotFixture.TextAsync(bot, "最終的にはいくつまで増やすの？");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("令和7年度までに200手続", answer);
    }

    [Fact]
    public async Task Asking_someone_to_come_after_the_smartphone_help_is_the_outreach_not_a_procedure()
    {
        var bot = _services.Conversation("namegata");
        await BundledBotFixture.TextAsync(bot, "80歳の母がスマホの使い方がわからなくて困っています。行方市で相談できるところはありますか");

        var answer = await BundledBotFixture.TextAsync(bot, "母は足が悪くて出かけられないんですが、来てもらうことってできますか？");

        Assert.Contains("アウトリーチ", answer);
        Assert.DoesNotContain("児童扶養手当", answer);
    }

    [Fact]
    public async Task Other_help_after_the_card_application_is_the_citys_application_support()
    {
        var bot = _services.Conversation("goshogawara");
        await BundledBotFixture.TextAsync(bot, "マイナンバーカードの申請って土日もできる？");

        var answer = await BundledBotFixture.TextAsync(bot, "ほかにどんな手助けしてもらえる？");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("無料撮影", answer);
    }

    [Fact]
    public async Task The_target_asked_back_after_the_online_procedures_is_the_target_just_shown()
    {
        var bot = _services.Conversation("handa");
        await BundledBotFixture.TextAsync(bot, "半田市でネットでできる手続きって今どのくらいあるの？");

        var answer = await BundledBotFixture.TextAsync(bot, "最終的な目標は？");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("令和7年度に100%", answer);
    }

    [Fact]
    public async Task The_target_asked_back_after_an_answer_stating_none_is_read_in_context_not_told_missing()
    {
        var bot = _services.Conversation("omaezaki");
        await BundledBotFixture.TextAsync(bot, "マイナンバーカードのこと、御前崎市はどんな取り組みをしてるの？");

        var answer = await BundledBotFixture.TextAsync(bot, "目標は？");

        Assert.Contains("すべての市民", answer);
    }

    [Fact]
    public async Task How_many_in_all_after_one_procedure_group_names_no_new_subject()
    {
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "親の介護保険の手続き、オンラインでできるようになるって聞いたんですけど");

        var answer = await BundledBotFixture.TextAsync(bot, "全部で何件くらいの手続きがそうなるんですか？");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.DoesNotContain("デジタル活用支援", answer);
        Assert.Contains("11", answer);
    }

    [Fact]
    public async Task Where_the_smartphone_help_is_held_is_what_the_plan_says_of_it()
    {
        var bot = _services.Conversation("namegata");
        await BundledBotFixture.TextAsync(bot, "行方市でスマホの使い方を教えてもらえるような支援ってありますか？");

        var answer = await BundledBotFixture.TextAsync(bot, "それってどこでやってるの？");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("身近な場所", answer);
    }

    [Fact]
    public async Task The_target_asked_back_after_an_entry_naming_none_is_the_target_of_an_entry_about_that_subject()
    {
        var bot = _services.Conversation("goshogawara", "msteams");
        await BundledBotFixture.TextAsync(bot, "五所川原市のオープンデータはどこで公開してる？");

        var answer = await BundledBotFixture.TextAsync(bot, "目標は？");

        Assert.Contains("推奨データセット", answer);
        Assert.DoesNotContain("200手続", answer);
    }

    [Fact]
    public async Task How_many_procedures_in_all_after_an_application_is_a_count_follow_up()
    {
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "おばあちゃんの介護の申請、ネットでできるようになるって聞いたんですが");

        var answer = await BundledBotFixture.TextAsync(bot, "全部で何個くらいの手続きが対象なの？");

        Assert.Contains("25手続", answer);
        Assert.DoesNotContain("デジタル活用支援", answer);
    }

    [Fact]
    public async Task From_when_after_the_care_applications_is_the_schedules_year_told_as_a_target()
    {
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "介護の申請ってスマホからできるようになるん？");

        var answer = await BundledBotFixture.TextAsync(bot, "それっていつから？");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.StartsWith("全体スケジュールでは", answer.Split('\n')[1]);
        Assert.Contains("令和4年度に行う計画です", answer);
        Assert.Contains("達成状況ではありません", answer);
    }

    [Fact]
    public async Task What_has_been_done_so_far_after_a_target_is_the_present_state_though_the_target_was_asked()
    {
        // 「…のKPIは？」 with 「今までの導入実績は？」 ranked the target entries first: the subject alone finds the present state.
        var bot = _services.Conversation("goshogawara", "msteams");
        await BundledBotFixture.TextAsync(bot, "AI・RPAの利用促進のKPIは？");

        var answer = await BundledBotFixture.TextAsync(bot, "今までの導入実績は？");

        Assert.StartsWith("【AI・RPAの現状", answer);
        Assert.Contains("会議録", answer);
    }

    [Fact]
    public async Task The_target_from_now_on_after_the_present_state_is_that_subjects_target()
    {
        // 「これから」 had been read as a new subject, and the city's general summary answered.
        var bot = _services.Conversation("goshogawara", "msteams");
        await BundledBotFixture.TextAsync(bot, "AIの導入はいまどうなっていますか？");

        var answer = await BundledBotFixture.TextAsync(bot, "これからの目標は？");

        Assert.Contains("20業務", answer);
    }

    [Fact]
    public async Task An_aspect_asked_with_another_aspect_word_is_of_the_same_subject()
    {
        // 成果 of 「成果目標」 had been read as a new subject: the standardisation's targets answered.
        var bot = _services.Conversation("goshogawara", "msteams");
        await BundledBotFixture.TextAsync(bot, "オープンデータはどこで見られますか？");

        var answer = await BundledBotFixture.TextAsync(bot, "では成果目標は？");

        Assert.StartsWith("【オープンデータの取組と目標", answer);
    }

    [Fact]
    public async Task Whom_it_works_with_is_the_answer_just_given_when_it_says_so_with_an_adverb_between()
    {
        // 「DX推進担当部門と密接に連携」 had not been read as naming a partner: the leaders' training entry answered.
        var bot = _services.Conversation("namegata", "msteams");
        await BundledBotFixture.TextAsync(bot, "デジタル人材の確保・育成の方針はどこが中心になって作りますか？");

        var answer = await BundledBotFixture.TextAsync(bot, "どの部門と連携しますか？");

        Assert.StartsWith("【デジタル人材の確保・育成に係る方針の策定】", answer);
        Assert.Contains("DX推進担当部門", answer);
    }

    [Fact]
    public async Task How_a_measure_is_funded_is_the_entry_naming_its_grant()
    {
        var bot = _services.Conversation("namegata", "msteams");
        await BundledBotFixture.TextAsync(bot, "フロントヤード改革ってなに？");

        var answer = await BundledBotFixture.TextAsync(bot, "その財源は？");

        Assert.Contains("交付金", answer);
    }

    [Fact]
    public async Task What_came_before_what_was_just_told_is_in_that_answer()
    {
        // The entry on the telework plans ahead had answered, as another entry covering 「どんな形で」 as well.
        var bot = _services.Conversation("goshogawara", "msteams");
        await BundledBotFixture.TextAsync(bot, "在宅勤務のテレワークシステムはいつ導入されたの？");

        var answer = await BundledBotFixture.TextAsync(bot, "それより前はどんな形でテレワークをしていた？");

        Assert.StartsWith("【テレワークの現状", answer);
        Assert.Contains("サテライトオフィス", answer);
    }

    [Fact]
    public async Task An_item_asked_by_its_place_in_a_list_numbered_with_digits_is_that_items_entry()
    {
        // 「1「…」、2「…」」 had no circled numbers to count by: the overview of every policy's measures answered.
        var bot = _services.Conversation("omaezaki", "msteams");
        await BundledBotFixture.TextAsync(bot, "御前崎市の基本方針はいくつ？");

        var answer = await BundledBotFixture.TextAsync(bot, "3番目はどんな内容？");

        Assert.Contains("セキュリティ", answer.Split('\n')[0]);
    }

    [Fact]
    public async Task The_fee_asked_after_the_cards_guide_is_the_guides_fee_entry()
    {
        // The guide's answer keeps no entry id, and the ways to apply state no fee: the bot had said the fee was not stated.
        var bot = _services.Conversation("goshogawara", "line");
        await BundledBotFixture.TextAsync(bot, "マイナカードを作りたいんだけど、証明写真がまだないんだよね");

        var answer = await BundledBotFixture.TextAsync(bot, "費用は？");

        Assert.StartsWith("【マイナンバーカードの手数料", answer);
        Assert.Contains("無料", answer);
    }

    [Fact]
    public async Task Whether_the_card_is_needed_after_a_procedure_online_is_asked_of_that_procedure()
    {
        // The card named alone had opened the card's menu.
        var bot = _services.Conversation("tsushima", "line");
        await BundledBotFixture.TextAsync(bot, "地震で家が壊れたとき、罹災証明書はネットで申請できるようになりますか？");

        var answer = await BundledBotFixture.TextAsync(bot, "マイナンバーカードは必要？");

        Assert.DoesNotContain("何についてお知りになりたいですか", answer);
        Assert.Contains("罹災証明書", answer);
        Assert.Contains("マイナンバーカードによる", answer);
    }

    [Fact]
    public async Task What_comes_next_asked_after_a_measure_is_about_that_measure()
    {
        // 「今後はどうなるの？」 names no subject: alone it found the city's plans for residents in general.
        var bot = _services.Conversation("goshogawara");
        await BundledBotFixture.TextAsync(bot, "五所川原市役所に申請書を書かなくていい窓口があるって本当？");

        var answer = await BundledBotFixture.TextAsync(bot, "今後はどうなるの？");

        Assert.StartsWith("【書かない窓口とは何ですか】", answer);
        Assert.Contains("広げる", answer);
    }

    [Fact]
    public async Task The_third_basic_policy_asked_after_the_list_is_its_measures()
    {
        var bot = _services.Conversation("omaezaki", "msteams");
        await BundledBotFixture.TextAsync(bot, "御前崎市DX推進計画の基本方針を教えて");

        var answer = await BundledBotFixture.TextAsync(bot, "3番目の方針では具体的に何をするの？");

        Assert.Contains("個人情報", answer.Split('\n')[1]);
        Assert.Contains("セキュリティ対策の徹底", answer);
    }

    [Fact]
    public async Task What_there_is_besides_one_item_of_a_list_just_shown_is_that_lists_entry()
    {
        // Read alone, 以外 found the entry on the procedures outside the national 31.
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "マイナンバーカードを使ったオンライン申請、対馬ではいくつの手続きが対象？");

        var answer = await BundledBotFixture.TextAsync(bot, "子育て以外には何がある？");

        Assert.Contains("介護", answer);
        Assert.Contains("被災者支援", answer);
        Assert.DoesNotContain("【31手続以外", answer);
    }

    [Fact]
    public async Task The_baseline_asked_after_a_target_is_that_targets_figure_today()
    {
        // 「基準になっている現状値は？」 names no subject (基準 and 現状値 are aspects): alone it found nothing.
        var bot = _services.Conversation("goshogawara", "msteams");
        await BundledBotFixture.TextAsync(bot, "市のSNS登録人数の目標は？");

        var answer = await BundledBotFixture.TextAsync(bot, "基準になっている現状値は？");

        Assert.Contains("1.4万人", answer);
    }
}
