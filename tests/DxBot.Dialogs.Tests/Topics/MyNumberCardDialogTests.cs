using DxBot.Dialogs.Tests.Support;
using DxBot.Dialogs.Topics.MyNumberCard;

namespace DxBot.Dialogs.Tests.Topics;

public sealed class MyNumberCardDialogTests
{
    [Fact]
    public async Task Asks_which_topic_with_choices_then_answers_the_chosen_one()
    {
        var bot = new BotHarness();

        var prompt = Assert.Single(await bot.SendAsync("マイナンバーカードについて"));
        Assert.Equal(MyNumberCardStrings.AskTopic, prompt.Text);
        Assert.Equal(MyNumberCardStrings.Topics.Select(t => t.Label), prompt.SuggestedActions!.Actions.Select(a => a.Title));

        var answer = await bot.AskAsync("なくした");

        Assert.Contains("0120-95-0178", answer);
        Assert.Contains("出典: マイナンバーカード総合サイト", answer);
    }

    [Fact]
    public async Task Adds_the_citys_own_help_on_the_same_topic()
    {
        var bot = new BotHarness("goshogawara");

        var replies = await bot.SendAsync("土日にマイナンバーカードを受け取れますか");

        // The city's weekend pick-up answers the question better than the national guide: it comes first.
        Assert.Equal(2, replies.Count);
        Assert.StartsWith("■五所川原市の取組", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("土曜日・日曜日", replies[0].Text);
        Assert.Contains("出典: 五所川原市DX推進計画 取組施策3", replies[0].Text);
        Assert.Contains("交付通知書", replies[1].Text);
        Assert.NotEmpty(replies[1].SuggestedActions!.Actions);
    }

    [Fact]
    public async Task Another_citys_help_is_never_shown()
    {
        var bot = new BotHarness("handa");

        var answer = await bot.AskAsync("マイナンバーカードを受け取りたい");

        Assert.Contains("交付通知書", answer);
        Assert.DoesNotContain("五所川原", answer);
    }

    [Fact]
    public async Task A_short_follow_up_continues_the_topic()
    {
        var bot = new BotHarness();
        await bot.AskAsync("マイナンバーカードの申請方法は？");

        var answer = await bot.AskAsync("なくした");

        Assert.Contains("0120-95-0178", answer);
    }

    [Fact]
    public async Task A_card_question_outside_the_menu_is_answered_from_the_knowledge_and_its_follow_up_stays_on_the_card()
    {
        var bot = new BotHarness("goshogawara");

        var answer = await bot.AskAsync("マイナンバーカードは土曜日にも交付していますか");
        var followUp = await bot.AskAsync("なくしたら？");

        Assert.Contains("土曜日・日曜日に開庁", answer);
        Assert.DoesNotContain(MyNumberCardStrings.AskTopic, answer);
        Assert.Contains("0120-95-0178", followUp);
    }

    [Fact]
    public async Task Another_question_at_the_topic_prompt_is_answered_as_a_new_question()
    {
        var bot = new BotHarness("goshogawara");
        await bot.AskAsync("マイナンバーカード");

        var answer = await bot.AskAsync("スマホ体験会はありますか");

        Assert.Contains("スマホ体験会", answer);
    }

    [Fact]
    public async Task A_menu_word_inside_a_longer_new_question_is_not_taken_for_a_pick()
    {
        var bot = new BotHarness("goshogawara");
        await bot.AskAsync("マイナンバーカード");

        // 忘れた selects 暗証番号 from the menu, but here it is part of another question.
        var answer = await bot.AskAsync("スマホ体験会の日程を忘れたので教えてください");

        Assert.DoesNotContain("暗証番号を再設定", answer);
        Assert.Contains("スマホ体験会", answer);

        await bot.AskAsync("マイナンバーカード");
        Assert.Contains("暗証番号を再設定", await bot.AskAsync("暗証番号を忘れた"));
    }
}
