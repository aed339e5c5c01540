using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Tests.Support;
using DxBot.Dialogs.Topics.English;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Topics;

/// <summary>Residents' own ways of asking (dialect, worries, follow-ups), answered from the bundled knowledge.</summary>
public sealed class ResidentsWordingTests
{
    [Fact]
    public void Nanbo_alone_still_asks_a_price()
    {
        var fee = new KnowledgeEntry("national/fee.md#1", "カードの手数料", "カードの交付手数料は無料です。", new Citation("国", "ガイド"));

        Assert.Equal("金額", AnswerKind.MissingFrom("マイナンバーカードの写真はなんぼかかる？", fee));
    }

    [Theory]
    [InlineData("コンビニ交付は土日も使える？")]
    [InlineData("コンビニ交付は年末年始も使える？")]
    public void Days_asked_need_an_entry_stating_days(string question)
    {
        var silent = new KnowledgeEntry("x/a.md#1", "コンビニ交付", "コンビニで証明書が取れます。", new Citation("国", "ガイド"));
        var daily = new KnowledgeEntry("x/b.md#1", "コンビニ交付", "毎日6時30分から23時まで、コンビニで証明書が取れます。", new Citation("国", "ガイド"));

        Assert.False(AnswerKind.Answers(question, silent));
        Assert.True(AnswerKind.Answers(question, daily));
    }

    [Fact]
    public void How_many_people_asked_after_who_needs_a_number_of_people_or_a_share()
    {
        var silent = new KnowledgeEntry("x/a.md#1", "コンビニ交付", "コンビニで証明書が取れます。", new Citation("半田市DX推進計画", "第三章"));
        var rate = new KnowledgeEntry("x/b.md#1", "コンビニ交付率", "コンビニ交付率は18.2%で、43.6%を目指します。", new Citation("半田市DX推進計画", "第四章"));

        Assert.False(AnswerKind.Answers("コンビニで取ってる人ってどのくらい？", silent));
        Assert.True(AnswerKind.Answers("コンビニで取ってる人ってどのくらい？", rate));
    }

    [Theory]
    [InlineData("I work on weekdays and can't visit City Hall. Will I be able to apply for things online in Omaezaki?", "online")]
    [InlineData("How do I apply for a My Number card?", "apply")]
    public void Applying_is_the_cards_topic_only_when_the_card_is_named(string question, string topic)
    {
        Assert.Equal(topic, EnglishMatcher.FindTopic(TextNormalizer.Normalize(question), BundledKnowledge.Base.English));
    }

    [Fact]
    public void A_phone_number_asked_beside_another_topic_gets_the_citys_office_added()
    {
        var reply = new EnglishReply(["Omaezaki aims to put its procedures online by FY2025."], true, "online");

        var withContact = EnglishAnswerComposer.WithContactAsked(reply, "Who should I contact about online procedures? Please tell me the phone number.", "omaezaki", BundledKnowledge.Base, new DateOnly(2026, 12, 5));
        var unasked = EnglishAnswerComposer.WithContactAsked(reply, "Will I be able to apply online?", "omaezaki", BundledKnowledge.Base, new DateOnly(2026, 12, 5));

        Assert.Contains("0537-85-1127", withContact.Messages[^1]);
        Assert.Same(reply, unasked);
    }

    [Fact]
    public void A_rate_asked_how_far_needs_a_share_not_another_count()
    {
        var validity = new KnowledgeEntry("x/a.md#1", "カードの有効期限", "有効期限は発行日から10回目の誕生日までです。", new Citation("国", "ガイド"));
        var rate = new KnowledgeEntry("x/b.md#1", "交付率", "交付率は52.2%です。", new Citation("半田市DX推進計画", "第四章"));

        Assert.False(AnswerKind.Answers("マイナンバーカードの交付率は今どのくらいですか", validity));
        Assert.True(AnswerKind.Answers("マイナンバーカードの交付率は今どのくらいですか", rate));
    }
}
