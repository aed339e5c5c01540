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
        var bot = _services.Conversation("omaezaki");

        var reply = await BundledBotFixture.TextAsync(bot, "いつもお世話になっております。うちには八十を過ぎた両親がいて、元気なんですが、スマホだけはどうにも苦手で、"
            + "先日も市からのお知らせをスマホで見てと言われて困っていました。市役所には何回か行きましたが、私は平日は仕事で付き添えません。"
            + "それで質問なんですが、御前崎市として、デジタルが苦手な年寄りに手を貸してくれるような取り組みはあるのでしょうか。"
            + "あるなら、親にも声をかけてみようと思います。よろしくお願いします。");

        Assert.Contains("デジタル活用支援", reply);
        Assert.DoesNotContain("見つかりませんでした", reply);
    }

    [Fact]
    public async Task What_is_said_by_the_way_after_the_question_does_not_pick_the_answer()
    {
        // 「ちなみに保育園の…」 after the question named a nursery procedure, and the nursery applications answered.
        var bot = _services.Conversation("handa");

        var reply = await BundledBotFixture.TextAsync(bot, "共働きで子どもを育てています。平日に市役所へ行くために半休を取るのがしんどいです。"
            + "そこで質問なのですが、半田市では、夜中や休日に家からスマホで手続きを済ませられるようにする計画はあるのでしょうか？"
            + "ちなみに、保育園の欠席連絡が朝しか電話できないのも大変でした。");

        Assert.Contains("24時間365日", reply);
        Assert.DoesNotContain("保育施設等の利用申込", reply);
    }

    [Fact]
    public async Task When_work_starts_is_asked_of_the_measure_just_answered_not_its_cost()
    {
        // 「取りかかる」 holds 「かかる」, which is read as a cost elsewhere.
        var bot = _services.Conversation("omaezaki");
        await BundledBotFixture.TextAsync(bot, "御前崎市ってキャッシュレス決済はどうするつもりなの？");

        var reply = await BundledBotFixture.TextAsync(bot, "それはいつ頃から取りかかる予定？");

        Assert.Contains("令和3年度", reply);
        Assert.DoesNotContain("費用", reply);
    }

    [Fact]
    public async Task Everyone_holding_the_card_answers_how_many_are_to_hold_it()
    {
        var bot = _services.Conversation("omaezaki");

        var reply = await BundledBotFixture.TextAsync(bot, "マイナンバーカード🪪 御前崎市はいつまでにどれくらいの人に持ってもらうつもりなの？🤔");

        Assert.Contains("すべての市民", reply);
        Assert.Contains("令和4年度", reply);
        Assert.DoesNotContain("書かれていません", reply.Split('\n')[0]);
    }

    [Fact]
    public async Task What_making_the_card_brings_is_answered_not_offered_as_a_menu()
    {
        var bot = _services.Conversation("goshogawara");

        var reply = await BundledBotFixture.TextAsync(bot, "マイナンバーカード を つくる と、なにか もらえますか。");

        Assert.Contains("地域振興券", reply);
        Assert.DoesNotContain("お選びください", reply);
    }

    [Fact]
    public async Task Points_asked_as_a_shopping_campaign_reach_the_points_programme()
    {
        var bot = _services.Conversation("namegata");

        var reply = await BundledBotFixture.TextAsync(bot, "行方市で買い物するとポイントがもらえるような市のキャンペーンってある？🎁💳");

        Assert.Contains("マイナポイント", reply);
        Assert.Contains("キャッシュレス", reply);
    }

    [Fact]
    public async Task The_cards_two_sides_are_told_with_where_the_number_is()
    {
        var bot = _services.Conversation("omaezaki");

        var reply = await BundledBotFixture.TextAsync(bot, "マイナンバーカードって番号はどこに書いてあるんだっけ？表側には何が載ってるの？");

        Assert.Contains("裏面", reply);
        Assert.Contains("生年月日", reply);
    }

    [Fact]
    public async Task What_can_be_applied_for_online_now_is_the_plans_present_state_not_its_target()
    {
        var bot = _services.Conversation("omaezaki");

        var reply = await BundledBotFixture.TextAsync(bot, "御前崎市で今インターネットから申し込めるのは、どんなものがありますか");

        Assert.Contains("講座", reply.Split('\n').Take(2).Aggregate((a, b) => a + b));
        Assert.Contains("ご確認ください", reply);
    }

    [Fact]
    public async Task An_english_question_naming_a_thing_within_its_topic_gets_that_things_entry()
    {
        // 「city tax」 within the payment topic: the city tax's entry, not the general cashless plan.
        var bot = _services.Conversation("goshogawara");

        var reply = await BundledBotFixture.TextAsync(bot, "Can I pay my city tax in Goshogawara by credit card or with a QR code payment app?");

        Assert.Contains("in Japanese only", reply);
        Assert.Contains("【市税", reply);
    }
}
