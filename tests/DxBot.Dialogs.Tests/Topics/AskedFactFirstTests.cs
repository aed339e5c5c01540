using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Tests.Support;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Topics;

/// <summary>The fact a question asks, put first or said to be missing, on the bundled knowledge.</summary>
public sealed class AskedFactFirstTests
{
    [Fact]
    public async Task A_clock_time_asked_is_the_first_sentence_not_the_description_before_it()
    {
        var bot = new BotHarness("handa", knowledge: BundledKnowledge.Base);

        var reply = await bot.AskAsync("半田市のコンビニ交付って、何時から何時まで使えますか？");

        var firstLine = reply.Split('\n')[1];
        Assert.Contains("6時30分から23時まで", firstLine);
    }

    [Fact]
    public void The_sentence_stating_the_fact_is_found_only_when_the_opening_lacks_it()
    {
        var entry = new KnowledgeEntry("national/x.md#1", "コンビニ交付", "証明書をコンビニで取得できます。利用できる時間は6時30分から23時までです。", new Citation("国", "ガイド"));
        var opensWithIt = new KnowledgeEntry("national/y.md#1", "コンビニ交付", "利用できる時間は6時30分から23時までです。証明書をコンビニで取得できます。", new Citation("国", "ガイド"));

        Assert.Equal(1, AnswerKind.SentenceStating("何時から何時まで使えますか", AnswerLead.NormalizedSentences(entry)));
        Assert.Null(AnswerKind.SentenceStating("何時から何時まで使えますか", AnswerLead.NormalizedSentences(opensWithIt)));
        Assert.Null(AnswerKind.SentenceStating("コンビニ交付とは", AnswerLead.NormalizedSentences(entry)));
    }

    [Fact]
    public async Task Where_something_can_be_used_is_said_to_be_missing_when_the_plan_names_no_place()
    {
        var bot = new BotHarness("omaezaki", knowledge: BundledKnowledge.Base);

        var reply = await bot.AskAsync("御前崎市でキャッシュレス決済が使える施設はどこですか？");

        Assert.Contains("お答えできる情報が見つかりませんでした", reply);
        Assert.Contains("0537-85-1127", reply);
        Assert.DoesNotContain("ロードマップ", reply);
    }

    [Fact]
    public void A_place_named_answers_where_it_can_be_used()
    {
        var naming = new KnowledgeEntry("handa/pay.md#1", "手数料のキャッシュレス化", "市役所の窓口で証明書の手数料をキャッシュレスで払えるようにする計画です。", new Citation("半田市DX推進計画", "第三章")) { CityId = "handa" };
        var notNaming = new KnowledgeEntry("oma/pay.md#1", "キャッシュレス決済", "キャッシュレス決済の対象業務を広げていく計画です。", new Citation("御前崎市DX推進計画", "3-3")) { CityId = "omaezaki" };

        Assert.True(AnswerKind.Answers("キャッシュレスが使える場所はどこ？", naming));
        Assert.Equal("使える場所", AnswerKind.MissingFrom("キャッシュレスが使える場所はどこ？", notNaming));
    }

    [Fact]
    public void What_the_city_does_about_a_step_of_the_card_is_for_the_knowledge_not_the_cards_guide()
    {
        var route = TopicRouter.Route(TextNormalizer.Normalize("マイナンバーカードの受け取りってめっちゃ待たされるって聞いたんだけど、市はなんか対策してるの？"), BundledKnowledge.Base, null);
        var guide = TopicRouter.Route(TextNormalizer.Normalize("マイナンバーカードの受け取り方を教えて"), BundledKnowledge.Base, null);

        Assert.Equal(RouteKind.Knowledge, route.Kind);
        Assert.Equal(RouteKind.MyNumberCard, route.FollowUpKind);
        Assert.Equal(RouteKind.MyNumberCard, guide.Kind);
    }

    [Fact]
    public async Task One_policy_named_by_its_title_gets_its_own_measures_not_the_list_of_policies()
    {
        var bot = new BotHarness("handa", knowledge: BundledKnowledge.Base);

        var reply = await bot.AskAsync("取組方針「市役所業務及び教育・子育てにおけるICT利活用」の具体的な取組を挙げて");

        Assert.Contains("テレワーク", reply);
        Assert.Contains("GIGAスクール", reply);
        Assert.DoesNotContain("【4つの取組方針】", reply);
    }
}
