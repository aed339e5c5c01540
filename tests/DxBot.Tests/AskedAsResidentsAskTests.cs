using DxBot.Dialogs.Topics.KnowledgeAnswer;
using DxBot.Tests.Support;

namespace DxBot.Tests;

/// <summary>
/// Questions as residents put them (in dialect, in kana, in English, with the reason before or after), read through the
/// whole bot on the bundled knowledge and the real index: each reaches the entry on what it asks, and a fact no entry
/// gives is said to be missing.
/// </summary>
public sealed class AskedAsResidentsAskTests(BundledBotFixture services) : IClassFixture<BundledBotFixture>
{
    private readonly BundledBotFixture _services = services;

    [Fact]
    public async Task Which_applications_are_covered_now_is_the_present_state_not_the_roadmap()
    {
        // 対象 had been read as who may apply, and the roadmap entry answered.
        var reply = await _services.ReplyAsync("omaezaki", "line", "市役所の手続き、ネットの電子申請ってもう使えますか？", "今はどんな申請が対象なの？");

        Assert.StartsWith("【いま御前崎市でネットから申し込めるもの（計画策定時点の状況）】", reply);
        Assert.Contains("講座の申込み", reply);
    }

    [Fact]
    public async Task What_can_be_done_online_now_asked_in_dialect_is_the_present_state()
    {
        // Every roadmap entry names 電子申請 in its title and ranks above the one on today's state.
        var reply = await _services.ReplyAsync("omaezaki", "line", "いま市のネット申請ってなにができるだ？ほとんどできんずら？");

        Assert.StartsWith("【いま御前崎市でネットから申し込めるもの（計画策定時点の状況）】", reply);
    }

    [Fact]
    public async Task Whether_people_without_a_smartphone_can_still_do_procedures_is_the_plans_care_for_them()
    {
        var reply = await _services.ReplyAsync("handa", "line", "スマホ持ってない人は手続きできなくなるの？😢");

        Assert.StartsWith("【オンラインが使えない方への配慮】", reply);
        Assert.Contains("取り残されない", reply);
    }

    [Fact]
    public async Task Whether_the_counter_stays_is_answered_though_the_resident_says_the_internet_is_hard()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "行方市は窓口をなくして全部スマホでやらせるつもりですか？ネットが苦手なので心配です");

        Assert.Contains("対面", reply);
        Assert.DoesNotContain("日程・会場", reply);
    }

    [Fact]
    public async Task Paying_by_card_in_dialect_is_cashless_payment_not_the_notification_card()
    {
        var reply = await _services.ReplyAsync("tsushima", "line", "市役所で住民票とか取るとき、お金って現金しか使えんと？カードとかスマホで払えるようにならんかね");

        Assert.Contains("電子決済", reply);
        Assert.DoesNotContain("通知カード", reply);
    }

    [Fact]
    public async Task Every_payment_app_asked_for_is_no_answer_the_plan_gives_and_the_office_is_named()
    {
        // The plan's cashless measure names no app: given as the answer, it read as if PayPay were accepted.
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市の窓口の支払いでPayPayとかd払いって使えますか？使える決済アプリを全部教えてほしいです");

        Assert.StartsWith("申し訳ありません。", reply);
        Assert.DoesNotContain("【キャッシュレス決済", reply);
        Assert.Contains("0537-85-1127", reply);
    }

    [Fact]
    public async Task Booking_a_visit_asked_in_english_is_the_plans_counter_booking()
    {
        var reply = await _services.ReplyAsync("tsushima", "line", "Hi, I live in Tsushima. Will I be able to book my visit to City Hall online before I go?");

        Assert.Contains("booking", reply);
        Assert.Contains("来庁予約", reply);
    }

    [Fact]
    public async Task Making_the_town_lively_is_the_plans_revitalisation()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎ってデジタルを使ってまちを元気にする取り組み、なんかあるだら？");

        Assert.Contains("観光", reply);
        Assert.Contains("働く場", reply);
    }

    [Fact]
    public async Task How_many_people_use_a_service_needs_a_figure_of_people()
    {
        var reply = await _services.ReplyAsync("handa", "line", "コンビニで住民票とか取ってる人って半田市でどのくらいいるの？市はもっと増やしたいの？");

        Assert.Contains("18.2%", reply);
        Assert.Contains("43.6%", reply);
    }

    [Fact]
    public async Task Handing_in_the_same_papers_again_typed_in_kana_is_once_only()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "おなじ しょるいを なんども だすのは たいへんです。いちど だせば いいように なりますか");

        Assert.Contains("ワンスオンリー", reply);
    }

    [Fact]
    public async Task A_procedure_named_in_the_story_is_what_a_bare_can_i_apply_online_asks_about()
    {
        // The question names only the means (スマホから申請); the general list of online procedures had answered.
        var reply = await _services.ReplyAsync("tsushima", "line", "先月の大雨で家の一部が壊れてしまい、罹災証明書が必要だと言われました。ただ仕事があって平日に市役所へ行くのが難しいです。スマホから申請できるようになりますか？");

        Assert.StartsWith("【罹災証明書の発行申請】", reply);
    }

    [Fact]
    public async Task Whether_everything_goes_online_only_is_whether_the_counter_stays()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "スマホ苦手だから窓口で手続きしたい。行方市って全部オンラインだけになっちゃうの？");

        Assert.Contains("対面", reply);
        Assert.DoesNotContain("どの手続きについてお調べしますか", reply);
    }

    [Fact]
    public async Task Writing_at_the_counter_told_in_tsugaru_dialect_is_the_write_free_counter()
    {
        // The dialect's words cover too little of any entry to answer; the plan's term described answers.
        var reply = await _services.ReplyAsync("goshogawara", "line", "うちのばっちゃ、市役所の窓口で字っこ書ぐのが難儀だって。五所川原の市役所、書がねくてもいいようになるんだべか？");

        Assert.Contains("書かない窓口", reply);
    }

    [Fact]
    public async Task Who_asks_told_before_the_question_is_kept_with_it()
    {
        var reply = await _services.ReplyAsync("tsushima", "line", "わたしは がいこくじん です。にほんごが むずかしいです。しの じょうほうを もらう サポートは ありますか？");

        Assert.Contains("外国人", reply);
    }

    [Fact]
    public async Task A_worry_that_personal_information_leaks_is_the_plans_handling_of_it()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "最近、個人情報の流出のニュースをよく見ます。市がデジタル化を進めると、私の情報が漏れないか心配です。御前崎市はどう対策するんですか？");

        Assert.StartsWith("【個人情報の適正な取扱い】", reply);
    }

    [Fact]
    public async Task Making_the_card_easier_to_get_is_the_citys_measure_for_getting_it()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "マイナカードまだ作ってないんですけど、行方市ってカードを取りやすくする取り組みとかしてるんですか？");

        Assert.Contains("環境整備", reply);
    }

    [Fact]
    public async Task Paying_without_cash_at_the_counter_asked_in_english_is_the_citys_cashless_plan()
    {
        // 「counter」 (窓口) alone had found the write-free counter.
        var reply = await _services.ReplyAsync("goshogawara", "line", "Will I be able to pay without cash, like with a QR code app, at the Goshogawara city hall counter?");

        Assert.Contains("cashless", reply);
        Assert.DoesNotContain("write-free", reply);
    }

    [Fact]
    public async Task Fewer_papers_to_hand_in_with_the_card_typed_with_spaces_is_the_linkage_of_information()
    {
        var reply = await _services.ReplyAsync("handa", "line", "マイナンバーカードが あれば、市役所に 出す 書類が へりますか。");

        Assert.Contains("添付書類", reply);
        Assert.Contains("情報連携", reply);
    }

    [Fact]
    public async Task What_is_already_in_use_after_a_target_is_the_present_state_not_the_target_again()
    {
        // Read with the question before it, the follow-up asked a count of target it does not ask.
        var reply = await _services.ReplyAsync("goshogawara", "teams", "AI-OCRやRPA等の導入業務数の目標は？", "それ以外にすでに導入しているAIのシステムはある？");

        Assert.Contains("会議録", reply);
    }

    [Fact]
    public async Task A_worry_for_personal_information_told_before_the_question_is_answered_with_it()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "個人情報がもれないか心配です。市の職員さんはセキュリティの研修とかしてますか？");

        Assert.Contains("個人情報", reply);
        Assert.DoesNotContain("アンケート", reply);
    }

    [Fact]
    public async Task A_worry_for_personal_information_told_after_the_question_is_answered_with_it()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "行方市ってクラウドを使う方針なんですか？個人情報が心配で…");

        Assert.Contains("セキュリティ", reply);
        Assert.DoesNotContain("デジタル田園都市国家構想", reply);
    }

    [Fact]
    public async Task Whether_open_data_will_grow_is_the_measure_not_the_glossarys_definition()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市の公開データ（オープンデータ）って増えるの？");

        Assert.StartsWith("【オープンデータの拡充】", reply);
    }

    [Fact]
    public async Task Doing_procedures_by_phone_without_going_is_the_procedures_online_not_the_help_with_phones()
    {
        var reply = await _services.ReplyAsync("tsushima", "line", "市役所まで遠かけん、役所に行かんでもスマホで手続きできるごとなるとね？");

        Assert.Contains("マイナンバーカード", reply);
        Assert.DoesNotContain("デジタル活用支援", reply);
    }

    [Fact]
    public async Task How_many_the_city_finally_wants_to_hold_the_card_is_the_target_not_the_rate_reached()
    {
        var reply = await _services.ReplyAsync("handa", "line", "マイナンバーカードは最終的にどれだけの人に持ってもらう計画ですか？");

        Assert.StartsWith("【マイナンバーカード交付率の目標（90%）】", reply);
    }

    [Fact]
    public async Task Paying_the_fee_online_asked_in_english_is_cashless_payment_not_the_online_procedures()
    {
        var reply = await _services.ReplyAsync("goshogawara", "line", "Can I pay the fee online when I apply for something with the city?");

        Assert.Contains("cashless", reply);
        Assert.DoesNotContain("61 procedures", reply);
    }

    [Fact]
    public async Task Whether_an_online_application_needs_the_card_is_the_online_way_not_how_to_apply_for_the_card()
    {
        var reply = await _services.ReplyAsync("handa", "line", "児童手当のオンライン申請にマイナンバーカードは必要ですか？");

        Assert.Contains("マイナポータル", reply);
        Assert.DoesNotContain("証明用写真機", reply);
    }

    [Fact]
    public async Task What_the_card_brings_asked_in_tsugaru_dialect_is_its_uses_not_a_menu()
    {
        // 「いいごと」 is 「いいこと」 voiced: the card's topics were offered as buttons instead.
        var reply = await _services.ReplyAsync("goshogawara", "line", "マイナンバーカード作れば、何かいいごとあるんだべか？");

        Assert.DoesNotContain("何についてお知りになりたいですか", reply);
        Assert.Contains("マイナンバーカード", reply);
    }

    [Fact]
    public async Task How_many_procedures_asked_in_tsugaru_dialect_is_the_target_count()
    {
        // 「なんぼぐれぇ」 (なんぼぐらい) of procedures counts them; it was read as a price.
        var reply = await _services.ReplyAsync("goshogawara", "line", "わ、市役所さ行がねくても手続きでぎるようになるんだべか？なんぼぐれぇの手続きだば？");

        Assert.Contains("200手続", reply.Split('\n')[1]);
    }

    [Fact]
    public async Task Whether_things_get_easier_asked_in_kana_reaches_the_entry_on_it()
    {
        // 「らくに」 alone in kana (楽, an adjectival noun) had no reading.
        var reply = await _services.ReplyAsync("tsushima", "line", "ひっこしの てつづきが たいへんです。マイナンバーカードが あると らくに なりますか？");

        Assert.Contains("引越しワンストップ", reply);
    }

    [Fact]
    public async Task The_citys_help_asked_after_a_worry_about_online_safety_is_the_help_for_that_worry()
    {
        // Read alone, 「何かサポートしてますか？」 found the card's application support.
        var reply = await _services.ReplyAsync("handa", "line", "70代の母が「ネットの手続きは危ないんじゃないか」と不安がってます。半田市で何かサポートしてますか？");

        Assert.Contains("講座", reply);
        Assert.Contains("安全", reply);
        Assert.DoesNotContain("証明用写真機", reply);
    }

    [Fact]
    public async Task Collecting_the_card_on_a_saturday_where_the_plan_says_nothing_of_it_is_not_answered_with_the_guide()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市役所では、土曜日にマイナンバーカードの受け取りをやっていますか？");

        Assert.DoesNotContain("交付通知書", reply);
        Assert.Contains("0537-85-1127", reply);
    }

    [Fact]
    public async Task How_far_online_applications_will_grow_is_the_target_not_todays_count()
    {
        var reply = await _services.ReplyAsync("goshogawara", "line", "五所川原でオンライン申請できる手続きって、これから増えるの？最終的に何件くらいになる予定？");

        Assert.StartsWith("【行政手続のオンライン化の目標（令和7年度までに200手続）】", reply);
    }

    [Fact]
    public async Task Points_for_cashless_payment_asked_in_english_are_the_point_program()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "I heard Namegata might give residents points for using cashless payments. Is that right?");

        Assert.Contains("My Number point", reply);
    }

    [Fact]
    public async Task The_days_and_hours_of_a_weekend_counter_no_entry_gives_are_said_to_be_unstated()
    {
        // The lost card's hotline (24時間365日) had answered: it states a time, not the counter's hours.
        var reply = await _services.ReplyAsync("namegata", "line", "行方市役所でマイナンバーカードの休日受付をしている日と時間を教えてください。");

        Assert.StartsWith(DxBot.Dialogs.Answers.AnswerStrings.NotFoundOpening, reply);
        Assert.DoesNotContain("0120-95-0178に電話", reply);
    }

    [Fact]
    public async Task How_the_city_means_to_digitise_its_services_leads_with_its_direction()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市はどういう考え方で市民サービスをデジタル化していくんですか？");

        Assert.Contains("書かせない", reply.Split('\n')[1]);
    }

    [Fact]
    public async Task Collecting_the_card_at_night_or_at_the_weekend_where_nothing_states_it_is_said_to_be_unstated()
    {
        // 「対応してもらえますか」 asked a fact, the search answered and took the city's 24時間365日 online procedures for
        // the counter's days.
        var reply = await _services.ReplyAsync("handa", "line", "半田市役所でマイナンバーカードを受け取るとき、平日の夜や土日も対応してもらえますか？");

        Assert.StartsWith(DxBot.Dialogs.Answers.AnswerStrings.NotFoundOpening, reply);
        Assert.Contains("マイナンバーカードの受け取り", reply);
        Assert.DoesNotContain("24時間365日", reply);
    }

    [Fact]
    public async Task The_weekend_counter_the_plan_states_answers_the_weekend_but_not_the_night()
    {
        var weekend = await _services.ReplyAsync("goshogawara", "line", "マイナンバーカードを受け取るとき、平日の夜や土日も対応してもらえますか？");
        var night = await _services.ReplyAsync("goshogawara", "line", "マイナンバーカードは夜でも受け取れる？");

        Assert.Contains("土日開庁", weekend);
        Assert.StartsWith(DxBot.Dialogs.Answers.AnswerStrings.NotFoundOpening, night);
        Assert.Contains("利用できる時間帯", night);
    }

    [Fact]
    public async Task A_better_way_to_get_certificates_asked_in_dialect_is_the_convenience_store_service()
    {
        // 「計画期間を通じて」 had read as a way of doing things, and the entry saying it (other procedures online) answered.
        var reply = await _services.ReplyAsync("tsushima", "line", "平日の昼は漁に出とるけん、役所の開いとる時間に行けんとよ。住民票とかの証明書ば取るよか方法はなかと？");

        Assert.StartsWith("【コンビニ交付", reply);
        Assert.Contains("マイナンバーカード", reply);
    }

    [Fact]
    public async Task A_fact_checked_and_what_the_city_does_about_it_are_both_answered()
    {
        // The survey entry answered alone: that the city does something was left to 「取組施策11」.
        var reply = await _services.ReplyAsync("goshogawara", "line", "五所川原の年寄りはスマホ持ってる人が全国より少ねって本当だが？なんか対策してらの？");

        Assert.StartsWith("【市の高齢者のスマホ・インターネット利用状況", reply);
        Assert.Contains("1割ほど低い", reply);
        Assert.Contains("相談会", reply);
    }

    [Fact]
    public async Task Whether_the_city_works_with_ai_is_its_ai_measure_not_the_definition_of_a_smart_city()
    {
        // The glossary entry on スマート自治体 (「AIなどに蓄積」) answered a question that never names it.
        var reply = await _services.ReplyAsync("namegata", "line", "行方市役所ってAIとか使って仕事してるんですか？");
        var named = await _services.ReplyAsync("namegata", "line", "スマート自治体って何？");

        Assert.StartsWith("【AI・RPAの利用推進】", reply);
        Assert.StartsWith("【スマート自治体とは】", named);
    }

    [Fact]
    public async Task A_worry_told_before_a_vague_question_chooses_among_the_entries_that_answer_it()
    {
        // 「安全に関係する取り組み」 alone found the plan's place among the city's plans first.
        var reply = await _services.ReplyAsync("omaezaki", "line", "地震や津波が心配です。御前崎市のデジタル化の計画に、安全に関係する取り組みは入っていますか？");

        Assert.StartsWith("【地域社会のデジタル化（安全・安心", reply);
    }

    [Fact]
    public async Task The_app_named_in_katakana_or_kana_is_the_citys_line_account()
    {
        // 「ライン」 matched the account's keyword only, not the entry giving its registrations.
        var reply = await _services.ReplyAsync("goshogawara", "line", "ごしょがわらし の らいん の とうろく は なんにん ですか");

        Assert.Contains("1.4万人", reply);
    }

    [Fact]
    public async Task Where_a_service_can_be_used_is_the_service_not_its_target_figure()
    {
        var reply = await _services.ReplyAsync("handa", "line", "コンビニ交付は半田市内のコンビニでしか使えませんか");

        Assert.StartsWith("【住民票などのコンビニ交付】", reply);
        Assert.Contains("全国", reply);
    }

    [Fact]
    public async Task A_list_of_counters_taking_cashless_payment_the_plan_does_not_give_is_not_answered_with_the_measure()
    {
        // 「一覧がほしいです」 was no question, and 「PayPayとか」 alone asked about cashless payment in general.
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市役所の窓口ではPayPayとか使えますか？キャッシュレスで払える窓口の一覧がほしいです");

        Assert.StartsWith(DxBot.Dialogs.Answers.AnswerStrings.NotFoundOpening, reply);
        Assert.Contains("0537-85-1127", reply);
    }

    [Fact]
    public async Task The_line_accounts_id_or_qr_code_no_entry_gives_is_said_missing_of_that_account()
    {
        // The card's application form (its own QR code and ID) had answered.
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市のLINE公式アカウントを友だち追加したいので、IDかQRコードを教えてください");

        Assert.StartsWith(DxBot.Dialogs.Answers.AnswerStrings.NotFoundOpening, reply);
        Assert.Contains("LINE公式アカウント", reply);
        Assert.DoesNotContain("交付申請書", reply);
    }

    [Fact]
    public async Task Whether_the_city_does_what_was_just_explained_is_asked_of_that_answer()
    {
        // 「行方市でも」 named the city, so the follow-up was searched alone and found nothing.
        var reply = await _services.ReplyAsync("namegata", "line", "自治体マイナポイントって何ですか？", "行方市でもやるんですか？");

        Assert.StartsWith("【自治体マイナポイント事業", reply);
    }

    [Fact]
    public async Task What_a_measure_is_widened_to_next_is_the_entry_naming_it()
    {
        // The entry just shown says only that the cashless payment will be widened; the fees' entry says to what.
        var reply = await _services.ReplyAsync("handa", "line", "半田市でキャッシュレス決済で払えるものはありますか", "これから何に広げるの？");

        Assert.StartsWith("【証明書の手数料・施設の使用料のキャッシュレス化】", reply);
    }

    [Fact]
    public async Task A_tsugaru_question_how_far_procedures_grow_is_the_online_target()
    {
        // 「なんぼ」 had asked a price, and the story before 「聞ぐばって、」 outweighed the question.
        var reply = await _services.ReplyAsync("goshogawara", "line", "わ、市役所さ行ぐのおっくうだはんで聞ぐばって、これがらオンラインでできる手続き、なんぼまで増やすの？");

        Assert.Contains("200手続", reply);
        Assert.Contains("令和7年度", reply);
    }

    [Fact]
    public async Task The_question_after_a_story_ended_by_an_emoji_is_answered_when_the_whole_finds_nothing()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "こないだ子どもの書類で市役所行ったら現金しか使えんくて、財布に小銭なくてATMまで走ったっけ💦 御前崎市ってこれからカードとかスマホ決済で払えるようになるの？");

        Assert.StartsWith("【キャッシュレス決済の導入・拡大】", reply);
        // 2022年度 is when the roadmap starts widening it, not a year a target was set by.
        Assert.DoesNotContain("2022年度までの目標", reply);
    }

    [Fact]
    public async Task When_the_appointment_was_made_is_the_entry_dating_the_appointment()
    {
        // 任命 had been read as asking how they are chosen, and the committee's own dates answered.
        var reply = await _services.ReplyAsync("omaezaki", "teams", "推進体制でデジタル推進官に任命されているのはどの職の人ですか", "その任命はいつでしたか");

        Assert.Contains("2021年4月1日", reply);
    }

    [Fact]
    public async Task The_year_a_target_is_compared_with_is_its_baseline_and_gets_no_note()
    {
        var reply = await _services.ReplyAsync("tsushima", "teams", "国の自治体DX推進計画では、自治体の情報システムの運用経費をどれだけ削減するとしていますか", "それは何年度と比べての話？");

        Assert.Contains("2018年度（平成30年度）と比べて", reply);
        Assert.DoesNotContain("2018年度までの目標", reply);
    }

    [Fact]
    public async Task Whether_open_data_is_free_is_its_entry_saying_so()
    {
        // 無償 had not counted as stating a fee, so the fee was said not to be stated.
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市のオープンデータってどうなってるの？", "それって誰でもタダで使えるの？");

        Assert.Contains("無償", reply);
        Assert.DoesNotContain(DxBot.Dialogs.Answers.AnswerStrings.NotFoundOpening, reply);
    }

    [Fact]
    public async Task A_fact_checked_then_help_asked_is_the_fact_then_the_help()
    {
        // Routed to the support programmes, the survey's figure was left out.
        var reply = await _services.ReplyAsync("goshogawara", "line", "うちの母（80歳）はスマホを持っていません。五所川原の高齢者ってスマホを使っている人が少ないんですか？市は何か手伝ってくれますか？");

        Assert.Contains("1割", reply);
        Assert.Contains("相談会", reply);
        Assert.True(reply.IndexOf("1割", StringComparison.Ordinal) < reply.IndexOf("相談会", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_asked_in_kana_with_a_smartphone_is_the_support_offered()
    {
        var reply = await _services.ReplyAsync("tsushima", "line", "うちの ばあちゃん、すまほの つかいかたが ぜんぜん わからんって。しやくしょの てつづきも すまほで するように なったら こまるけど、なにか たすけて もらえる？");

        Assert.Contains("デジタル活用支援", reply);
    }

    [Fact]
    public async Task Open_data_asked_in_english_within_the_plan_is_the_open_data_entry()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "I run a small shop in Omaezaki. What does 'open data' mean in the city's DX plan? Can a company use it for business?");

        Assert.Contains("commercial use is allowed", reply);
    }

    [Fact]
    public async Task A_mikawa_complaint_about_attaching_documents_is_the_information_linkage()
    {
        // 「つけなかん」 and 「たんびに」 were unknown words that left the question below the coverage asked.
        var reply = await _services.ReplyAsync("handa", "line", "手続きのたんびに書類をいっぱいつけなかんのが面倒くさいわ。なんとかならんの？");

        Assert.StartsWith("【マイナンバー制度の情報連携（添付書類の省略）】", reply);
    }

    [Fact]
    public async Task Where_the_resident_saw_a_term_is_not_what_they_ask()
    {
        // テレビ, an entry's word in another city, outweighed Society5.0, whose unit (society5) no term matched whole.
        var reply = await _services.ReplyAsync("namegata", "line", "テレビで見たんだけど、Society5.0ってなんなの？行方市のDXと関係あるの？");

        Assert.Contains("サイバー空間", reply);
        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, reply);
    }

    [Fact]
    public async Task A_quoted_slogan_with_a_full_stop_stays_one_question()
    {
        // The full stop inside 「」 had ended a sentence, leaving 「」って広報で見たけど、どういう意味?」 to be read alone.
        var reply = await _services.ReplyAsync("omaezaki", "line", "「DXの海原へ、未来を照らす灯りを。」って広報で見たけど、どういう意味？");

        Assert.StartsWith("【基本理念とキャッチフレーズ", reply);
        Assert.Contains("灯台", reply);
    }

    [Fact]
    public async Task Whether_national_money_is_used_is_the_grant_the_plan_names_not_a_fee()
    {
        // お金 had been read as the fee, which the plan does not give, and the grant's section was not looked at.
        var reply = await _services.ReplyAsync("namegata", "line", "行方市の書かないワンストップ窓口ってなに？", "それって国のお金も使ってやるの？");

        Assert.Contains("交付金", reply);
        Assert.DoesNotContain("費用（手数料・料金）", reply);
    }

    [Fact]
    public async Task When_a_visiting_service_next_comes_is_said_to_be_missing()
    {
        // 「次は上対馬でいつあると？」 has a place between 次は and いつ: the card dialog listed how to apply instead.
        var reply = await _services.ReplyAsync("tsushima", "line", "マイナンバーカードの出張申請、次は上対馬でいつあると？場所も教えて");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, reply);
        Assert.Contains("次回の日程", reply);
    }

    [Fact]
    public async Task How_the_line_account_will_be_usable_is_its_features_not_the_count_target()
    {
        // 「どんなふうに」 had been read as how something is done, and the entry saying more of a way (the target's) won.
        var reply = await _services.ReplyAsync("goshogawara", "line", "市のLINE登録してるんだけど、これからどんなふうに使えるようになるの？");

        Assert.StartsWith("【五所川原市のLINE公式アカウント】", reply);
    }

    [Fact]
    public async Task The_figure_when_the_plan_started_follows_up_the_target_just_given()
    {
        // 「計画の」 and 「何人」 had been read as a new subject, which no entry covered.
        var reply = await _services.ReplyAsync("goshogawara", "teams", "市のSNSの登録人数の目標は？", "計画のスタート時点では何人だったの？");

        Assert.Contains("1.4万人", reply);
    }

    [Fact]
    public async Task Whether_consulting_by_phone_will_be_possible_is_the_measure_not_the_contact()
    {
        // The contact entry's keywords (電話, 相談先) had ranked it above the omni-channel counter the question is about.
        var reply = await _services.ReplyAsync("namegata", "line", "役場まで行かねくても、電話とかネットで相談できるようにしてくれんの？");

        Assert.StartsWith("【対面と非対面を組み合わせた窓口（オムニチャネル化）】", reply);
    }

    [Fact]
    public async Task Whom_to_ask_by_phone_is_still_the_contact()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "DXのことを電話で問い合わせたい。どこに聞けばいい？");

        Assert.StartsWith("【行方市のDX・デジタル化に関する問い合わせ先】", reply);
    }

    [Fact]
    public async Task People_who_cannot_go_online_are_the_care_for_them()
    {
        // The message went to the online procedures' overview.
        var reply = await _services.ReplyAsync("handa", "line", "オンラインの手続きができない人はどうしたらいいですか");

        Assert.StartsWith("【オンラインが使えない方への配慮】", reply);
    }

    [Fact]
    public async Task A_fee_when_paying_by_card_is_not_the_my_number_cards_fee()
    {
        // 「カード払い」 had been read as the My Number card, and its issuing fee (free) was given as the answer.
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市の電子申請でカード払いすると手数料はいくらかかりますか？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, reply);
        Assert.Contains("キャッシュレス", reply);
        Assert.DoesNotContain("初めての交付", reply);
    }

    [Fact]
    public async Task A_fax_number_asked_with_what_number_is_the_offices_number_not_a_rank()
    {
        // 「何番」 had been read as a rank (順位), and the resident's story (メール, スマホ) as things the entry must name.
        var reply = await _services.ReplyAsync("omaezaki", "line", "わしゃメールもスマホもやらんで、ファクスで市のデジタル推進室に問い合わせたいだけど、番号は何番だら？");

        Assert.StartsWith("【御前崎市DX推進計画のお問い合わせ先】", reply);
        Assert.Contains("0537-85-1137", reply);
    }

    [Fact]
    public async Task The_address_and_fax_of_the_office_named_are_given_whatever_is_sent()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市のデジタル推進室に書類を送りたいので、住所とFAX番号を教えてください");

        Assert.Contains("池新田", reply);
        Assert.Contains("0537-85-1137", reply);
    }

    [Fact]
    public async Task The_other_subjects_state_asked_vaguely_after_a_kgi_is_its_kgi()
    {
        // 「テレワークのほうはどうなってる？」 had been read as a new question and answered with the glossary's telework.
        var reply = await _services.ReplyAsync("omaezaki", "teams", "AI・RPAの導入検討のKGIを教えて", "テレワークのほうはどうなってる？");

        Assert.Contains("テレワーク可能な業務", reply);
        Assert.Contains("100%", reply);
    }

    [Fact]
    public async Task What_a_card_holder_gets_asked_in_tsugaru_dialect_is_the_voucher()
    {
        // 「なんが」 (何が) was not read, and the card's menu was offered.
        var reply = await _services.ReplyAsync("goshogawara", "line", "マイナンバーカード作れば、なんがもらえるんだべが？");

        Assert.Contains("地域振興券", reply);
    }

    [Fact]
    public async Task People_who_cannot_go_online_asked_in_kana_are_the_care_for_them()
    {
        // 「ひと」 stayed kana, and the online procedures' target ranked first.
        var reply = await _services.ReplyAsync("handa", "line", "おんらいんの てつづき できない ひとは どうしたら いいですか");

        Assert.StartsWith("【オンラインが使えない方への配慮】", reply);
    }

    [Fact]
    public async Task City_hall_as_where_paperwork_is_done_is_no_contact_question_in_english()
    {
        // 「city hall」 alone had chosen the contact topic, and the resident was told to call the city.
        var reply = await _services.ReplyAsync("namegata", "line", "Do I have to submit the same documents again and again at Namegata city hall? I heard about a once-only rule.");

        Assert.Contains("once only", reply);
        Assert.DoesNotContain("Please contact", reply);
    }

    [Fact]
    public async Task The_third_pillar_pointed_at_after_the_list_is_that_pillars_entry()
    {
        // Read with the question before it, the list's entry (「3つの柱」) covered the pointing words and answered again.
        var reply = await _services.ReplyAsync("tsushima", "teams", "対馬市のDX行動指針を教えて", "その3つ目の柱の主な取組は？");

        Assert.StartsWith("【行動指針③ 行政サービスの継続性を保つためのDXの推進】", reply);
        Assert.Contains("RPA", reply);
    }

    [Fact]
    public async Task How_many_use_the_internet_asked_in_kana_is_the_usage_rate()
    {
        // 「つかってる ひと」 stayed kana, and the message went to the online procedures' overview.
        var reply = await _services.ReplyAsync("omaezaki", "line", "いんたーねっと つかってるひとって いま どのくらい いるの");

        Assert.StartsWith("【インターネットとスマートフォンの利用状況】", reply);
        Assert.Contains("8割", reply);
    }

    [Fact]
    public async Task What_online_application_is_asked_as_what_kind_of_thing_it_is()
    {
        // 「ってそもそもどういうもの？」 was not read as asking what it is, and the online procedures' overview answered.
        var reply = await _services.ReplyAsync("omaezaki", "line", "電子申請ってそもそもどういうもの？スマホからもできるん？");

        Assert.StartsWith("【市の電子申請サービス】", reply);
        Assert.Contains("スマートフォン", reply);
    }

    [Fact]
    public async Task Whether_the_counter_stays_when_all_goes_online_is_the_omni_channel_counter_not_the_lessons()
    {
        // 「全部ネットになって…困る」 read as a struggle with a device: the smartphone lessons answered.
        var reply = await _services.ReplyAsync("namegata", "line", "これから市役所の窓口ってどうなっちゃうの？全部ネットになって、対面で相談できなくなったら困るんだけど");

        Assert.StartsWith("【対面と非対面を組み合わせた窓口（オムニチャネル化）】", reply);
    }

    [Fact]
    public async Task A_named_counter_asked_how_it_will_be_is_that_counter_not_whether_counters_stay()
    {
        // Only the city hall's counters asked of (「市役所の窓口ってどうなっちゃうの？」) ask whether counters stay.
        var reply = await _services.ReplyAsync("namegata", "line", "ワンストップ窓口ってどうなるの？");

        Assert.StartsWith("【書かないワンストップ窓口とは（自治体フロントヤード改革）】", reply);
    }

    [Fact]
    public async Task This_card_after_a_my_number_is_the_my_number_card_used_as_health_insurance_card()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "マイナンバーは 4821 7730 1956 です。このカードで病院の保険証みたいに使えるか教えてください");

        // 「このカード」 was read as any card, and the entry on combining cards in future answered first.
        var insurance = reply.IndexOf("【マイナ保険証（健康保険証としての利用）】", StringComparison.Ordinal);
        var future = reply.IndexOf("【マイナンバーカードの今後の利用拡大】", StringComparison.Ordinal);
        Assert.True(insurance >= 0 && (future < 0 || future > insurance), reply);
        Assert.DoesNotContain("4821", reply);
    }

    [Fact]
    public async Task Which_day_of_this_month_the_weekend_counter_opens_is_said_to_be_missing()
    {
        // 「受け取れるのは何日ですか」 was not read as asking a date: the weekend entry answered as if it gave one.
        var reply = await _services.ReplyAsync("goshogawara", "line", "今月の土日開庁でマイナンバーカード受け取れるのは何日ですか");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, reply);
        Assert.Contains("次回の日程", reply);
    }

    [Fact]
    public async Task A_fax_number_asked_by_someone_without_a_computer_or_phone_is_the_offices_fax()
    {
        // 「パソコンもスマホもないもんで」 made it a struggle with devices (the lessons), then things the entry must name.
        var reply = await _services.ReplyAsync("omaezaki", "line", "わしゃパソコンもスマホもないもんで、デジタルのことはFAXで問い合わせたいだけど、番号教えてくれんかね");

        Assert.Contains("0537-85-1137", reply);
    }

    [Fact]
    public async Task Whether_the_counter_stays_asked_in_spaced_kana_is_the_counter_kept_beside_the_online_way()
    {
        // 「まどぐちは」 had been read as 窓口派 (a keyword's compound), and the words were spaced: the booking entry answered.
        var reply = await _services.ReplyAsync("tsushima", "line", "わたしは84さいです。すまほで てつづきは とてもむりです。これから しやくしょの まどぐちは なくなるのですか");

        Assert.StartsWith("【窓口手続の簡素化と非対面の手続】", reply);
    }

    [Fact]
    public async Task How_much_an_online_service_was_used_this_month_is_said_to_be_missing()
    {
        // The count of procedures online (61手続) answered as if it were this month's use.
        var reply = await _services.ReplyAsync("goshogawara", "line", "五所川原市の電子申請、今月は何件くらい使われてますか？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, reply);
        Assert.DoesNotContain("61手続", reply);
    }

    [Fact]
    public async Task A_message_in_kana_with_the_city_named_in_kanji_is_read_as_kana()
    {
        // 対馬市 and 韓国 in kanji made the message ordinary text, and 「おしらせ」 was searched as typed: nothing found.
        var reply = await _services.ReplyAsync("tsushima", "line", "わたしは 韓国から きました。対馬市の おしらせは どこで みることが できますか？");

        Assert.Contains("ホームページ", reply);
    }

    [Fact]
    public async Task When_the_plan_named_in_the_question_was_made_is_the_year_the_answer_gave_it()
    {
        // 策定 found the prefecture's plan (静岡県高度情報化基本計画, 2018) over the answer naming the city's own of 2007.
        var reply = await _services.ReplyAsync("omaezaki", "teams", "御前崎市高度情報化計画って何でしたっけ", "それはいつ策定されたもの？");

        Assert.Contains("2007年", reply);
        Assert.DoesNotContain("静岡県高度情報化基本計画", reply);
    }

    [Fact]
    public async Task Telework_away_from_home_after_telework_is_the_telework_entry()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "市役所の人もテレワークってしてんの？", "家以外の場所でもやんのけ？");

        Assert.Contains("サテライトオフィス", reply);
    }

    [Fact]
    public async Task The_number_of_friends_a_city_aims_for_asked_in_english_is_its_target()
    {
        // 「aiming」 was no target word: the LINE account's entry answered, without the figure.
        var reply = await _services.ReplyAsync("goshogawara", "line", "Does Goshogawara city have an official LINE account? How many friends is the city aiming for?");

        Assert.Contains("20,000", reply);
    }

    [Fact]
    public async Task How_far_the_population_falls_asked_without_ga_is_the_population_projection()
    {
        // 「人減る」 (が left out, as in speech) matched none of the population words: nothing was found.
        var reply = await _services.ReplyAsync("goshogawara", "line", "わの孫が言うには、五所川原はこれからどんどん人減るんだど。どれくらい減るもんだべ？");

        Assert.Contains("31,867人", reply);
    }

    [Fact]
    public async Task A_fax_number_asked_with_faxkusu_and_the_city_hall_is_the_offices_fax()
    {
        // ファックス (the entry writes FAX) and 市役所 had to be named by the contact entry: it was said to give no number.
        var reply = await _services.ReplyAsync("omaezaki", "line", "わしはパソコンもスマホも持っとらんで、ファックスで市役所のデジタルのことを問い合わせしたいだけど、番号は何番かね");

        Assert.Contains("0537-85-1137", reply);
    }

    [Fact]
    public async Task Why_it_was_revised_after_the_policys_versions_goes_on_with_that_entry()
    {
        // Not read as a follow-up (改訂 is a word of its own), 理由 found the city's reasons for DX first.
        var reply = await _services.ReplyAsync("namegata", "teams", "行方市DX基本方針のVer.2.0はいつ策定されましたか", "改訂した理由は何でしたっけ？");

        Assert.StartsWith("【行方市DX基本方針とは（Ver.1.0とVer.2.0）】", reply);
        Assert.Contains("デジタル田園都市国家構想", reply);
    }

    [Fact]
    public async Task How_a_survey_compares_with_the_nation_is_the_surveys_result_not_a_missing_base_year()
    {
        var reply = await _services.ReplyAsync("goshogawara", "teams", "高齢者の携帯電話やスマホの所有率について、市独自のアンケートはありますか", "その結果は全国と比べてどうでしたか");

        Assert.Contains("1割", reply);
    }

    [Fact]
    public async Task The_third_pillar_counted_with_hon_is_that_pillars_entry()
    {
        // 「3本目」 was no place in a list (only 3つ目, 3番目, 3個目): the list of pillars answered again.
        var reply = await _services.ReplyAsync("tsushima", "teams", "対馬市のDX行動指針を教えてください", "その3本目の柱の主な取組は？");

        Assert.StartsWith("【行動指針③", reply);
        Assert.Contains("RPA", reply);
    }

    [Fact]
    public async Task What_the_citys_line_account_is_for_is_its_news_not_the_applications_it_may_take()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎の市のLINEってあるだら？何に使うだけ？");

        Assert.Contains("情報発信", reply);
    }

    [Fact]
    public async Task How_many_digits_my_number_has_asked_in_english_by_a_foreign_resident_is_answered_in_english()
    {
        // The foreign-language topic won the tie and had no answer for the city.
        var reply = await _services.ReplyAsync("omaezaki", "line", "Hi, I'm from Vietnam and I live in Omaezaki. Do foreigners also get a My Number? How many digits is it?");

        Assert.Contains("12-digit", reply);
        Assert.Contains("resident record", reply);
    }

    [Fact]
    public async Task When_a_card_applied_for_today_can_be_received_is_the_guides_month()
    {
        // The receiving entries answered, saying nothing of how long it takes.
        var reply = await _services.ReplyAsync("handa", "line", "今日窓口でマイナンバーカードの申請をしたら、いつ受け取れますか？");

        Assert.StartsWith("【申請から受け取りまでの期間】", reply);
        Assert.Contains("1か月", reply);
    }

    [Fact]
    public async Task Whether_the_write_free_counter_is_at_every_counter_already_is_where_the_plan_found_it()
    {
        // The answer just given was set aside for the measure's targets, though it says where things stood.
        var reply = await _services.ReplyAsync("goshogawara", "line", "五所川原市役所の「書かない窓口」ってなんですか", "それってもう全部の窓口でやってるの？");

        Assert.StartsWith("【書かない窓口とは何ですか】", reply);
        Assert.Contains("一部の窓口", reply);
    }

    [Fact]
    public async Task By_when_the_card_is_to_reach_everyone_after_its_promotion_is_the_kgi_entrys_year()
    {
        // The promotion entry gives no year; the deadline had been said to be missing, though the city's KGI entry gives it.
        var reply = await _services.ReplyAsync("omaezaki", "line", "マイナンバーカードまだ作ってないだけど、市はカードを広めようとしてるだか？", "それっていつまでの目標？");

        Assert.StartsWith("【マイナンバーカードの普及目標（KGI）】", reply);
        Assert.Contains("2022年度（令和4年度）末まで", reply);
    }

    [Fact]
    public async Task Where_and_when_the_visiting_application_service_comes_next_is_said_to_be_missing()
    {
        // 「日にち教えて」 (the particle left out) and 「次はどこ」 ask the next date and place, which no entry gives.
        var reply = await _services.ReplyAsync("goshogawara", "line", "マイナンバーカードの出張申請、次はどこの会社さ来るの？日にち教えて");

        Assert.Contains("次回の日程と会場は、計画やこのボットの情報には書かれていません", reply);
    }

    [Fact]
    public async Task A_question_ending_in_ibaraki_dialect_is_read_with_the_one_before_it()
    {
        // 「…なんだっぺ」 was not read as asking: only 「地域のデジタル化もやんの？」 was searched, and the courses answered.
        var reply = await _services.ReplyAsync("namegata", "line", "役所の中だけじゃなくて、地域のデジタル化もやんの？どんな分野でやるつもりなんだっぺ");

        Assert.StartsWith("【地域社会のデジタル化の事例収集（医療・交通・ローカル5Gなど）】", reply);
    }

    [Fact]
    public async Task Since_when_the_city_hall_works_from_home_is_the_present_state_not_the_target_year()
    {
        // The target entry's 令和7年度 had counted as a start and won the tie.
        var reply = await _services.ReplyAsync("goshogawara", "line", "息子が市役所さ勤めてて、家で仕事してるって言うんだども、市役所ってテレワークしてらんだが？いつからだべ");

        Assert.StartsWith("【テレワークの現状（分散勤務・在宅勤務のシステム）】", reply);
        Assert.Contains("2020年5月", reply);
    }

    [Fact]
    public async Task Which_kinds_of_procedures_go_online_after_the_overview_is_the_overviews_fields()
    {
        // The childcare entry, which names its own kind only, had answered as the message's own best entry.
        var reply = await _services.ReplyAsync("tsushima", "line", "対馬市でマイナンバーカードを使ったオンライン申請を増やすって聞きました", "どんな分野の手続きが対象なの？");

        Assert.StartsWith("【オンラインでできるようになる手続（子育て・介護・被災者支援の25手続）】", reply);
    }

    [Fact]
    public async Task A_resident_whose_japanese_is_not_good_asking_for_help_with_city_information_gets_the_help_for_foreign_residents()
    {
        // Without a word for a foreign language the principles of service design had answered.
        var reply = await _services.ReplyAsync("tsushima", "line", "Hello, I am from Korea and I live in Tsushima now. My Japanese is not good. Is the city doing anything to help people like me get city information?");

        Assert.Contains("foreign residents", reply);
        Assert.Contains("website", reply);
    }

    [Fact]
    public async Task Whether_foreign_residents_get_a_my_number_too_is_the_card_topic_not_the_languages()
    {
        // 「foreign residents」 tied the languages topic with the card's words, and the languages had no answer for the city.
        var reply = await _services.ReplyAsync("omaezaki", "line", "Hi, I'm from Vietnam and live in Omaezaki. What is My Number? Do foreign residents get one too?");

        Assert.Contains("12-digit", reply);
        Assert.Contains("everyone with a resident record", reply);
    }

    [Fact]
    public async Task Whether_staff_will_be_able_to_telework_asked_in_english_gives_the_target_and_its_year()
    {
        // Cut to fit one bubble, the staff survey's wish (it names staff) had been kept over the target's sentence.
        var reply = await _services.ReplyAsync("omaezaki", "line", "Will the city staff in Omaezaki be able to telework? Just curious.");

        Assert.Contains("by the end of FY2025", reply);
        Assert.Contains("FY2025 has ended", reply);
    }

    [Fact]
    public async Task Whether_the_city_digitalises_the_whole_town_is_the_local_community_measure()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "行方市って役所の中だけじゃなくて、まち全体のデジタル化もやんの？");

        Assert.StartsWith("【地域社会のデジタル化の事例収集（医療・交通・ローカル5Gなど）】", reply);
    }

    [Fact]
    public async Task What_is_needed_for_certificates_at_a_convenience_store_is_the_card_and_its_pin()
    {
        // The city's entry naming the service, which says nothing of what is needed, had answered.
        var reply = await _services.ReplyAsync("namegata", "line", "コンビニで証明書もらうには何が必要？");

        Assert.Contains("4桁の暗証番号", reply);
    }
}
