using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Tests.Support;
using DxBot.Dialogs.Topics.Feedback;
using DxBot.Dialogs.Topics.KnowledgeAnswer;

namespace DxBot.Dialogs.Tests.Topics;

public sealed class FeedbackDialogTests
{
    private const string Question = "半田市のマイナンバーカードの交付率は？";

    [Fact]
    public async Task An_answer_offers_feedback_after_its_own_suggestions()
    {
        var bot = new BotHarness("handa");

        var answer = Assert.Single(await bot.SendAsync(Question));

        var titles = answer.SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Equal(FeedbackStrings.Choices, titles[^2..]);
        Assert.True(titles.Count > 2, "the answer's own suggestions are kept");
        Assert.True(titles.Count <= 13, "LINE shows at most 13 quick replies");
        Assert.All(titles, t => Assert.True(t.Length <= 20, t));
    }

    [Fact]
    public async Task Thumbs_up_is_recorded_with_the_question_and_the_answer_and_thanked_for()
    {
        var bot = new BotHarness("handa");
        await bot.SendAsync(Question);

        var reply = await bot.AskAsync(FeedbackStrings.Helpful);

        Assert.Equal(FeedbackStrings.ThanksHelpful, reply);
        var recorded = Assert.Single(await bot.RecordedAsync());
        Assert.Equal(QuestionKind.Helpful, recorded.Kind);
        Assert.Equal(Question, recorded.Text);
        Assert.Equal("マイナンバーカードの交付率", recorded.EntryTitle);
        Assert.Equal("handa", recorded.CityId);
        Assert.Equal("test", recorded.ChannelId);
    }

    [Fact]
    public async Task Thumbs_down_is_recorded_and_gives_the_citys_contact()
    {
        var bot = new BotHarness("handa");
        await bot.SendAsync(Question);

        var reply = await bot.AskAsync(FeedbackStrings.NotHelpful);

        Assert.StartsWith("ご意見ありがとうございます。", reply);
        Assert.Contains("半田市 デジタル課（電話 0569-00-0000）", reply);
        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, reply);
        var recorded = Assert.Single(await bot.RecordedAsync());
        Assert.Equal(QuestionKind.NotHelpful, recorded.Kind);
        Assert.Equal("マイナンバーカードの交付率", recorded.EntryTitle);
    }

    [Fact]
    public async Task Feedback_on_a_my_number_card_guide_names_the_guide()
    {
        var bot = new BotHarness("handa");
        var replies = await bot.SendAsync("マイナンバーカードをなくしました");
        Assert.Contains(FeedbackStrings.Helpful, replies[^1].SuggestedActions!.Actions.Select(a => a.Title));

        await bot.SendAsync(FeedbackStrings.Helpful);

        var recorded = Assert.Single(await bot.RecordedAsync());
        Assert.Equal("マイナンバーカードをなくしたとき", recorded.EntryTitle);
        Assert.Equal("マイナンバーカードをなくしました", recorded.Text);
    }

    [Fact]
    public async Task A_feedback_label_without_an_answer_before_it_is_thanked_for_but_neither_recorded_nor_searched()
    {
        var bot = new BotHarness("handa");

        var reply = await bot.AskAsync(FeedbackStrings.NotHelpful);

        Assert.Equal(FeedbackStrings.NothingToRate, reply);
        Assert.Empty(await bot.RecordedAsync());
    }

    [Fact]
    public async Task A_fallback_is_not_an_answer_to_rate()
    {
        var bot = new BotHarness("handa");
        await bot.SendAsync("おすすめのラーメン屋を教えて");

        var reply = await bot.AskAsync(FeedbackStrings.NotHelpful);

        Assert.Equal(FeedbackStrings.NothingToRate, reply);
        var recorded = Assert.Single(await bot.RecordedAsync());
        Assert.Equal(QuestionKind.Unanswered, recorded.Kind);
    }

    [Fact]
    public async Task One_answer_is_rated_once_and_a_new_question_can_be_rated_again()
    {
        var bot = new BotHarness("handa");
        await bot.SendAsync(Question);
        await bot.SendAsync(FeedbackStrings.Helpful);

        Assert.Equal(FeedbackStrings.NothingToRate, await bot.AskAsync(FeedbackStrings.Helpful));
        await bot.SendAsync("保育園の欠席連絡はオンラインでできますか");
        await bot.SendAsync("役に立たなかった");

        var recorded = await bot.RecordedAsync();
        Assert.Equal([QuestionKind.Helpful, QuestionKind.NotHelpful], recorded.Select(r => r.Kind));
        Assert.Equal("保育園の欠席連絡", recorded[1].EntryTitle);
    }

    [Fact]
    public async Task Feedback_does_not_replace_the_question_a_follow_up_refers_to()
    {
        var bot = new BotHarness("handa");
        await bot.SendAsync("保育園の欠席連絡はオンラインでできますか");
        await bot.SendAsync(FeedbackStrings.Helpful);

        var followUp = await bot.AskAsync("それっていつから？");

        Assert.Contains("欠席連絡", followUp);
    }
}
