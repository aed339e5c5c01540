using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Tests.Support;

namespace DxBot.Dialogs.Tests.Routing;

public sealed class TopicRouterTests
{
    private static readonly DxBot.Knowledge.Model.KnowledgeBase Knowledge = TestKnowledge.Create();

    [Theory]
    [InlineData("マイナンバーカードをなくしたらどうすればいいですか", RouteKind.MyNumberCard, "紛失")]
    [InlineData("マイナカードの暗証番号を忘れました", RouteKind.MyNumberCard, "暗証番号")]
    [InlineData("土日にマイナンバーカードを受け取れますか", RouteKind.MyNumberCard, "受取")]
    [InlineData("マイナンバーカードで何ができますか", RouteKind.MyNumberCard, "使いみち")]
    [InlineData("マイナンバーカードを使ったオンライン申請、いくつの手続きが対象？", RouteKind.Knowledge, null)]
    [InlineData("マイナンバーカードを作りやすくするために何かしてくれるの？", RouteKind.Knowledge, null)]
    [InlineData("うちの父は80歳で、スマホは持っているけど電話しか使えません。手続きがネットばかりになったら困ります。市はそういう人のために何かしてくれるんでしょうか", RouteKind.SupportSessions, null)]
    [InlineData("マイナンバーカード", RouteKind.MyNumberCard, null)]
    [InlineData("マイナンバーカードの写真って市役所で撮ってもらえる？", RouteKind.Knowledge, null)]
    [InlineData("マイナンバーカードについて教えてください", RouteKind.MyNumberCard, null)]
    [InlineData("ぴったりサービスってなに？", RouteKind.Knowledge, null)]
    [InlineData("児童手当っていくらもらえる？", RouteKind.Knowledge, null)]
    [InlineData("マイナカードの受け取り予約、来週の火曜って空いてる？", RouteKind.Knowledge, null)]
    [InlineData("ネットで申請するとき、なりすましとかってどうやって防いでるの？", RouteKind.Knowledge, null)]
    [InlineData("マイナンバーカード持ってると何が便利になるの？", RouteKind.MyNumberCard, "使いみち")]
    [InlineData("親がスマホに慣れてなくて心配です", RouteKind.SupportSessions, null)]
    [InlineData("最近は何でもスマホと言われて正直ついていけません。私みたいな者はどうすればいいですか", RouteKind.SupportSessions, null)]
    [InlineData("児童手当はスマホで申請できる？いくらもらえる？", RouteKind.OnlineProcedures, null)]
    [InlineData("窓口の手数料、現金じゃなくてスマホで払えるようになるの？どうなってるか教えてくれる？", RouteKind.Knowledge, null)]
    [InlineData("窓口で話しながら進めたい人と家からスマホで済ませたい人、どちらのやり方も選べるようにしてくれるの？", RouteKind.Knowledge, null)]
    [InlineData("半田市のマイナンバーカードの交付率は？", RouteKind.Knowledge, null)]
    [InlineData("スマホ教室に参加したいです", RouteKind.SupportSessions, null)]
    [InlineData("スマホ教室って参加費いくらですか？", RouteKind.Knowledge, null)]
    [InlineData("今から市役所行ったら、マイナカードの窓口ってどれくらい待ちますか", RouteKind.Knowledge, null)]
    [InlineData("うちの児童手当、今月はいつ振り込まれるか調べてもらえますか", RouteKind.Knowledge, null)]
    [InlineData("デジタルが苦手な人への支援はありますか", RouteKind.SupportSessions, null)]
    [InlineData("児童手当の現況届はスマホでできる？", RouteKind.OnlineProcedures, null)]
    [InlineData("オンラインでできる手続きを知りたい", RouteKind.OnlineProcedures, null)]
    [InlineData("保育園の欠席連絡はオンラインでできる？", RouteKind.Knowledge, null)]
    [InlineData("市のLINEから電子申請できますか", RouteKind.Knowledge, null)]
    [InlineData("今日の天気は？", RouteKind.Knowledge, null)]
    [InlineData("保育料とか市に払うお金、ネットとかスマホでまとめて払えるようにならないかな", RouteKind.Knowledge, null)]
    [InlineData("土日にマイナンバーカードを受け取れる日、次はいつですか？", RouteKind.Knowledge, null)]
    [InlineData("市の窓口って現金しか使えんでしょ？カードとかスマホ決済で払えるようにする予定ある？", RouteKind.Knowledge, null)]
    [InlineData("70過ぎの母がオンラインの手続きのやり方が全然わからなくて。市で手伝ってくれるところはありますか？", RouteKind.SupportSessions, null)]
    // The course is what the resident heard (before 「けど、」); what they ask is of procedures online. Asked after
    // 「けど、」 of the device, help is still the support.
    [InlineData("いま市の電子申請って講座の申し込みくらいしかないって聞いたけど、ほかの手続きもネットでできるように増えますか", RouteKind.Knowledge, null)]
    // So in a later sentence of the message.
    [InlineData("平日は市役所なんてとても行けません。ホームページで申請できるのって今は講座の申し込みくらいみたいなんですけど、ほかの手続きもネットでできるようになるんですか？", RouteKind.Knowledge, null)]
    [InlineData("スマホが苦手なんだけど、使い方を教えてくれるところある？", RouteKind.SupportSessions, null)]
    [InlineData("五所川原市です", RouteKind.ChangeCity, null)]
    [InlineData("別の市にしたいです", RouteKind.ChangeCity, null)]
    [InlineData("ヘルプ", RouteKind.Menu, null)]
    [InlineData("ありがとうございました！", RouteKind.Acknowledgement, TopicRouter.ThanksSubTopic)]
    [InlineData("どうもありがとう", RouteKind.Acknowledgement, TopicRouter.ThanksSubTopic)]
    [InlineData("了解です。", RouteKind.Acknowledgement, null)]
    [InlineData("オッケー！", RouteKind.Acknowledgement, null)]
    [InlineData("ありがとう、スマホ教室はいつ？", RouteKind.SupportSessions, null)]
    [InlineData("reindex", RouteKind.Admin, "reindex")]
    // Whether everything goes online only asks whether the counter stays, not for the list of online procedures.
    [InlineData("スマホ苦手だから窓口で手続きしたい。行方市って全部オンラインだけになっちゃうの？", RouteKind.Knowledge, null)]
    public void Routes_a_message_to_its_topic(string text, RouteKind kind, string? subTopic)
    {
        var route = TopicRouter.Route(text, Knowledge, previousTopic: null);

        Assert.Equal(kind, route.Kind);
        Assert.Equal(subTopic, route.SubTopic);
    }

    [Fact]
    public void Another_city_told_of_in_a_question_is_no_request_to_change_the_city()
    {
        var route = TopicRouter.Route("子育ての手続き、スマホで申請できるのはいつ頃が目標ですか？友だちの住む別の市ではもうできると聞きました。", Knowledge, previousTopic: null);

        Assert.NotEqual(RouteKind.ChangeCity, route.Kind);
    }

    [Fact]
    public void A_long_messages_card_topic_is_the_one_its_question_names_not_its_storys()
    {
        // 「チケットも取りにくい」 in the story read as 「取りに」 (collecting the card): the resident got the card's
        // receipt guide, though the question asks whether an application can be made online with the card.
        var route = TopicRouter.Route(
            "実家の父が足を悪くしました。私は遠くに住んでいて、飛行機のチケットも取りにくい時期です。要介護認定の申請は、マイナンバーカードを使ってネットからできますか？",
            Knowledge,
            previousTopic: null);

        Assert.NotEqual(RouteKind.MyNumberCard, route.Kind);
    }

    [Theory]
    [InlineData("カードっていつまでに行き渡るの？", "マイナンバーカードっていつまでに行き渡るの？")]
    [InlineData("マイナンバーです。カードの期限は？", "マイナンバーです。マイナンバーカードの期限は？")]
    [InlineData("息子はマイナンバーのカードがあれば何とかなると言います", "息子はマイナンバーカードがあれば何とかなると言います")]
    [InlineData("このカードで保険証みたいに使える？", "このマイナンバーカードで保険証みたいに使える？")]
    [InlineData("図書館のこのカードは？", "図書館のこのカードは？")]
    [InlineData("通知カードは使える？", "通知カードは使える？")]
    [InlineData("カードリーダーは要る？", "カードリーダーは要る？")]
    [InlineData("カードとかQRで払えるようにならないの？", "カードとかQRで払えるようにならないの？")]
    public void A_bare_card_is_named_as_the_my_number_card_unless_it_pays(string text, string named)
    {
        Assert.Equal(named, TopicRouter.NameTheCard(text));
    }

    [Theory]
    [InlineData("チケットが取りにくい", null)]
    [InlineData("カードを取りに行く日は？", "受取")]
    public void Hard_to_get_is_not_collecting_the_card(string text, string? topic)
    {
        Assert.Equal(topic, TopicRouter.FindCardTopic(text));
    }

    [Theory]
    [InlineData("カードをなくしました", RouteKind.MyNumberCard)]
    [InlineData("マイナンバーのカードの更新はどうすれば？", RouteKind.MyNumberCard)]
    [InlineData("図書館カードをなくしました", RouteKind.Knowledge)]
    [InlineData("市役所の窓口でカード使える？", RouteKind.Knowledge)]
    // Paying by card in dialect, a certificate named: a credit card, not the My Number card's notification card.
    [InlineData("市役所で住民票とか取るとき、お金って現金しか使えんと？カードとかスマホで払えるようにならんかね", RouteKind.Knowledge)]
    public void A_card_named_shortly_is_the_my_number_card_only_when_it_is_lost_renewed_or_collected(string text, RouteKind kind) =>
        Assert.Equal(kind, TopicRouter.Route(text, Knowledge, previousTopic: null).Kind);

    [Theory]
    [InlineData("うちの母（78）がやっとスマホにしたけど全然使いきらん。オンラインの申請とか絶対無理っち言いよる。市でなんか手伝ってくれることあると？", RouteKind.SupportSessions)]
    [InlineData("子どもがネットでトラブルにあわないか心配。学校で何か教えてくれる？", RouteKind.Knowledge)]
    // 教えてる and ネット read as a struggle with a device; the school says it is about the children's education.
    [InlineData("こどもがネットのトラブルに巻き込まれないか心配。学校で何か教えてる？", RouteKind.Knowledge)]
    [InlineData("子どもにネットの使い方って学校で教えてくれるの？SNSのトラブルとか心配で", RouteKind.Knowledge)]
    // No struggle word, and the request typed with a space in it (やさしい日本語): asked for was the help all the same.
    [InlineData("お年寄りがスマホで手続きするのを手伝って もらえますか", RouteKind.SupportSessions)]
    // Whether the counter stays, the struggle told as the reason: the plan's answer on the counter, not the lessons.
    [InlineData("行方市は窓口をなくして全部スマホでやらせるつもりですか？ネットが苦手なので心配です", RouteKind.Knowledge)]
    [InlineData("スマホ持ってない人は手続きできなくなるの？", RouteKind.Knowledge)]
    public void Help_asked_for_with_a_device_is_the_support_programmes_even_when_the_story_names_a_procedure(string text, RouteKind kind) =>
        Assert.Equal(kind, TopicRouter.Route(text, Knowledge, previousTopic: null).Kind);

    [Fact]
    public void A_short_follow_up_continues_the_my_number_topic_only_after_it()
    {
        Assert.Equal(RouteKind.MyNumberCard, TopicRouter.Route("なくした", Knowledge, nameof(RouteKind.MyNumberCard)).Kind);
        Assert.Equal(RouteKind.Knowledge, TopicRouter.Route("なくした", Knowledge, previousTopic: null).Kind);
    }

    [Fact]
    public void A_card_question_answered_from_the_knowledge_is_followed_up_as_a_card_question()
    {
        var route = TopicRouter.Route("マイナンバーカードの写真って市役所で撮ってもらえる？", Knowledge, previousTopic: null);

        Assert.Equal(RouteKind.MyNumberCard, route.FollowUpKind);
    }

    [Theory]
    [InlineData("それってどこがやってくれるの？", "スマホ教室はありますか それってどこがやってくれるの？")]
    [InlineData("その講座は無料？", "スマホ教室はありますか その講座は無料？")]
    [InlineData("その他の手続きは？", "その他の手続きは？")]
    [InlineData("これからオンラインになる手続きは？", "これからオンラインになる手続きは？")]
    [InlineData("マイナンバーカードをなくしました", "マイナンバーカードをなくしました")]
    public void A_follow_up_that_points_back_is_read_with_the_previous_question(string text, string expected) =>
        Assert.Equal(expected, TopicRouter.WithContext(text, "スマホ教室はありますか"));

    [Theory]
    [InlineData("誰がやってくれるの？", true)]
    [InlineData("なくしたら？", true)]
    [InlineData("ありがとう", false)]
    [InlineData("保育園の申込みは？", false)]
    public void A_bare_follow_up_question_is_read_with_the_previous_question(string text, bool withContext) =>
        Assert.Equal(withContext, TopicRouter.WithContext(text, "スマホ相談会はありますか") != text);

    [Fact]
    public void A_category_of_procedures_is_answered_as_a_group()
    {
        var route = TopicRouter.Route("子育て 手続き オンライン", Knowledge, previousTopic: null);

        Assert.Equal(RouteKind.OnlineProcedures, route.Kind);
        Assert.Equal(["child-allowance-status", "pregnancy"], route.ProcedureIds!);
        Assert.Equal(RouteKind.Knowledge, TopicRouter.Route("子育て支援センターはどこ？", Knowledge, previousTopic: null).Kind);
    }

    [Fact]
    public void Nothing_is_added_to_a_first_question() =>
        Assert.Equal("それは何ですか", TopicRouter.WithContext("それは何ですか", previousQuestion: null));

    [Fact]
    public void Names_the_procedure_and_the_city_it_finds()
    {
        var route = TopicRouter.Route("五所川原市で児童手当 AND (現況届 OR \"*\") *~ [", Knowledge, null);

        Assert.Equal(RouteKind.OnlineProcedures, route.Kind);
        Assert.Equal(["child-allowance-status"], route.ProcedureIds!);
        Assert.Equal("goshogawara", route.MentionedCityId);
    }

    [Theory]
    [InlineData("先月子どもが生まれて、児童手当の手続きが必要だと言われました。平日は仕事で行けません。スマホから申請できるようになりますか？", true)]
    // Asking which ones is asking for the list, whatever the story named.
    [InlineData("先月子どもが生まれて、児童手当の手続きが必要だと言われました。平日は仕事で行けません。スマホからできる手続きは何がありますか？", false)]
    public void A_question_naming_only_the_online_means_asks_about_the_procedure_of_the_story(string text, bool procedureAsked)
    {
        var route = TopicRouter.Route(text, Knowledge, null);

        Assert.Equal(procedureAsked, route.Kind == RouteKind.OnlineProcedures && route.ProcedureIds?.Contains("child-allowance-status") == true);
    }

    [Theory]
    [InlineData("")]
    [InlineData("😀😀😀")]
    [InlineData("ｽﾏﾎ教室")]
    public void Odd_input_routes_without_throwing(string text) =>
        Assert.True(Enum.IsDefined(TopicRouter.Route(text, Knowledge, null).Kind));

    [Fact]
    public void Very_long_input_is_bounded()
    {
        var route = TopicRouter.Route(new string('あ', 100_000) + "マイナンバーカード", Knowledge, null);
        Assert.Equal(RouteKind.Knowledge, route.Kind);
    }

    [Fact]
    public void Names_come_from_the_knowledge_generation_in_use_not_from_an_earlier_one()
    {
        // The router keeps normalized names per knowledge generation: a reindex that renames must be seen at once.
        var renamed = Knowledge with
        {
            Procedures = [.. Knowledge.Procedures.Select(p => p.Id == "pregnancy" ? p with { Aliases = ["母子手帳の交付"] } : p)],
        };

        Assert.Equal(["pregnancy"], TopicRouter.FindProcedures("妊娠届", Knowledge).Select(p => p.Id));
        Assert.Empty(TopicRouter.FindProcedures("母子手帳の交付", Knowledge));
        Assert.Equal(["pregnancy"], TopicRouter.FindProcedures("母子手帳の交付", renamed).Select(p => p.Id));
        Assert.Empty(TopicRouter.FindProcedures("妊娠届", renamed));
    }

    [Theory]
    [InlineData("DXってなに？", true)]
    [InlineData("KPIって何ですか", true)]
    [InlineData("DX計画って何年前からあるの？", false)]
    [InlineData("それってなんでですか", false)]
    [InlineData("デジタル化ってなにするの", false)]
    public void Only_a_question_about_what_a_word_means_is_a_definition(string text, bool definition)
    {
        // A definition is answered from the knowledge even where a topic dialog would take the words.
        var route = TopicRouter.Route($"スマホ教室{text}", Knowledge, previousTopic: null);

        Assert.Equal(definition ? RouteKind.Knowledge : RouteKind.SupportSessions, route.Kind);
    }
}
