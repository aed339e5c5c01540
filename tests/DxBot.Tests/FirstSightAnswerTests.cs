using DxBot.Tests.Support;

namespace DxBot.Tests;

/// <summary>
/// Residents' questions as they write them, through the whole bot on the bundled knowledge and the real index: a long
/// message that says where its question starts, a follow-up on when work starts, a card question typed in kana, points
/// asked as a shopping campaign.
/// </summary>
public sealed class FirstSightAnswerTests(BundledBotFixture services) : IClassFixture<BundledBotFixture>
{
    private readonly BundledBotFixture _services = services;

    [Fact]
    public async Task A_long_message_is_answered_from_where_it_says_its_question_starts()
    {
        // The story asks in passing (「どうにも苦手」「何回か」); 「それで質問なんですが、」 marks what is asked.
        var reply = await _services.ReplyAsync("omaezaki", "line", "いつもお世話になっております。うちには八十を過ぎた両親がいて、元気なんですが、スマホだけはどうにも苦手で、"
            + "先日も市からのお知らせをスマホで見てと言われて困っていました。市役所には何回か行きましたが、私は平日は仕事で付き添えません。"
            + "それで質問なんですが、御前崎市として、デジタルが苦手な年寄りに手を貸してくれるような取り組みはあるのでしょうか。"
            + "あるなら、親にも声をかけてみようと思います。よろしくお願いします。");

        Assert.Contains("デジタル活用支援", reply);
        Assert.DoesNotContain("見つかりませんでした", reply);
    }

    [Fact]
    public async Task An_english_question_the_layer_has_no_topic_for_is_answered_from_an_entrys_english_version()
    {
        // The English layer has no open-data topic: the resident got 「Sorry, I don't have an answer to that in English」.
        var reply = await _services.ReplyAsync("namegata", "line", "Hello, I have a shop in Namegata. Is the city going to publish the data it holds as open data that businesses can reuse?");

        Assert.Contains("open data (オープンデータ)", reply);
        Assert.Contains("Source: 行方市DX基本方針", reply);
        Assert.DoesNotContain("Sorry", reply);
        Assert.DoesNotContain("covers this in Japanese only", reply);
    }

    [Fact]
    public async Task An_entry_found_by_the_plans_words_for_an_english_question_is_given_in_english()
    {
        var reply = await _services.ReplyAsync("handa", "line", "Hi, I live in Handa. Is there a way to watch city council sessions online?");

        Assert.Contains("stream sessions live", reply);
        Assert.Contains("In Japanese: 【ICTを活用した市議会（ライブ中継・ペーパーレス）】", reply);
        Assert.Contains("Source: 半田市DX推進計画 第三章2(1)(イ)", reply);
        Assert.DoesNotContain("covers this in Japanese only", reply);
    }

    [Theory]
    // Booking a visit or a facility, the city's point programme by its English name, and getting information despite
    // the language: each the city's entry on it, not the online procedures, nothing or the plan's title.
    [InlineData("tsushima", "Hi, I'm from the Philippines and live in Tsushima. Is the city planning to let us make an appointment to visit the city office, or reserve public facilities, online?", "In Japanese: 【オンラインでの来庁予約・施設予約】")]
    [InlineData("namegata", "Hi! I moved to Namegata from Brazil last year. What is the city's local government Mynapoint program supposed to achieve?", "In Japanese: 【自治体マイナポイント事業（キャッシュレス・地域経済）】")]
    [InlineData("tsushima", "I'm a foreign resident in Tsushima and my Japanese is limited. Does the city's DX plan include any support so that people like me can get the information we need?", "foreign residents")]
    // A shop owner's introduction (「small café」 found the plan's 「start small」), AI asked in few words (the twelve action
    // items named it among others), a point programme to pay without cash (the payment topic found eLTAX).
    [InlineData("namegata", "Hi, I run a small café in Namegata. Does the city make its data public so that local businesses can use it in their own services?", "open data (オープンデータ)")]
    [InlineData("namegata", "Does Namegata City use AI?", "In Japanese: 【AI・RPAの利用推進】")]
    [InlineData("namegata", "I heard Namegata City is running a point program with the My Number Card to encourage people to pay without cash. Is that right?", "自治体マイナポイント事業")]
    public async Task An_english_question_on_a_subject_of_the_plan_gets_that_entry(string city, string question, string expected)
    {
        var reply = await _services.ReplyAsync(city, "line", question);

        Assert.Contains(expected, reply);
        Assert.DoesNotContain("Sorry", reply);
    }

    [Theory]
    // Not going to city hall, asked in residents' words: the city's aim for it (いつでもどこでも, 非対面, its target of 200 procedures).
    [InlineData("tsushima", "つしましの しやくしょに いかなくても てつづき できるように なりますか", "いつでもどこでも")]
    [InlineData("goshogawara", "市役所行かなくていい時代くる？？🙏", "200手続")]
    [InlineData("namegata", "平日は仕事で市役所に行けないのですが、窓口に行かなくても手続きや相談ができるような仕組みは考えられていますか？", "非対面")]
    public async Task Not_having_to_go_to_city_hall_is_the_citys_aim_for_it(string city, string question, string expected)
    {
        var reply = await _services.ReplyAsync(city, "line", question);

        Assert.Contains(expected, reply);
    }

    [Fact]
    public async Task Getting_everything_done_at_once_when_moving_is_the_one_stop_service()
    {
        var reply = await _services.ReplyAsync("tsushima", "line", "引っ越しのとき、役所の手続きを一気に済ませられるようになりますか？");

        Assert.Contains("引越しワンストップサービス", reply);
    }

    [Fact]
    public async Task Whether_every_counter_does_it_asks_no_office()
    {
        // 「どの窓口でもそうなるのか」 is "at any counter": read as "which counter", only an entry naming a 課 could answer.
        var reply = await _services.ReplyAsync("goshogawara", "line", "長くなるけど読んでけ。去年から手がふるえて、字を書くのが難儀になってしまったんだ。"
            + "この前も市役所さ行って、書類を書けって言われて汗かいた。それで聞きたいんだけども、市役所の窓口で、申請書を自分で手書きしなくてもいいようになるって話は本当だべか？"
            + "もし本当だったら、どの窓口でもそうなるのかも知りてえ。よろしくお願いします。");

        Assert.Contains("書かない窓口", reply);
        Assert.DoesNotContain("見つかりませんでした", reply);
    }

    [Fact]
    public async Task A_device_and_a_worry_in_different_sentences_of_a_story_ask_for_no_smartphone_help()
    {
        // 「スマホのアプリ」 in one sentence and 「怒られたら困る」 in another were read as someone struggling with a phone.
        var reply = await _services.ReplyAsync("namegata", "line", "はじめまして。霞ヶ浦の近くで小さなカフェをやっています。仲間と観光客向けにお店やトイレの場所をまとめたスマホのアプリを作れないかと話しています。"
            + "そこで聞きたいのですが、市役所が持っているデータって、民間の人が自由にアプリとかに使っていいものなんですか？勝手に使って怒られたら困るので。よろしくお願いします。");

        Assert.Matches("オープンデータ|データ連携基盤", reply);
        Assert.DoesNotContain("デジタル活用支援", reply);
    }

    [Fact]
    public async Task What_is_said_by_the_way_after_the_question_does_not_pick_the_answer()
    {
        // 「ちなみに保育園の…」 after the question named a nursery procedure, and the nursery applications answered.
        var reply = await _services.ReplyAsync("handa", "line", "共働きで子どもを育てています。平日に市役所へ行くために半休を取るのがしんどいです。"
            + "そこで質問なのですが、半田市では、夜中や休日に家からスマホで手続きを済ませられるようにする計画はあるのでしょうか？"
            + "ちなみに、保育園の欠席連絡が朝しか電話できないのも大変でした。");

        Assert.Contains("24時間365日", reply);
        Assert.DoesNotContain("保育施設等の利用申込", reply);
    }

    [Fact]
    public async Task When_work_starts_is_asked_of_the_measure_just_answered_not_its_cost()
    {
        // 「取りかかる」 holds 「かかる」, which is read as a cost elsewhere.
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市ってキャッシュレス決済はどうするつもりなの？", "それはいつ頃から取りかかる予定？");

        Assert.Contains("令和3年度", reply);
        Assert.DoesNotContain("費用", reply);
    }

    [Fact]
    public async Task Everyone_holding_the_card_answers_how_many_are_to_hold_it()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "マイナンバーカード🪪 御前崎市はいつまでにどれくらいの人に持ってもらうつもりなの？🤔");

        Assert.Contains("すべての市民", reply);
        Assert.Contains("令和4年度", reply);
        Assert.DoesNotContain("書かれていません", reply.Split('\n')[0]);
    }

    [Fact]
    public async Task What_making_the_card_brings_is_answered_not_offered_as_a_menu()
    {
        var reply = await _services.ReplyAsync("goshogawara", "line", "マイナンバーカード を つくる と、なにか もらえますか。");

        Assert.Contains("地域振興券", reply);
        Assert.DoesNotContain("お選びください", reply);
    }

    [Fact]
    public async Task Points_asked_as_a_shopping_campaign_reach_the_points_programme()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "行方市で買い物するとポイントがもらえるような市のキャンペーンってある？🎁💳");

        Assert.Contains("マイナポイント", reply);
        Assert.Contains("キャッシュレス", reply);
    }

    [Fact]
    public async Task The_cards_two_sides_are_told_with_where_the_number_is()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "マイナンバーカードって番号はどこに書いてあるんだっけ？表側には何が載ってるの？");

        Assert.Contains("裏面", reply);
        Assert.Contains("生年月日", reply);
    }

    [Fact]
    public async Task What_can_be_applied_for_online_now_is_the_plans_present_state_not_its_target()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市で今インターネットから申し込めるのは、どんなものがありますか");

        Assert.Contains("講座", reply.Split('\n').Take(2).Aggregate((a, b) => a + b));
        Assert.Contains("ご確認ください", reply);
    }

    [Fact]
    public async Task An_english_question_on_paying_a_tax_gets_the_citys_payment_then_and_now_in_english()
    {
        // The city's English payment text: when city taxes were to take cashless payment, and what was taken then.
        var reply = await _services.ReplyAsync("goshogawara", "line", "Can I pay my city tax in Goshogawara by credit card or with a QR code payment app?");

        Assert.DoesNotContain("in Japanese only", reply);
        Assert.Contains("city taxes in FY2024", reply);
        Assert.Contains("QR code apps", reply);
    }

    [Fact]
    public async Task How_something_will_be_paid_is_answered_by_the_entry_saying_how_not_the_one_just_shown()
    {
        // The first answer said eLTAX; 「どうやって払う？」 wants the way (the unified QR code), from the same city.
        var reply = await _services.ReplyAsync("namegata", "line", "水道代の払い方が変わるって聞いたんだけど", "どうやって払うことになるの？");

        Assert.StartsWith("【地方税統一QRコードでの公金納付】", reply);
    }

    [Fact]
    public async Task How_a_measure_is_done_stays_with_the_subject_when_no_other_entry_says_more()
    {
        // リーダー of DX推進リーダー is in カードリーダー too: the national card guides are no entry about the leaders.
        var reply = await _services.ReplyAsync("namegata", "teams", "行方市のDX推進リーダーって何？", "どうやって育てるの？");

        Assert.StartsWith("【デジタル人材の育成（DX推進リーダー・OJT・OFF-JT）】", reply);
    }

    [Fact]
    public async Task A_final_target_and_the_year_it_is_due_are_asked_in_the_plans_words()
    {
        var reply = await _services.ReplyAsync("goshogawara", "teams", "オンライン化する手続数の最終目標と達成年度は？");

        Assert.Contains("200手続", reply);
        Assert.Contains("令和7年度", reply);
    }

    [Fact]
    public async Task Two_targets_asked_together_are_both_given_when_the_second_is_qualified()
    {
        var reply = await _services.ReplyAsync("handa", "teams", "職員研修と市民向けのデジタル格差解消講座、それぞれ累計で何人を目標にしていますか");

        Assert.Contains("150人", reply);
        Assert.Contains("400人", reply);
    }

    [Fact]
    public async Task A_long_card_message_is_answered_by_what_it_asks_not_its_story()
    {
        // The story names the photo; the question asks whether staff come to the club to take applications.
        var reply = await _services.ReplyAsync("goshogawara", "line", "金木で老人クラブの世話役をしています。会員はほとんど七十代、八十代で、車に乗れない人も多いです。"
            + "最近、病院でもマイナンバーカードの話が出るようになって、「市役所まで行けない」という声をよく聞きます。"
            + "市の人がクラブの集まりに来て、まとめて申請を受け付けてくれるようなことはお願いできるのでしょうか？ 顔写真をどこで撮ればいいのか心配している人も多いです。");

        Assert.Contains("【マイナンバーカードの出張申請受付", reply);
        Assert.True(reply.IndexOf("【マイナンバーカードの出張申請受付", StringComparison.Ordinal) < reply.IndexOf("【申請に使う顔写真", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_targets_baseline_year_is_asked_of_the_target_just_shown()
    {
        var reply = await _services.ReplyAsync("goshogawara", "teams", "会計課窓口の現金納付件数の目標はどうなってる？", "比較の基準はいつの年度？");

        Assert.StartsWith("【現金納付を半分にする目標（会計課の出納窓口）】", reply);
        Assert.Contains("令和3年度", reply);
    }

    [Fact]
    public async Task How_someone_is_chosen_is_asked_of_the_role_just_shown()
    {
        var reply = await _services.ReplyAsync("handa", "teams", "庁内DX推進リーダーの役割は？", "誰がどうやって選ぶの？");

        Assert.Contains("所属長の推薦", reply);
    }

    [Fact]
    public async Task A_second_question_pointing_back_is_answered_with_the_first()
    {
        var reply = await _services.ReplyAsync("tsushima", "teams", "複数課にまたがるDX案件はどこで検討することになってる？そのトップは誰？");

        Assert.Contains("専門部会", reply);
        Assert.Contains("デジタル推進課長", reply);
    }

    [Fact]
    public async Task A_second_question_of_its_own_that_no_entry_answers_keeps_the_whole_unanswered()
    {
        var reply = await _services.ReplyAsync("handa", "line", "半田市役所のロビーで無料Wi-Fiは使えますか？パスワードも教えてください");

        Assert.Contains("見つかりませんでした", reply);
    }

    [Fact]
    public async Task The_story_going_on_after_the_question_does_not_name_what_is_asked()
    {
        // 「保育園関係の書類も多く…」 after the question is story: the nursery applications do not answer.
        var reply = await _services.ReplyAsync("handa", "line", "いつもお世話になっております。共働きで子どもが2人おり、平日の昼間に市役所へ行くのがとても難しいです。"
            + "仕事を休まずに、夜や休日に家から手続きができるようになる予定はありますか？ 保育園関係の書類も多く、毎回半休を取っています。");

        Assert.Contains("24時間365日", reply);
    }

    [Fact]
    public async Task A_struggle_with_driving_in_the_story_is_no_question_about_smartphone_support()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "この春、行方市に引っ越してきました。車がないと何をするにも不便で、私はまだ運転に慣れていないので市役所まで行くのが少し大変です。"
            + "子どもの保育園の手続きで住民票が必要なのですが、近所のコンビニで住民票を取ることってできますか？");

        Assert.Contains("コンビニ", reply);
        Assert.DoesNotContain("スマホ教室", reply);
    }

    [Fact]
    public async Task The_same_aspect_of_another_subject_follows_a_question_ending_in_kudasai()
    {
        var reply = await _services.ReplyAsync("omaezaki", "teams", "AI・RPAの導入検討のKGIを教えてください", "テレワークのほうは？");

        Assert.StartsWith("【テレワークの推進（重点項目）】", reply);
        Assert.Contains("100%", reply);
    }

    [Fact]
    public async Task When_the_answer_just_given_says_the_start_is_not_written_the_follow_up_is_told_so()
    {
        // The plan's period (令和8年3月) in another entry is no start date of the counter.
        var reply = await _services.ReplyAsync("namegata", "line", "行方市でも書かない窓口ってやるの？", "それはいつから始まるの？");

        Assert.Contains("開始の時期は、計画やこのボットの情報には書かれていません", reply);
        Assert.DoesNotContain("令和8年", reply);
    }

    [Fact]
    public async Task An_item_named_by_a_word_inside_a_longer_run_is_answered_rather_than_the_list_of_targets()
    {
        // 「キャッシュレス決済の評価指標」: the fees' cashless entry (キャッシュレス化), not the list of all indicators.
        var reply = await _services.ReplyAsync("handa", "teams", "キャッシュレス決済の評価指標で、対象から除かれているのは何？");

        Assert.StartsWith("【証明書の手数料・施設の使用料のキャッシュレス化】", reply);
        Assert.Contains("駐車場", reply);
    }

    [Fact]
    public async Task What_is_left_out_answers_what_is_covered()
    {
        var reply = await _services.ReplyAsync("handa", "teams", "半田市の手数料・使用料のキャッシュレス化の目標は？", "対象外のものはある？");

        Assert.Contains("指定管理施設と駐車場の料金は、キャッシュレス化の目標の対象外", reply.Split('\n')[1]);
    }

    [Fact]
    public async Task A_procedure_asked_in_a_long_message_is_answered_though_the_story_names_the_card_and_help()
    {
        // 「マイナンバーカードは去年作りました」 and 「手伝ってもらえば何とかスマホは使えます」 are the resident's story.
        var reply = await _services.ReplyAsync("tsushima", "line", "先月の台風で、うちの納屋の屋根が半分飛ばされてしまいました。保険会社に連絡したら、市の罹災証明書が必要だと言われました。"
            + "罹災証明書の申請は、家からスマホでできるようになるのでしょうか？ 息子に電話で手伝ってもらえば何とかスマホは使えます。"
            + "マイナンバーカードは去年作りました。よろしくお願いします。");

        Assert.StartsWith("【罹災証明書の発行申請】", reply);
    }

    [Fact]
    public async Task Help_with_a_smartphone_asked_in_a_long_message_is_the_support_though_the_story_names_the_card()
    {
        var reply = await _services.ReplyAsync("tsushima", "line", "こんにちは。うちの母は80歳で対馬で一人暮らしをしていて、最近ガラケーからスマホに替えたのですが、LINEもよくわからないみたいです。"
            + "対馬市で高齢者にスマホの使い方を教えてくれるような取組はありますか？母はマイナンバーカードもまだ持っていません。");

        Assert.Contains("デジタル活用支援", reply);
        Assert.DoesNotContain("取得は任意", reply);
    }

    [Fact]
    public async Task What_is_written_on_the_card_is_answered_not_offered_as_a_menu()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "マイナンバーカードにはどんなことが書かれていますか");

        Assert.StartsWith("【カードの表と裏に書かれていること", reply);
    }

    [Fact]
    public async Task Asked_how_a_payment_is_made_the_entry_saying_how_answers()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "水道料金をeLTAXで払うときって、どうやって払う形になるの？");

        Assert.StartsWith("【地方税統一QRコードでの公金納付】", reply);
    }

    [Fact]
    public async Task A_fee_asked_of_a_thing_by_name_is_not_answered_by_another_things_fee()
    {
        // The card's own fee (「初めての交付は無料」) shares 交付 with the question, not the 住民票 it prices.
        var reply = await _services.ReplyAsync("handa", "line", "半田市でコンビニ交付を使うと、住民票1通の手数料はいくらですか？");

        Assert.Contains("書かれていません", reply);
        Assert.DoesNotContain("無料", reply);
    }

    [Fact]
    public async Task How_many_use_a_service_is_answered_by_the_citys_entry_on_its_rate()
    {
        // The answer on コンビニ交付 holds no rate; the entry on its 交付率 target does, and its title names the service.
        var reply = await _services.ReplyAsync("handa", "line", "コンビニで住民票が取れるって本当？", "利用している人はどのくらい？");

        Assert.Contains("18.2%", reply);
        Assert.DoesNotContain("書かれていません", reply);
    }

    [Fact]
    public async Task How_far_the_city_wants_to_raise_a_share_is_its_target()
    {
        var reply = await _services.ReplyAsync("handa", "line", "マイナンバーカードを持っている人の割合は？", "何パーセントまで上げたいの？");

        Assert.Contains("90%", reply);
    }

    [Fact]
    public async Task A_letter_from_the_nursery_is_not_the_nursery_application()
    {
        var reply = await _services.ReplyAsync("handa", "line", "保育園のお便りって紙ばかりでよくなくします。スマホで読めるようになる？");

        Assert.Contains("データ化", reply);
    }

    [Fact]
    public async Task Work_spanning_several_divisions_is_the_expert_committee()
    {
        var reply = await _services.ReplyAsync("tsushima", "teams", "いくつもの課にまたがる業務はどこが検討するの？");

        Assert.Contains("専門部会", reply);
    }

    [Fact]
    public async Task Told_about_paying_by_smartphone_in_dialect_is_cashless_not_the_smartphone_classes()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "窓口で払うお金、スマホで払えるようになるだら？教えてくれん？");

        Assert.Contains("キャッシュレス", reply);
        Assert.DoesNotContain("スマホ教室", reply);
    }

    [Fact]
    public async Task A_long_message_about_care_work_asking_for_a_certificate_is_answered_about_the_certificate()
    {
        var reply = await _services.ReplyAsync("tsushima", "line", "介護の仕事をしていて平日はなかなか休めません。親の入院で保険の手続きも増えました。"
            + "住民票をコンビニで受け取れると聞いたのですが、対馬でもできるのでしょうか。母の介護保険の手続きもこれから増えそうなので、準備できることがあれば教えてもらえると助かります。");

        Assert.Contains("コンビニ", reply);
        Assert.DoesNotContain("要介護", reply);
    }

    [Fact]
    public async Task An_english_resident_asking_for_a_fax_number_gets_the_one_the_plan_prints()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "Is there a fax number for the Omaezaki office in charge of the DX plan?");

        Assert.Contains("Fax: 0537-85-1137", reply);
    }

    [Fact]
    public async Task An_english_question_about_moving_finds_the_citys_one_stop_entry()
    {
        var reply = await _services.ReplyAsync("tsushima", "line", "Does the My Number card help when moving to another town?");

        Assert.Contains("ワンストップ", reply);
    }

    [Fact]
    public async Task A_word_the_resident_quotes_is_what_is_asked_about()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "計画のキャッチフレーズにある『灯り』には、どんな意味がありますか？");

        Assert.Contains("灯台", reply);
    }

    [Fact]
    public async Task A_follow_up_naming_a_part_of_the_answer_shown_is_answered_from_it()
    {
        var reply = await _services.ReplyAsync("goshogawara", "teams", "標準化する基幹系の業務はどう分けられていますか", "第2グループの業務は？");

        Assert.Contains("選挙人名簿", reply);
        Assert.DoesNotContain("グループウェア", reply);
    }

    [Fact]
    public async Task An_old_resident_afraid_the_counter_goes_is_told_both_ways_stay()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "スマホが使えない年寄りは、そのうち窓口で相手してもらえなくなるんですか？");

        Assert.Contains("対面", reply);
        Assert.DoesNotContain("スマホ教室", reply);
    }

    [Fact]
    public async Task An_english_question_on_paying_rent_is_about_paying_not_the_contact()
    {
        var reply = await _services.ReplyAsync("goshogawara", "line", "Can I pay the rent for my city apartment without visiting the city office?");

        // The Japanese entry on what could be paid where (the rent among the slips), not the city's contact.
        Assert.Contains("LINE Pay", reply);
        Assert.DoesNotContain("Please contact", reply);
    }

    [Theory]
    // A short question about something no entry writes (dogs, bears, snow clearing): the contact, not an entry sharing
    // its other words (印鑑登録 of the standardised systems, the card's visiting service for 「来てくれる」).
    [InlineData("tsushima", "犬の登録ってどこでできますか？")]
    [InlineData("handa", "熊が出たらどこに連絡すればいい？")]
    [InlineData("goshogawara", "道路の除雪、いつ来てくれるの")]
    public async Task A_short_question_about_a_subject_the_knowledge_never_names_gets_the_contact(string city, string question)
    {
        var reply = await _services.ReplyAsync(city, "line", question);

        Assert.Contains("見つかりませんでした", reply);
        Assert.DoesNotContain("出典", reply);
    }

    [Fact]
    public async Task Staff_asking_about_本市_get_their_citys_entry()
    {
        var reply = await _services.ReplyAsync("namegata", "teams", "本市のテレワークでは、在宅勤務のほかにどんな働き方を考えていますか");

        Assert.Contains("サテライトオフィス", reply);
        Assert.DoesNotContain("見つかりませんでした", reply);
    }

    [Fact]
    public async Task What_a_term_means_is_answered_by_the_entry_explaining_it()
    {
        // Both entries name ワンスオンリー at full coverage; only one says what it is.
        var reply = await _services.ReplyAsync("namegata", "line", "ワンスオンリーって なんのこと？ ほうしんで みた");

        Assert.Contains("一度出した情報は二度出さなくてよい", reply);
    }

    [Fact]
    public async Task A_wrong_end_year_offered_for_confirmation_is_answered_no_with_the_period()
    {
        var reply = await _services.ReplyAsync("namegata", "line", "行方市のDX基本方針は令和10年度までの方針ですよね？");

        Assert.StartsWith("【行方市DX基本方針 Ver.2.0の期間】\nいいえ、", reply);
        Assert.Contains("令和8年3月", reply);
    }

    [Fact]
    public async Task A_day_of_the_week_the_knowledge_does_not_state_is_not_answered_with_the_general_guide()
    {
        // The national guide on receiving the card says nothing of Saturdays.
        var reply = await _services.ReplyAsync("omaezaki", "line", "マイナンバーカードって土曜日でも受け取れる？");

        Assert.DoesNotContain("交付通知書", reply);
        Assert.Contains("0537-85-1127", reply);
    }

    [Fact]
    public async Task An_english_question_on_ai_at_city_hall_is_about_ai_not_the_contact()
    {
        var reply = await _services.ReplyAsync("handa", "line", "Does Handa use AI or automation at city hall?");

        Assert.Contains("RPA", reply);
        Assert.DoesNotContain("Please contact", reply);
    }

    [Fact]
    public async Task The_citys_name_typed_with_one_kanji_wrong_is_still_the_city()
    {
        // 御前先市: the stray 先 made the question's subject a word no entry writes.
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前先市はオープンデータを増やす予定ですか");

        Assert.Contains("オープンデータ", reply);
        Assert.DoesNotContain("見つかりませんでした", reply);
    }
}
