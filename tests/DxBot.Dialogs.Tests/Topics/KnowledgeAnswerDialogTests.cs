using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Tests.Support;
using DxBot.Dialogs.Topics.KnowledgeAnswer;

namespace DxBot.Dialogs.Tests.Topics;

public sealed class KnowledgeAnswerDialogTests
{
    [Fact]
    public async Task Answers_with_the_entry_and_its_source()
    {
        var bot = new BotHarness("handa");

        var answer = await bot.AskAsync("半田市のマイナンバーカードの交付率は？");

        Assert.Contains("52.2%", answer);
        Assert.Contains("出典: 半田市DX推進計画 第三章1(1)(イ)", answer);
    }

    [Fact]
    public async Task Says_it_does_not_know_gives_the_contact_and_records_the_question()
    {
        var bot = new BotHarness("handa");

        var answer = await bot.AskAsync("おすすめのラーメン屋を教えて");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("半田市 デジタル課（電話 0569-00-0000）", answer);
        var recorded = Assert.Single(await bot.RecordedAsync());
        Assert.Equal(QuestionKind.Unanswered, recorded.Kind);
        Assert.Equal("おすすめのラーメン屋を教えて", recorded.Text);
        Assert.Equal("handa", recorded.CityId);
    }

    [Fact]
    public async Task An_amount_is_never_answered_with_an_entry_that_states_none()
    {
        var bot = new BotHarness("handa");

        var answer = await bot.AskAsync("保育園の欠席連絡はいくらかかりますか");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("半田市 デジタル課", answer);
    }

    [Fact]
    public async Task Whether_a_slot_is_free_today_is_never_guessed()
    {
        var bot = new BotHarness("goshogawara");

        var answer = await bot.AskAsync("マイナンバーカードの受け取り、土曜日は空いてる？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
    }

    [Theory]
    [InlineData("児童手当 AND (現況届 OR \"認定\") *~ [")]
    [InlineData("😀🎉 ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ ｦ ﾅｸｼﾀ")]
    [InlineData("\"\"\"((((*~~~[[[")]
    public async Task Hostile_or_odd_input_gets_a_polite_reply(string text)
    {
        var bot = new BotHarness("handa");

        var replies = await bot.SendAsync(text);

        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
    }

    [Fact]
    public async Task Very_long_input_is_answered()
    {
        var bot = new BotHarness("handa");

        var replies = await bot.SendAsync(string.Concat(Enumerable.Repeat("保育園の欠席連絡はオンラインでできますか。", 500)));

        Assert.Contains("欠席連絡", BotHarness.Text(replies));
    }
}
